// Every occurrence of what the analyst typed in a find box, in a text folded once: the ranges of
// the original text to paint, in order. Matching follows textFolding.ts (case, diacritics,
// Azerbaijani letters, Persian/Arabic spellings), as the library search does.
import { foldText, toOriginalRange, type FoldedText, type OriginalRange } from './textFolding';

/** The needle as it is looked for: folded, whitespace runs as one space, not trimmed (a trailing space asks for a word's end). */
export function foldNeedle(query: string): string {
  const folded = foldText(query.normalize('NFC')).text;
  return folded.trim() === '' ? '' : folded;
}

/**
 * Every occurrence of the query in the folded text, without overlaps (as a browser's find does),
 * mapped back to the original text. An empty or blank query finds nothing.
 */
export function findAllMatches(folded: FoldedText, query: string): readonly OriginalRange[] {
  const needle = foldNeedle(query);
  const matches: OriginalRange[] = [];
  if (needle === '') return matches;
  for (let at = folded.text.indexOf(needle); at !== -1; at = folded.text.indexOf(needle, at + needle.length)) {
    matches.push(toOriginalRange(folded, at, at + needle.length));
  }
  return matches;
}

/** The index of the first match starting at or after `offset`, wrapping to the first. */
export function firstMatchFrom(matches: readonly OriginalRange[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((matches[mid]?.start ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low < matches.length ? low : 0;
}
