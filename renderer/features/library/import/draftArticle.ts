// The part of an article import that needs no page: decode the bytes, and for text and Markdown
// the whole draft. It runs in the exchange worker. HTML needs a DOM parser, which workers lack:
// its text comes back, counted and bounded, for the window to read with Readability.
import { draftFromMarkdown, draftFromPlainText, type ArticleDraft } from '../../../../shared/import/articleDraft';
import { decodeArticleBytes } from '../../../../shared/import/decode';
import { detectArticleFormat } from '../../../../shared/import/formats';

/** Well above any real article page (a long one has a few thousand); past it Readability slows to seconds. */
export const MAX_HTML_ELEMENTS = 100_000;

export type OffThreadDraft =
  | { readonly status: 'draft'; readonly draft: ArticleDraft }
  | { readonly status: 'html'; readonly text: string }
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

export async function draftArticleOffThread(name: string, bytes: Uint8Array): Promise<OffThreadDraft> {
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
