// Finds a quote whose wording was edited, by edit-distance matching: first in a window around
// its old position (where an edited passage usually still is), then across the whole text.
import { searchSeeded, searchWindow } from './candidateSearch';
import type { Candidate } from './candidateSearch';
import { prefixSimilarity, suffixSimilarity } from './contextSimilarity';
import { expandToCodePointBoundaries } from './selectors';
import type { TextQuote } from './selectors';

export interface FuzzyMatch {
  readonly start: number;
  readonly end: number;
  /** Weighted agreement of quote, context and position, 0..1. */
  readonly score: number;
}

// Weights from Hypothesis's client (src/annotator/anchoring/match-quote.ts): the quote itself
// dominates, the context separates look-alikes, and the position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Extra text searched on each side of the old position beyond twice the quote length. */
const WINDOW_MARGIN = 2000;
/**
 * Quotes shorter than this also need their surroundings to agree: within a 25% edit budget a
 * handful of characters matches unrelated words nearby. Measured on the sample articles by
 * deleting random quotes, 23% of 5–16-unit and 11% of 16–32-unit quotes found such a false
 * match without this rule, 2% at 32–64 units and under 0.5% beyond; genuinely edited quotes
 * kept context agreement of 0.9 or more.
 */
const SHORT_QUOTE_LENGTH = 64;
/** Mean prefix/suffix agreement a short quote needs; false matches measured at 0.6 or below. */
const MIN_SHORT_QUOTE_CONTEXT = 0.6;
// Guards the error budget against binary rounding, e.g. 100 × (1 - 0.8) = 19.999….
const ROUNDING_SLACK = 1e-9;

/**
 * Best approximate occurrence of `quote.exact` whose own similarity (1 - edits / quote length)
 * is at least `minQuoteSimilarity` (and, for a short quote, whose context agrees), or null.
 * Call only after verbatim search failed. A hit in the window is accepted without looking
 * further, trading a rare better match far away for speed.
 */
export function findFuzzyQuote(
  text: string,
  quote: TextQuote,
  expectedStart: number,
  minQuoteSimilarity: number,
  nearWindow?: number,
): FuzzyMatch | null {
  const quoteLength = quote.exact.length;
  const maxErrors = Math.floor(quoteLength * (1 - minQuoteSimilarity) + ROUNDING_SLACK);
  if (maxErrors < 1) return null;

  const margin = 2 * quoteLength + WINDOW_MARGIN;
  // A narrower window first, when the caller says so: the search costs what the window is long.
  let best = nearWindow !== undefined && nearWindow < margin ? searchAround(text, quote, maxErrors, expectedStart, nearWindow) : null;
  best ??= searchAround(text, quote, maxErrors, expectedStart, margin);
  if (best === null && (expectedStart - margin > 0 || expectedStart + quoteLength + margin < text.length)) {
    best = pickBestCandidate(text, quote, searchSeeded(text, quote, maxErrors), expectedStart);
  }
  if (best === null) return null;
  // Edit-distance boundaries know nothing of surrogate pairs; never cut an emoji in half.
  const widened = expandToCodePointBoundaries(text, best.start, best.end);
  return { start: widened.start, end: widened.end, score: best.score };
}

/** The best candidate within `margin` units on each side of the expected place, or null. */
function searchAround(text: string, quote: TextQuote, maxErrors: number, expectedStart: number, margin: number): FuzzyMatch | null {
  const windowStart = Math.max(0, expectedStart - margin);
  const windowEnd = Math.min(text.length, expectedStart + quote.exact.length + margin);
  return pickBestCandidate(text, quote, searchWindow(text, quote.exact, maxErrors, windowStart, windowEnd), expectedStart);
}

function pickBestCandidate(
  text: string,
  quote: TextQuote,
  candidates: readonly Candidate[],
  expectedStart: number,
): FuzzyMatch | null {
  const needsContext = quote.exact.length < SHORT_QUOTE_LENGTH;
  let best: FuzzyMatch | null = null;
  for (const candidate of candidates) {
    const scored = scoreCandidate(text, quote, candidate, expectedStart);
    if (needsContext && scored.contextAgreement < MIN_SHORT_QUOTE_CONTEXT) continue;
    if (best === null || scored.score > best.score) best = scored;
  }
  return best;
}

function scoreCandidate(
  text: string,
  quote: TextQuote,
  candidate: Candidate,
  expectedStart: number,
): FuzzyMatch & { readonly contextAgreement: number } {
  const quoteScore = 1 - candidate.errors / quote.exact.length;
  const prefixScore = prefixSimilarity(text, candidate.start, quote.prefix);
  const suffixScore = suffixSimilarity(text, candidate.end, quote.suffix);
  const distance = Math.abs(candidate.start - expectedStart);
  const positionScore = text.length === 0 ? 1 : Math.max(0, 1 - distance / text.length);
  const weighted =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * prefixScore +
    SUFFIX_WEIGHT * suffixScore +
    POSITION_WEIGHT * positionScore;
  return {
    start: candidate.start,
    end: candidate.end,
    score: weighted / TOTAL_WEIGHT,
    contextAgreement: (prefixScore + suffixScore) / 2,
  };
}
