// The one place the index meets folding and query parsing (textFolding.ts, wordTokens.ts,
// queryParser.ts): every word indexed or asked for, and every text checked for a phrase, goes
// through these, so the index, the phrase check and the marked hits agree.
import { foldedWords } from './wordTokens';
import { foldText } from './textFolding';
import type { QueryPhrase } from './queryParser';

/** The folded words of a field, as the index stores them. */
export function indexWords(text: string): string[] {
  return [...foldedWords(text)];
}

const NOT_WORD = '[^\\p{L}\\p{N}\\p{M}]+';

/** A test for texts (folded with `foldedForChecks`) holding the phrase's words whole, in order, with only non-word characters between. */
export function phraseTest(phrase: QueryPhrase): (folded: string) => boolean {
  const escaped = phrase.words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${escaped.join(NOT_WORD)}(?![\\p{L}\\p{N}\\p{M}])`, 'u');
  return (folded) => pattern.test(folded);
}

export function foldedForChecks(text: string): string {
  return foldText(text).text;
}
