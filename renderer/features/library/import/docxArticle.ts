// A Word (.docx) file to HTML with mammoth, in the exchange worker; the window then sends that
// HTML through the same sanitiser as an HTML page (without Readability: the whole document is
// the article). Title and author come from the document's properties.
import { unzipSync } from 'fflate';
import type { ReaderHints } from '../../../../shared/import/articleDraft';
import { readDocxProperties } from '../../../../shared/import/docxProperties';

export interface DocxHtml {
  readonly html: string;
  readonly hints: ReaderHints;
}

/** The inflated parts mammoth reads; a 10 MB file that inflates past this is a zip bomb, not a report. */
const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

function inflatedSize(bytes: Uint8Array): number {
  let total = 0;
  // The filter sees every entry's declared size and inflates none of them.
  unzipSync(bytes, {
    filter: (file) => {
      total += file.originalSize;
      return false;
    },
  });
  return total;
}

/** Footnotes keep their text; mammoth's "↑" links back to the reference would only be noise. */
function withoutBackLinks(html: string): string {
  return html.replace(/<a href="#(?:footnote|endnote)-ref-\d+">↑<\/a>/g, '');
}

export async function readDocx(name: string, bytes: Uint8Array): Promise<DocxHtml | string> {
  try {
    if (inflatedSize(bytes) > MAX_INFLATED_BYTES) return `${name} unpacks to more than 200 MB; such Word files are refused.`;
  } catch {
    return `${name} is damaged: it is not a readable Word (.docx) file.`;
  }
  const mammoth = await import('mammoth');
  let html: string;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // The browser build reads `arrayBuffer`, the Node build (unit tests) `buffer`; JSZip takes either.
    const input = { arrayBuffer: buffer, buffer };
    html = (await mammoth.convertToHtml(input)).value;
  } catch (error) {
    return `${name} could not be read as a Word document: ${error instanceof Error ? error.message : String(error)}`;
  }
  const properties = readDocxProperties(bytes);
  return { html: withoutBackLinks(html), hints: { title: properties.title, author: properties.author } };
}
