// Find in the article: every occurrence, folded as the search folds, mapped to the original text.
import { describe, expect, it } from 'vitest';
import { findAllMatches, firstMatchFrom } from '../../../shared/search/findMatches';
import { foldText } from '../../../shared/search/textFolding';

function found(text: string, query: string): readonly string[] {
  return findAllMatches(foldText(text), query).map((range) => text.slice(range.start, range.end));
}

describe('findAllMatches', () => {
  it('finds Latin text in any case and without its diacritics', () => {
    expect(found('Pezeshkian called Aliyev; PEZESHKIAN’s call to İlham Əliyev', 'pezeshkian')).toEqual(['Pezeshkian', 'PEZESHKIAN']);
    expect(found('İlham Əliyev and Ilham Aliyev', 'ilham')).toEqual(['İlham', 'Ilham']);
    expect(found('İlham Əliyev and Ilham Aliyev', 'əliyev')).toEqual(['Əliyev']);
  });

  it('finds Persian text whatever yeh, kaf, tatweel or ZWNJ it was written with', () => {
    const text = 'او گفت ایران به حاکمیت همسایگان خود احترام می‌گذارد. علی‌اف و پزشـکیان';
    expect(found(text, 'ميگذارد')).toEqual(['می‌گذارد']);
    expect(found(text, 'پزشکیان')).toEqual(['پزشـکیان']);
    expect(found(text, 'علي‌اف')).toEqual(['علی‌اف']);
  });

  it('finds Cyrillic text by case only', () => {
    expect(found('Президент Ирана Масуд Пезешкиан; пезешкиан', 'ПЕЗЕШКИАН')).toEqual(['Пезешкиан', 'пезешкиан']);
  });

  it('does not overlap, finds across a line break, and finds nothing for a blank query', () => {
    expect(found('aaaa', 'aa')).toHaveLength(2);
    expect(found('drone\nstrikes', 'drone strikes')).toEqual(['drone\nstrikes']);
    expect(found('text', '   ')).toEqual([]);
  });

  it('picks the first match at or after an offset, wrapping round', () => {
    const matches = findAllMatches(foldText('a b a b a'), 'a');
    expect(firstMatchFrom(matches, 0)).toBe(0);
    expect(firstMatchFrom(matches, 1)).toBe(1);
    expect(firstMatchFrom(matches, 9)).toBe(0);
    expect(firstMatchFrom([], 3)).toBe(0);
  });
});
