// Reading a search query: words, quoted phrases matched exactly after folding, and -exclusions.
import { describe, expect, it } from 'vitest';
import { findPhrase, isEmptyQuery, parseQuery, passesExclusions } from '../../../shared/search/queryParser';
import { tokenizeText } from '../../../shared/search/wordTokens';

describe('parseQuery', () => {
  it('folds bare words into terms', () => {
    expect(parseQuery('  Pezeshkian  Əliyev ')).toEqual({ terms: ['pezeshkian', 'eliyev'], phrases: [], excluded: [] });
  });

  it('reads quoted phrases with straight, curly and angle quotes', () => {
    const query = parseQuery('"Masouz Pezeshkian" denied “drone strikes” «علي‌اف»');
    expect(query.terms).toEqual(['denied']);
    expect(query.phrases.map((phrase) => phrase.text)).toEqual(['masouz pezeshkian', 'drone strikes', 'علیاف']);
    expect(query.phrases[0]?.words).toEqual(['masouz', 'pezeshkian']);
  });

  it('reads an unclosed quotation to the end, as the analyst is still typing it', () => {
    expect(parseQuery('Aliyev "brotherly Ir').phrases.map((phrase) => phrase.text)).toEqual(['brotherly ir']);
  });

  it('reads -words and -"phrases" as exclusions, but not a dash inside a word or alone', () => {
    const query = parseQuery('Aliyev -Israel -"drone strikes" Baku-Tbilisi - --x');
    expect(query.terms).toEqual(['aliyev', 'x']);
    expect(query.excluded.map((phrase) => phrase.text)).toEqual(['israel', 'drone strikes']);
    // A bare word that folds into several words is matched as a phrase.
    expect(query.phrases.map((phrase) => phrase.text)).toEqual(['baku tbilisi']);
  });

  it('drops repeats and empty parts, and says when nothing is asked', () => {
    expect(parseQuery('iran Iran IRAN').terms).toEqual(['iran']);
    expect(isEmptyQuery(parseQuery('  "" - ,, '))).toBe(true);
    expect(isEmptyQuery(parseQuery('-iran'))).toBe(false);
  });

  it('folds Persian and Cyrillic queries like the text', () => {
    expect(parseQuery('پزشـكيان').terms).toEqual(['پزشکیان']);
    expect(parseQuery('АЛИЕВ').terms).toEqual(['алиев']);
  });
});

describe('findPhrase and passesExclusions', () => {
  const text = 'Iranian President Masouz Pezeshkian called for investigation into Israel’s possible use of Azerbaijan’s territories.';
  const tokens = tokenizeText(text);

  it('matches a phrase word for word, whole words only', () => {
    const [at] = findPhrase(tokens, parseQuery('"MASOUZ pezeshkian"').phrases[0] ?? { words: [], text: '' });
    expect(at).toBeDefined();
    expect(tokens[at ?? 0]?.start).toBe(text.indexOf('Masouz'));
    expect(findPhrase(tokens, parseQuery('"masoud pezeshkian"').phrases[0] ?? { words: [], text: '' })).toEqual([]);
    expect(findPhrase(tokens, parseQuery('"iran president"').phrases[0] ?? { words: [], text: '' })).toEqual([]);
    expect(findPhrase(tokens, parseQuery("\"Israel's possible\"").phrases[0] ?? { words: [], text: '' })).toHaveLength(1);
  });

  it('leaves out a text containing an excluded word', () => {
    expect(passesExclusions(tokens, parseQuery('Pezeshkian -israel'))).toBe(false);
    expect(passesExclusions(tokens, parseQuery('Pezeshkian -russia -"masoud pezeshkian"'))).toBe(true);
  });
});
