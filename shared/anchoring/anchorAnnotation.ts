// Finds where an annotation's passage is in the current article text, trying the cheapest
// explanation first: unchanged, then moved verbatim, then edited (fuzzy), else orphaned.
import type { AnchorState } from '../model/annotation';
import { findFuzzyQuote } from './fuzzyMatch';
import { findMovedQuote } from './movedMatch';
import type { AnnotationSelectors } from './selectors';

export type AnchorResult =
  | {
      readonly state: Exclude<AnchorState, 'orphan'>;
      /** 1 for exact and moved; below 1 for fuzzy (weighted quote, context and position agreement). */
      readonly score: number;
      readonly start: number;
      readonly end: number;
    }
  | { readonly state: 'orphan'; readonly score: 0; readonly start: null; readonly end: null };

export interface AnchorOptions {
  /**
   * Least share of the quote (1 - edits / quote length) a fuzzy match must keep. The 0.75
   * default accepts a few changed words in a sentence yet turns away a different sentence that
   * merely shares vocabulary; it also keeps the error budget, and so search time, small.
   */
  readonly minQuoteSimilarity?: number;
  /**
   * Units on each side of the expected place searched first for an edited quote, when the
   * caller knows closely where the passage went (a new version's line comparison). Only if
   * nothing is found there do the usual window and the seeded search of the whole text follow.
   */
  readonly fuzzyNearWindow?: number;
}

export const DEFAULT_MIN_QUOTE_SIMILARITY = 0.75;

const ORPHAN: AnchorResult = { state: 'orphan', score: 0, start: null, end: null };

/**
 * Anchors one annotation in `text` (normalised; UTF-16 offsets). Never throws on a stored
 * record, however damaged: a record that cannot be placed comes back as an orphan.
 */
export function anchorAnnotation(
  text: string,
  selectors: AnnotationSelectors,
  options: AnchorOptions = {},
): AnchorResult {
  const { quote, position } = selectors;
  if (quote.exact.length === 0) return ORPHAN;

  // O(quote length): unchanged text, the overwhelmingly common case, costs no search at all.
  if (
    Number.isInteger(position.start) &&
    position.start >= 0 &&
    position.end - position.start === quote.exact.length &&
    text.startsWith(quote.exact, position.start)
  ) {
    return { state: 'exact', score: 1, start: position.start, end: position.end };
  }

  const expectedStart = clamp(Number.isFinite(position.start) ? position.start : 0, 0, text.length);
  const movedStart = findMovedQuote(text, quote, expectedStart);
  if (movedStart !== null) {
    return { state: 'moved', score: 1, start: movedStart, end: movedStart + quote.exact.length };
  }

  const minQuoteSimilarity = clamp(options.minQuoteSimilarity ?? DEFAULT_MIN_QUOTE_SIMILARITY, 0, 1);
  const fuzzy = findFuzzyQuote(text, quote, expectedStart, minQuoteSimilarity, options.fuzzyNearWindow);
  if (fuzzy === null) return ORPHAN;
  return { state: 'fuzzy', score: fuzzy.score, start: fuzzy.start, end: fuzzy.end };
}

/** Anchors many annotations in the same text; results are in the order given. */
export function anchorMany(
  text: string,
  annotations: readonly AnnotationSelectors[],
  options: AnchorOptions = {},
): AnchorResult[] {
  return annotations.map((annotation) => anchorAnnotation(text, annotation, options));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
