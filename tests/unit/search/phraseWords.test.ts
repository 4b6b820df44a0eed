// A quoted phrase's stop words are left to the phrase check: the engine looks up the others, and
// the phrase still matches only where every word stands, in order.
import { describe, expect, it } from 'vitest';
import { createLibraryIndex, putDocuments } from '../../../shared/search/libraryIndex';
import { articleDocument, passageDocuments } from '../../../shared/search/searchDocuments';
import { phraseLookupWords } from '../../../shared/search/phraseWords';
import { indexWords } from '../../../shared/search/searchTerms';
import { searchLibrary } from '../../../shared/search/searchResults';

describe('the words of a phrase the engine looks up', () => {
  it('leaves out English, Russian and Persian stop words, folded as indexed', () => {
    expect(phraseLookupWords(indexWords('drone strike on the airport'))).toEqual(['drone', 'strike', 'airport']);
    expect(phraseLookupWords(indexWords('удар по аэропорту'))).toEqual(['удар', 'аэропорту']);
    expect(phraseLookupWords(indexWords('وزارت امور خارجه و سفیر'))).toEqual(indexWords('وزارت امور خارجه سفیر'));
  });

  it('keeps every word of a phrase made only of stop words', () => {
    expect(phraseLookupWords(['on', 'the', 'or', 'it'])).toEqual(['on', 'the', 'or', 'it']);
  });

  it('still requires the stop words, in their place', () => {
    const index = createLibraryIndex();
    const texts = ['The drone strike on the airport was denied.', 'A drone strike near the airport was reported.', 'The airport strike on the drone makers ended.'];
    texts.forEach((text, i) => putDocuments(index, [articleDocument({ id: `a${i}`, title: `Report ${i}`, publisher: '', author: '', url: '', tags: [] }), ...passageDocuments(`a${i}`, text)]));
    const found = searchLibrary(index, '"drone strike on the airport"');
    expect(found.groups.map((group) => group.key)).toEqual(['a0']);
    expect(searchLibrary(index, '"strike near the airport"').groups.map((group) => group.key)).toEqual(['a1']);
    expect(searchLibrary(index, '"on the"').groups.map((group) => group.key).sort()).toEqual(['a0', 'a2']);
  });
});
