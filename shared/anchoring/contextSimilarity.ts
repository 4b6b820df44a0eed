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
  if (pattern.length * text.length <= DIRECT_TABLE_CELLS) return 1 - leastEdits(text, pattern) / pattern.length;
  // With an error budget of the full pattern length the search always yields a match.
  const best = approxSearch(text, pattern, pattern.length)[0];
  return best === undefined ? 0 : 1 - best.errors / pattern.length;
}

/**
 * Context is 32 units against 32: a table this small is filled faster than approx-string-match
 * sets up its bit vectors and then searches again for every match's start, which textSimilarity
 * never needs. Re-anchoring a new version compares thousands of contexts.
 */
const DIRECT_TABLE_CELLS = 16_384;

/** Fewest edits turning `pattern` into some stretch of `text` (the errors approx-string-match reports). */
function leastEdits(text: string, pattern: string): number {
  // One row of the edit-distance table over the text; row 0 is all zeros (a match may start anywhere).
  const row = new Int32Array(text.length + 1);
  for (let i = 1; i <= pattern.length; i += 1) {
    const unit = pattern.charCodeAt(i - 1);
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= text.length; j += 1) {
      const above = row[j] ?? 0;
      const substitution = diagonal + (text.charCodeAt(j - 1) === unit ? 0 : 1);
      row[j] = Math.min(substitution, above + 1, (row[j - 1] ?? 0) + 1);
      diagonal = above;
    }
  }
  let least = pattern.length;
  for (let j = 1; j <= text.length; j += 1) least = Math.min(least, row[j] ?? least);
  return least;
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
