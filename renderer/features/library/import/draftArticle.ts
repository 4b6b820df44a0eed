// The part of an article import that needs no page: decode the bytes, and for text and Markdown
// the whole draft. It runs in the exchange worker. HTML needs a DOM parser, which workers lack:
// its text comes back, counted and bounded, for the window to read with Readability. PDFs are
// read whole here (with their page starts); Word files become HTML for the window's sanitiser.
import { draftFromMarkdown, draftFromPlainText, type ArticleDraft, type ReaderHints } from '../../../../shared/import/articleDraft';
import { checkArticleSize, decodeArticleBytes } from '../../../../shared/import/decode';
import { detectBinaryArticleFormat, detectArticleFormat } from '../../../../shared/import/formats';
import { draftPdfArticle } from '../../pages/pdfArticle';
import { readDocx } from './docxArticle';

/** Well above any real article page (a long one has a few thousand); past it Readability slows to seconds. */
export const MAX_HTML_ELEMENTS = 100_000;

export type OffThreadDraft =
  | { readonly status: 'draft'; readonly draft: ArticleDraft; readonly pageStarts?: readonly number[] }
  /** `whole`: a Word document's HTML, sanitised as it is (Readability would pick one part). */
  | { readonly status: 'html'; readonly text: string; readonly hints?: ReaderHints; readonly whole?: boolean }
  | { readonly status: 'failed'; readonly problem: string };

/** Start tags in the page, counted without parsing it: a linear scan, stopped one past the limit. */
export function countHtmlElements(html: string, limit = MAX_HTML_ELEMENTS): number {
  const startTag = /<[A-Za-z]/g;
  let count = 0;
  while (count <= limit && startTag.test(html)) count += 1;
  return count;
}

/** Null when the page may be parsed; otherwise why it is refused. */
export function checkHtmlSize(name: string, html: string): string | null {
  const elements = countHtmlElements(html);
  if (elements > MAX_HTML_ELEMENTS) {
    return `${name} has more than ${MAX_HTML_ELEMENTS.toLocaleString('en')} HTML elements; such pages are refused (save the article alone, or as text).`;
  }
  return null;
}

async function draftBinaryArticle(name: string, bytes: Uint8Array, format: 'pdf' | 'docx', onProgress: (fraction: number) => void): Promise<OffThreadDraft> {
  const sizeProblem = checkArticleSize(name, bytes.byteLength);
  if (sizeProblem) return { status: 'failed', problem: sizeProblem };
  if (format === 'pdf') {
    try {
      const { draft, pageStarts } = await draftPdfArticle(name, bytes, onProgress);
      return { status: 'draft', draft, pageStarts };
    } catch (error) {
      return { status: 'failed', problem: error instanceof Error ? error.message : String(error) };
    }
  }
  const docx = await readDocx(name, bytes);
  if (typeof docx === 'string') return { status: 'failed', problem: docx };
  const problem = checkHtmlSize(name, docx.html);
  return problem ? { status: 'failed', problem } : { status: 'html', text: docx.html, hints: docx.hints, whole: true };
}

export async function draftArticleOffThread(name: string, bytes: Uint8Array, onProgress: (fraction: number) => void = () => undefined): Promise<OffThreadDraft> {
  const binary = detectBinaryArticleFormat(name, bytes);
  if (binary) return draftBinaryArticle(name, bytes, binary, onProgress);
  const decoded = decodeArticleBytes(name, bytes);
  if (!decoded.ok) return { status: 'failed', problem: decoded.problem };
  const format = detectArticleFormat(name, decoded.text);
  if (format === 'html') {
    const problem = checkHtmlSize(name, decoded.text);
    return problem ? { status: 'failed', problem } : { status: 'html', text: decoded.text };
  }
  const draft = format === 'markdown' ? await draftFromMarkdown(decoded.text, 'file') : await draftFromPlainText(decoded.text, 'file');
  return { status: 'draft', draft };
}
