// The one place the index meets folding (textFolding.ts, wordTokens.ts): every word indexed or
// asked for, every text checked for a phrase and every hit marked in a snippet goes through these,
// so the index, the phrase check and the marks agree.
//
// Speed: 15b's folding walks the text a character at a time (about 0.3 µs a character in Node),
// a hundred times the cost of the native toLowerCase. A run of word characters that is all ASCII
// folds to its lower case under those rules, so such runs (most of most texts) take the native
// path, and only the others are folded character by character, once each: the folds of non-ASCII
// runs are kept (a library's words recur from text to text), which took the marking of an
// answer's snippets in Persian or Azerbaijani from 5-9 ms to 3-4 ms in the search bench. The runs
// also hold the characters the folding drops inside words (ZWNJ, tatweel, soft hyphen, direction
// marks), as wordTokens.ts reads a word only after they are gone.
import { foldedWords } from './wordTokens';
import type { QueryPhrase } from './queryParser';

const RUN = /[\p{L}\p{N}\p{M}\u0640\u00AD\u200C-\u200F\u061C\uFEFF]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Non-ASCII runs already folded, up to a bound (then forgotten all at once): a library's words
 * recur from text to text, and folding one takes microseconds where a lookup takes a fraction.
 */
const foldedRuns = new Map<string, readonly string[]>();
const FOLDED_RUNS_KEPT = 20_000;

/** The folded words of a run of word characters that is not all ASCII (it may fold into several, or none). */
function foldNonAsciiRun(run: string): readonly string[] {
  let words = foldedRuns.get(run);
  if (words === undefined) {
    words = foldedWords(run);
    if (foldedRuns.size >= FOLDED_RUNS_KEPT) foldedRuns.clear();
    // A copy of the run as the key: the run itself may be a slice that keeps its whole text alive.
    foldedRuns.set(` ${run}`.slice(1), words);
  }
  return words;
}

/** Whether one of the folded words of a run of word characters starts with one of `terms`. */
function runStartsWithAny(run: string, terms: readonly string[]): boolean {
  if (ASCII.test(run)) {
    const word = run.toLowerCase();
    return terms.some((term) => word.startsWith(term));
  }
  return foldNonAsciiRun(run).some((word) => terms.some((term) => word.startsWith(term)));
}

/** The folded words of a field, as the index stores them. */
export function indexWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    if (ASCII.test(run)) words.push(run.toLowerCase());
    else words.push(...foldNonAsciiRun(run));
  }
  return words;
}

/** Every word of `text` (original offsets) that starts with one of the folded `terms`, in order. */
export function wordsStartingWith(text: string, terms: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  const wanted = [...new Set(terms)].filter(Boolean);
  for (const match of text.matchAll(RUN)) {
    if (runStartsWithAny(match[0], wanted)) found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

/** The first word of `text` (original offsets) that starts with one of the folded `terms`, if any: read no further. */
export function firstWordStartingWith(text: string, terms: readonly string[]): [number, number] | undefined {
  const wanted = [...new Set(terms)].filter(Boolean);
  for (const match of text.matchAll(RUN)) {
    if (runStartsWithAny(match[0], wanted)) return [match.index, match.index + match[0].length];
  }
  return undefined;
}

/** The text as its folded words between single spaces, with a space at each end: what phrases are checked in. */
export function checkedForm(text: string): string {
  return ` ${indexWords(text).join(' ')} `;
}

/** A test of a `checkedForm` text for the phrase's words, whole and in order. */
export function phraseTest(phrase: QueryPhrase): (checked: string) => boolean {
  const needle = ` ${phrase.words.join(' ')} `;
  return (checked) => checked.includes(needle);
}
