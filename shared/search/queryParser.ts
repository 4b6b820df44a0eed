// What the analyst typed in a search field, read as words to find, "quoted phrases" to match
// exactly (after folding) and -words to exclude. Never fails: any input reads as some query.
import { foldedWords, type WordToken } from './wordTokens';

/** A run of folded words that must appear together, in this order. */
export interface QueryPhrase {
  readonly words: readonly string[];
  /** The words joined by one space: a key for display and deduplication. */
  readonly text: string;
}

export interface ParsedQuery {
  /** Folded words, each matched on its own (prefix and typo tolerance are the engine's). */
  readonly terms: readonly string[];
  /** Quoted phrases, and bare words that fold into several (Baku-Tbilisi), matched exactly. */
  readonly phrases: readonly QueryPhrase[];
  /** Words or phrases after a minus: a record containing one is left out. */
  readonly excluded: readonly QueryPhrase[];
}

/** Straight, curly, low and angle quotation marks all open and close a phrase. */
const QUOTES = new Set(['"', '“', '”', '„', '«', '»']);

interface RawPart {
  readonly value: string;
  readonly quoted: boolean;
  readonly negated: boolean;
}

/** Splits the query into bare words and quoted parts, each possibly after a minus. One pass. */
function splitQuery(query: string): readonly RawPart[] {
  const parts: RawPart[] = [];
  const chars = [...query];
  let index = 0;
  while (index < chars.length) {
    while (index < chars.length && /\s/u.test(chars[index] ?? '')) index += 1;
    if (index >= chars.length) break;
    let negated = false;
    if (chars[index] === '-' && index + 1 < chars.length && !/[\s-]/u.test(chars[index + 1] ?? '')) {
      negated = true;
      index += 1;
    }
    if (QUOTES.has(chars[index] ?? '')) {
      index += 1;
      const begin = index;
      // An unclosed quotation runs to the end of the query, as the analyst is still typing it.
      while (index < chars.length && !QUOTES.has(chars[index] ?? '')) index += 1;
      parts.push({ value: chars.slice(begin, index).join(''), quoted: true, negated });
      index += 1;
      continue;
    }
    const begin = index;
    while (index < chars.length && !/\s/u.test(chars[index] ?? '') && !QUOTES.has(chars[index] ?? '')) index += 1;
    parts.push({ value: chars.slice(begin, index).join(''), quoted: false, negated });
  }
  return parts;
}

function phraseOf(words: readonly string[]): QueryPhrase {
  return { words, text: words.join(' ') };
}

/** Reads a query; an empty or blank query gives no terms, phrases or exclusions. */
export function parseQuery(query: string): ParsedQuery {
  const terms: string[] = [];
  const phrases: QueryPhrase[] = [];
  const excluded: QueryPhrase[] = [];
  const seen = new Set<string>();
  for (const part of splitQuery(query)) {
    const words = foldedWords(part.value);
    if (words.length === 0) continue;
    const phrase = phraseOf(words);
    const key = `${part.negated ? '-' : '+'}${part.quoted || words.length > 1 ? 'p' : 't'}${phrase.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (part.negated) excluded.push(phrase);
    else if (part.quoted || words.length > 1) phrases.push(phrase);
    else terms.push(phrase.text);
  }
  return { terms, phrases, excluded };
}

/** True when the query asks for nothing (only filters may then apply). */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0 && query.excluded.length === 0;
}

/**
 * Where a phrase occurs in a text's words: the index of each occurrence's first word. Words are
 * compared whole, so "iran" does not match inside "iranian".
 */
export function findPhrase(tokens: readonly WordToken[], phrase: QueryPhrase): readonly number[] {
  const found: number[] = [];
  const { words } = phrase;
  const first = words[0];
  if (first === undefined) return found;
  for (let index = 0; index + words.length <= tokens.length; index += 1) {
    if (tokens[index]?.text !== first) continue;
    let offset = 1;
    while (offset < words.length && tokens[index + offset]?.text === words[offset]) offset += 1;
    if (offset === words.length) found.push(index);
  }
  return found;
}

/** True when none of the excluded words or phrases occurs in the text's words. */
export function passesExclusions(tokens: readonly WordToken[], query: ParsedQuery): boolean {
  return query.excluded.every((phrase) => findPhrase(tokens, phrase).length === 0);
}
