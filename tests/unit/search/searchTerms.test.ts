// The index's fast word split agrees with issue-15b's folding word for word, on the samples and
// on the scripts of the coverage, and phrases are checked in the same words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../shared/search/queryParser';
import { checkedForm, indexWords, phraseTest, wordsStartingWith } from '../../../shared/search/searchTerms';
import { foldedWords } from '../../../shared/search/wordTokens';

const SAMPLES = ['000_4f72efb9e98d7d6f.txt', '003_de8410bd84d09d86.txt'].map((name) => readFileSync(path.join(__dirname, '..', '..', '..', 'shared', 'samples', name), 'utf8'));
const MIXED = [
  'Prezident İlham Əliyev təhlükəsizlik şurasının iclasını keçirib; NAXÇIVAN, Bakı, ığ.',
  'رئیس‌جمهور پزشکیان در تماس تلفنی با همتای آذربایجانی خود گفت‌وگو کرد. علـــی ٣٤ ۱۴۰۳ كتاب مدرسة',
  'Президент Ильхам Алиев провёл заседание; Йошкар-Ола ёлка.',
  'Azerbaijan’s co\u00ADoperation, naïve café Œuvre straße — “quoted” 2026-03-09 \u200Fmark\u200E.',
];

describe('the index words', () => {
  it('are the words issue-15b folds, for every script', () => {
    for (const text of [...SAMPLES, ...MIXED]) expect(indexWords(text)).toEqual([...foldedWords(text)]);
  });

  it('mark whole words that start with a folded term, in the original text', () => {
    const text = 'Iranian President Masouz Pezeshkian; İlham Əliyev';
    const marks = wordsStartingWith(text, ['pezeshk', 'ilham', 'eliyev']).map(([s, e]) => text.slice(s, e));
    expect(marks).toEqual(['Pezeshkian', 'İlham', 'Əliyev']);
  });

  it('fold a word the same the second time, from the kept folds, and after more words than are kept', () => {
    for (const text of [...SAMPLES, ...MIXED]) {
      expect(indexWords(text)).toEqual([...foldedWords(text)]);
      expect(indexWords(text)).toEqual([...foldedWords(text)]);
    }
    const text = 'Prezident İlham Əliyev; پزشکیان';
    const marks = (): string[] => wordsStartingWith(text, ['ilham', 'eliyev', 'پزشک']).map(([s, e]) => text.slice(s, e));
    expect(marks()).toEqual(['İlham', 'Əliyev', 'پزشکیان']);
    // More distinct runs than the folds kept (20,000): the kept ones are forgotten, not wrong.
    const many = Array.from({ length: 60_000 }, (_, i) => `Ə${i.toString(36)}`).join(' ');
    expect(indexWords(many).slice(-2)).toEqual([`e${(59_998).toString(36)}`, `e${(59_999).toString(36)}`]);
    expect(marks()).toEqual(['İlham', 'Əliyev', 'پزشکیان']);
    expect(indexWords('Ə0 Əliyev پزشکیان')).toEqual(['e0', 'eliyev', 'پزشکیان']);
  });

  it('check phrases whole and in order, across punctuation', () => {
    const checked = checkedForm('The drone strike, on the airport; Naxçıvan hava limanı.');
    const phrase = (query: string): boolean => phraseTest(parseQuery(query).phrases[0] ?? { words: [], text: '' })(checked);
    expect(phrase('"drone strike on"')).toBe(true);
    expect(phrase('"naxcivan hava"')).toBe(true);
    expect(phrase('"strike drone"')).toBe(false);
    expect(phrase('"drone stri"')).toBe(false);
  });
});
