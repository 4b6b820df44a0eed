// Words of a folded text, each with where it stands in the original: what the index stores and
// what phrases and exclusions are checked against.
import { foldText, type FoldedText } from './textFolding';

export interface WordToken {
  /** The folded word. */
  readonly text: string;
  /** Offsets in the folded text. */
  readonly foldedStart: number;
  readonly foldedEnd: number;
  /** Offsets in the original text (UTF-16 units), for marking hits and cutting snippets. */
  readonly start: number;
  readonly end: number;
}

/**
 * Letters, digits and marks make words. ZWNJ was folded away, so a Persian word written with
 * it (علی‌اف) stays one word; apostrophes and dashes separate words (Pezeshkian's → pezeshkian, s).
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a folded text, in order. Linear: one pass of a regular expression without backtracking. */
export function tokenizeFolded(folded: FoldedText): readonly WordToken[] {
  const tokens: WordToken[] = [];
  const { starts } = folded;
  for (const match of folded.text.matchAll(WORD)) {
    const foldedStart = match.index;
    const foldedEnd = foldedStart + match[0].length;
    tokens.push({
      text: match[0],
      foldedStart,
      foldedEnd,
      start: starts[foldedStart] ?? 0,
      end: starts[foldedEnd] ?? 0,
    });
  }
  return tokens;
}

/** Folds and tokenizes an original text. */
export function tokenizeText(original: string): readonly WordToken[] {
  return tokenizeFolded(foldText(original));
}

/** The folded words of a short string (a query word, a name), without offsets. */
export function foldedWords(value: string): readonly string[] {
  return foldText(value.normalize('NFC')).text.match(WORD) ?? [];
}
