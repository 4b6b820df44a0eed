// Canonical form of article text. Every offset, quote and hash in the workbench is taken over
// this form, so two copies of an article that differ only in encoding details anchor alike.
import { replaceLoneSurrogates } from './wellFormed';

/**
 * NFC, `\n` line endings, no trailing spaces or tabs on any line, no leading or trailing
 * blank lines. Paragraph breaks and inner spacing are kept as written.
 */
export function normaliseText(raw: string): string {
  // Lone surrogates first: left in, the stored text and its UTF-8 hash would disagree.
  return replaceLoneSurrogates(raw)
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
}

export interface Paragraph {
  /** UTF-16 offset of the paragraph's first character in the normalised text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Splits normalised text into non-empty lines, each a paragraph with its offsets. */
export function splitParagraphs(text: string): readonly Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) paragraphs.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return paragraphs;
}
