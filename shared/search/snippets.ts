// A short piece of a hit's text around its first match, with every match in it marked as
// offsets, so the results list can draw the marks as elements (never as HTML).
import { foldText, toOriginalRange } from './textFolding';

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

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Every [start, end) in the original `text` where a word starts with one of the folded `terms`,
 * in order; the whole word is marked ("pezeshk" marks all of "Pezeshkian").
 */
export function findMatches(text: string, terms: readonly string[]): [number, number][] {
  const folded = foldText(text);
  const haystack = folded.text;
  const found: [number, number][] = [];
  for (const term of new Set(terms)) {
    if (!term) continue;
    for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + term.length)) {
      if (at > 0 && WORD_CHAR.test(haystack[at - 1] ?? '')) continue;
      let end = at + term.length;
      while (end < haystack.length && WORD_CHAR.test(haystack[end] ?? '')) end += 1;
      const range = toOriginalRange(folded, at, end);
      found.push([range.start, range.end]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  // Overlapping marks (one term a prefix of another) become one.
  const merged: [number, number][] = [];
  for (const mark of found) {
    const last = merged.at(-1);
    if (last && mark[0] <= last[1]) last[1] = Math.max(last[1], mark[1]);
    else merged.push([mark[0], mark[1]]);
  }
  return merged;
}

/** About `width` characters of `text` around its first match, cut at spaces. */
export function makeSnippet(text: string, terms: readonly string[], width = 180): Snippet {
  const matches = findMatches(text, terms);
  const first = matches[0]?.[0] ?? 0;
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
  const marks = matches.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start] as const);
  // Line breaks become spaces one for one, so the marks keep their offsets.
  return { text: text.slice(start, end).replace(/\s/g, ' '), marks, offset: start, cutBefore: start > 0, cutAfter: end < text.length };
}
