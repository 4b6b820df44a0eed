// Measures how well the text around a candidate match agrees with a stored prefix and suffix,
// the evidence that tells repeated phrases apart.
import approxSearch from 'approx-string-match';

/**
 * 1 - (edit distance / pattern length) for the best placement of `pattern` inside `text`, in 0..1.
 * Edit distance rather than a common-affix count, so one changed character next to the quote
 * costs one unit of agreement instead of all of it.
 */
export function textSimilarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  // With an error budget of the full pattern length the search always yields a match.
  const best = approxSearch(text, pattern, pattern.length)[0];
  return best === undefined ? 0 : 1 - best.errors / pattern.length;
}

/** Agreement of the text just before `start` with `prefix`; an empty prefix agrees fully. */
export function prefixSimilarity(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return 1;
  const before = Math.max(0, start - prefix.length);
  // The common case (context unchanged) needs no edit-distance search.
  if (before === start - prefix.length && text.startsWith(prefix, before)) return 1;
  return textSimilarity(text.slice(before, start), prefix);
}

/** Agreement of the text just after `end` with `suffix`; an empty suffix agrees fully. */
export function suffixSimilarity(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return 1;
  if (text.startsWith(suffix, end)) return 1;
  return textSimilarity(text.slice(end, end + suffix.length), suffix);
}
