// The one place the index meets folding and query parsing: every term indexed or asked for, and
// every snippet scanned for hits, goes through these, so the index and the highlights agree.
// TODO(15b): replace the lowercase fold and the plain split with shared/search/textFolding.ts and
// shared/search/queryParser.ts when they land.

/** A text folded for matching, and the way back from a folded offset to the original one. */
export interface FoldedText {
  readonly folded: string;
  readonly toOriginal: (foldedOffset: number) => number;
}

export function foldTerm(term: string): string {
  return term.toLowerCase();
}

export function foldWithOffsets(text: string): FoldedText {
  const folded = text.toLowerCase();
  // toLowerCase keeps the length except for a few letters (İ); fall back to proportional offsets then.
  if (folded.length === text.length) return { folded, toOriginal: (offset) => offset };
  const ratio = text.length / folded.length;
  return { folded, toOriginal: (offset) => Math.min(text.length, Math.round(offset * ratio)) };
}

export interface ParsedSearch {
  readonly terms: readonly string[];
  readonly phrases: readonly string[];
  readonly excluded: readonly string[];
}

export function parseSearch(query: string): ParsedSearch {
  const phrases: string[] = [];
  const rest = query.replace(/"([^"]*)"?/g, (_, phrase: string) => {
    if (phrase.trim()) phrases.push(phrase.trim());
    return ' ';
  });
  const words = rest.split(/\s+/).filter(Boolean);
  return {
    terms: words.filter((word) => !word.startsWith('-')),
    phrases,
    excluded: words.filter((word) => word.startsWith('-') && word.length > 1).map((word) => word.slice(1)),
  };
}
