// Finds approximate occurrences of a quote without paying for an edit-distance scan of the
// whole text: directly inside a small window, and elsewhere only where a verbatim seed points.
import approxSearch from 'approx-string-match';
import type { TextQuote } from './selectors';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

interface Region {
  start: number;
  end: number;
}

/**
 * Search time grows with errors / 32 × searched length, so a quote that would need a larger
 * error budget is searched through its head and tail pieces instead.
 */
const MAX_DIRECT_SEARCH_ERRORS = 256;
/** Head and tail pieces of a long quote; 256 units keep each piece search a few blocks wide. */
const HEAD_TAIL_LENGTH = 256;
/** Seeds shorter than this occur all over ordinary prose and point nowhere in particular. */
const MIN_SEED_LENGTH = 8;
/** Long enough to be rare in prose, short enough to often survive a few edited words. */
const MAX_SEED_LENGTH = 24;
const MAX_QUOTE_SEEDS = 8;
/** A seed found more often than this (boilerplate, a common phrase) is ignored as uninformative. */
const MAX_SEED_OCCURRENCES = 32;

/**
 * Matches of `pattern` with at most `maxErrors` edits inside `text.slice(from, to)`.
 * Only the lowest-error matches are returned (approx-string-match keeps just those).
 */
export function searchWindow(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
): readonly Candidate[] {
  if (maxErrors <= MAX_DIRECT_SEARCH_ERRORS) return searchSlice(text, pattern, maxErrors, from, to);

  // Split strategy for a long quote: locate it by its head or by its tail (either may be the
  // edited part), then verify the whole quote only in the short regions those pieces point to.
  const pieceErrors = Math.floor((HEAD_TAIL_LENGTH * maxErrors) / pattern.length);
  const regions: Region[] = [];
  for (const head of searchSlice(text, pattern.slice(0, HEAD_TAIL_LENGTH), pieceErrors, from, to)) {
    regions.push(regionAround(head.start, pattern.length, maxErrors));
  }
  for (const tail of searchSlice(text, pattern.slice(-HEAD_TAIL_LENGTH), pieceErrors, from, to)) {
    regions.push(regionAround(tail.end - pattern.length, pattern.length, maxErrors));
  }
  return verifyRegions(text, pattern, maxErrors, regions);
}

/**
 * Matches anywhere in `text`, looked for only around verbatim occurrences of seeds: pieces of
 * the quote and its prefix and suffix. A full edit-distance scan costs ~15 ms per 300,000
 * characters and would be paid by every deleted passage; seeds cost a few `indexOf` scans.
 * The price: a passage that moved away from its old position *and* was edited in every seed
 * (and whose context changed too) is not found and is reported as an orphan.
 */
export function searchSeeded(text: string, quote: TextQuote, maxErrors: number): readonly Candidate[] {
  const quoteLength = quote.exact.length;
  const regions: Region[] = [];
  for (const seed of seedsOf(quote)) {
    const occurrences = findOccurrences(text, seed.text, MAX_SEED_OCCURRENCES);
    for (const occurrence of occurrences) {
      regions.push(regionAround(occurrence - seed.offsetInQuote, quoteLength, maxErrors));
    }
  }
  return verifyRegions(text, quote.exact, maxErrors, regions);
}

interface Seed {
  readonly text: string;
  /** Where the seed starts relative to the quote's start; negative for the prefix. */
  readonly offsetInQuote: number;
}

function seedsOf(quote: TextQuote): readonly Seed[] {
  const seeds: Seed[] = [];
  const length = quote.exact.length;
  // One piece would be the whole quote, already known not to occur verbatim.
  const pieceCount = Math.min(MAX_QUOTE_SEEDS, Math.floor(length / MIN_SEED_LENGTH));
  if (pieceCount >= 2) {
    const pieceLength = Math.min(MAX_SEED_LENGTH, Math.floor(length / pieceCount));
    for (let i = 0; i < pieceCount; i += 1) {
      const offset = Math.floor((i * (length - pieceLength)) / (pieceCount - 1));
      seeds.push({ text: quote.exact.slice(offset, offset + pieceLength), offsetInQuote: offset });
    }
  }
  if (quote.prefix.length >= MIN_SEED_LENGTH) {
    seeds.push({ text: quote.prefix, offsetInQuote: -quote.prefix.length });
  }
  if (quote.suffix.length >= MIN_SEED_LENGTH) {
    seeds.push({ text: quote.suffix, offsetInQuote: length });
  }
  return seeds;
}

/** Start offsets of `needle` in `text`, or none when it occurs more than `limit` times. */
function findOccurrences(text: string, needle: string, limit: number): readonly number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (found.length === limit) return [];
    found.push(at);
  }
  return found;
}

/** Where a quote of `length` expected at `start` can lie after up to `maxErrors` edits. */
function regionAround(start: number, length: number, maxErrors: number): Region {
  return { start: start - maxErrors, end: start + length + maxErrors };
}

function verifyRegions(
  text: string,
  pattern: string,
  maxErrors: number,
  regions: readonly Region[],
): readonly Candidate[] {
  return mergeRegions(regions, text.length).flatMap((region) =>
    searchSlice(text, pattern, maxErrors, region.start, region.end),
  );
}

/** Clamps regions to the text and joins overlapping ones so no stretch is searched twice. */
function mergeRegions(regions: readonly Region[], textLength: number): readonly Region[] {
  const sorted = regions
    .map((region) => ({ start: Math.max(0, region.start), end: Math.min(textLength, region.end) }))
    .filter((region) => region.end > region.start)
    .sort((a, b) => a.start - b.start);
  const merged: Region[] = [];
  for (const region of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && region.start <= last.end) last.end = Math.max(last.end, region.end);
    else merged.push(region);
  }
  return merged;
}

function searchSlice(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
): readonly Candidate[] {
  return approxSearch(text.slice(from, to), pattern, maxErrors).map((match) => ({
    start: match.start + from,
    end: match.end + from,
    errors: match.errors,
  }));
}
