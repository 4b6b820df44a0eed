// A PDF file to an article draft and its page starts: pdf.js reads the items page by page,
// shared/import/pdfText assembles the text. A file without a text layer is refused, as is one
// pdf.js cannot open; nothing is stored until the whole file has been read.
import type { ArticleDraft } from '../../../shared/import/articleDraft';
import { boundTitle } from '../../../shared/import/metadata';
import { assemblePdfText, type PdfPageItems } from '../../../shared/import/pdfText';
import { detectLanguage } from '../../../shared/text/languageDetection';
import { sha256Hex } from '../../../shared/text/sha256';
import { openPdf, PdfProblem, readPageItems } from './pdfDocument';

export interface PdfDraft {
  readonly draft: ArticleDraft;
  readonly pageStarts: readonly number[];
}

/** Fewer letters than this on every page on average, and the file is a scan, not a text PDF. */
const MIN_LETTERS_PER_PAGE = 1;

function infoField(info: unknown, key: 'Title' | 'Author'): string {
  if (typeof info !== 'object' || info === null) return '';
  const value = (info as Record<string, unknown>)[key];
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** The document's own title when it has a real one; PDF writers often leave a file name there. */
function titleOf(info: unknown, name: string, text: string): string {
  const own = infoField(info, 'Title');
  if (own && !/\.(pdf|docx?|html?|txt)$/i.test(own) && own.toLowerCase() !== 'untitled') return boundTitle(own);
  const firstLine = text.split('\n')[0]?.trim() ?? '';
  return boundTitle(firstLine.length <= 200 ? firstLine : '') || boundTitle(name.replace(/\.pdf$/i, '')) || 'Untitled PDF';
}

/** Reads every page, reporting progress as a fraction of pages read. */
export async function draftPdfArticle(
  name: string,
  bytes: Uint8Array,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<PdfDraft> {
  const document = await openPdf(name, bytes);
  try {
    const pages: PdfPageItems[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      pages.push(await readPageItems(name, document, number));
      onProgress(number / document.numPages);
    }
    const letters = pages.reduce((sum, page) => sum + page.items.reduce((n, item) => n + item.str.replace(/\s/g, '').length, 0), 0);
    if (letters < MIN_LETTERS_PER_PAGE * pages.length || letters === 0) {
      throw new PdfProblem(
        `${name} has no text layer: it looks like a scanned image, so there is no text to annotate. Run it through OCR (for example OCRmyPDF) and import the result.`,
      );
    }
    const assembled = assemblePdfText(pages);
    const { info } = await document.getMetadata().catch(() => ({ info: {} }));
    const text = assembled.text;
    return {
      draft: {
        title: titleOf(info, name, text),
        publisher: '',
        author: infoField(info, 'Author'),
        url: '',
        publishedDate: '',
        language: detectLanguage(text),
        text,
        textHash: await sha256Hex(text),
        reliability: 'F',
        origin: 'file',
      },
      pageStarts: assembled.pageStarts,
    };
  } finally {
    await document.destroy();
  }
}
