// Canonical form of article text. Every offset, quote and hash in the workbench is taken over
// this form, so two copies of an article that differ only in encoding details anchor alike.
import { replaceLoneSurrogates } from './wellFormed';

/**
 * NFC, `\n` line endings, no trailing spaces or tabs on any line, no leading or trailing
 * blank lines. Paragraph breaks and inner spacing are kept as written.
 */
export function normaliseText(raw: string): string {
  // Lone surrogates first: left in, the stored text and its UTF-8 hash would disagree.
  const unmarked = replaceLoneSurrogates(raw).replace(/^\uFEFF/, '');
  const text = toNfc(unmarked).replace(/\r\n?/g, '\n');
  // By hand, not with `/[ \t]+$/gm` or `/\n+$/`: those retry at every blank of a long run that
  // is not at a line's end, which is quadratic (4.5 s for 40,000 spaces followed by a letter).
  const lines = text.split('\n').map(trimBlankEnd);
  let first = 0;
  let last = lines.length;
  while (first < last && lines[first] === '') first += 1;
  while (last > first && lines[last - 1] === '') last -= 1;
  return lines.slice(first, last).join('\n');
}

/**
 * Below U+0300 (where combining marks begin) every character is already in NFC, and `normalize`
 * costs seconds on a many-megabyte text: a scan for anything higher decides whether to call it.
 */
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02FF]/;

function toNfc(text: string): string {
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
}

const BLANKS: ReadonlySet<number> = new Set([0x20, 0x09, 0xa0]);

function trimBlankEnd(line: string): string {
  let end = line.length;
  while (end > 0 && BLANKS.has(line.charCodeAt(end - 1))) end -= 1;
  return end === line.length ? line : line.slice(0, end);
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
