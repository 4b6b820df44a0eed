// A short piece of a hit's text around its first match, with every match in it marked as
// offsets, so the results list can draw the marks as elements (never as HTML).
import { foldWithOffsets } from './searchTerms';

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

function isWordStart(text: string, at: number): boolean {
  return at === 0 || !WORD_CHAR.test(text[at - 1] ?? '');
}

/** Every [start, end) in `text` where a word starts with one of the folded `terms`, in order. */
export function findMatches(text: string, terms: readonly string[]): [number, number][] {
  const { folded, toOriginal } = foldWithOffsets(text);
  const found: [number, number][] = [];
  for (const term of new Set(terms)) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      if (!isWordStart(folded, at)) continue;
      let end = at + term.length;
      // Mark the whole word a prefix matched ("pezeshk" marks all of "Pezeshkian").
      while (end < folded.length && WORD_CHAR.test(folded[end] ?? '')) end += 1;
      found.push([toOriginal(at), toOriginal(end)]);
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
  return { text: text.slice(start, end).replace(/\s/g, ' '), marks, offset: start, cutBefore: start > 0, cutAfter: end < text.length };
}
