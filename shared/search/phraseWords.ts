// Which words of a quoted phrase the engine looks up. Words as common as "the" and "on" are in
// nearly every document: looking them up costs the engine a pass over the whole library (most of
// its time on "drone strike on the airport"), and they narrow nothing. The phrase check
// (searchResults.ts) still requires every word, in order, so leaving them to it changes which
// documents match not at all, and their scores only by those words' near-zero BM25 weight.
import { ara, eng, fas, rus, tur } from 'stopword';
import { indexWords } from './searchTerms';

let stopWords: ReadonlySet<string> | null = null;

/** The stop words of the languages of these sources (Turkish's stand in for Azerbaijani's), folded as indexed words are. */
function foldedStopWords(): ReadonlySet<string> {
  stopWords ??= new Set([...eng, ...rus, ...fas, ...ara, ...tur].flatMap((word) => {
    const folded = indexWords(word);
    return folded.length === 1 ? folded : [];
  }));
  return stopWords;
}

/** The words of a phrase (folded) for the engine to look up: its words but stop words, or all of them when it has nothing else. */
export function phraseLookupWords(words: readonly string[]): readonly string[] {
  const stop = foldedStopWords();
  const content = words.filter((word) => !stop.has(word));
  return content.length > 0 ? content : words;
}
