// A short piece of a hit's text around its first match, with every match in it marked as
// offsets, so the results list can draw the marks as elements (never as HTML).
import { firstWordStartingWith, wordsStartingWith } from './searchTerms';

export interface Snippet {
  readonly text: string;
  /** [start, end) of each match, in `text`. */
  readonly marks: readonly (readonly [number, number])[];
  /** Where `text` starts in the document text it was cut from. */
  readonly offset: number;
  /** Whether text was cut before / after. */
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

/** Every word of `text` (original offsets) starting with one of the folded `terms`: the marks. */
export function findMatches(text: string, terms: readonly string[]): [number, number][] {
  return wordsStartingWith(text, terms);
}

/**
 * Characters read on each side of the snippet for its marks: a word cut at the edge of what is
 * read lies across the snippet's edge too, so it is left unmarked either way.
 */
const MARGIN = 64;

/**
 * About `width` characters of `text` around its first match, cut at spaces. Only the text up to
 * the first match and around the snippet is read (a hit's text is a chunk of 1,200 characters, and
 * an answer has up to 60 hits, built for every key typed).
 */
export function makeSnippet(text: string, terms: readonly string[], width = 180): Snippet {
  const first = firstWordStartingWith(text, terms)?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  const from = Math.max(0, start - MARGIN);
  const near = findMatches(text.slice(from, Math.min(text.length, end + MARGIN)), terms).map(([s, e]) => [s + from, e + from] as const);
  const marks = near.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start] as const);
  // Line breaks become spaces one for one, so the marks keep their offsets.
  return { text: text.slice(start, end).replace(/\s/g, ' '), marks, offset: start, cutBefore: start > 0, cutAfter: end < text.length };
}
