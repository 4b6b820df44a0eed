// Alias suggestions on the spellings the two samples and the coverage use.
import { describe, expect, it } from 'vitest';
import { dismissalKey, suggestAliases, type SuggestionCandidate } from '../../../shared/actors';

function candidate(name: string, total = 1, names: readonly string[] = [name]): SuggestionCandidate {
  return { key: `name:${name.toLowerCase()}`, name, names, total };
}

function pairs(candidates: readonly SuggestionCandidate[], dismissed: ReadonlySet<string> = new Set()): string[] {
  return suggestAliases(candidates, dismissed).map((s) => `${s.merge.name} → ${s.keep.name} (${s.reason})`);
}

describe('suggestAliases', () => {
  it('suggests the samples’ two spellings of Pezeshkian, and the surname alone', () => {
    const found = pairs([candidate('Masoud Pezeshkian', 3), candidate('Masouz Pezeshkian', 1), candidate('Pezeshkian', 2)]);
    expect(found).toContain('Masouz Pezeshkian → Masoud Pezeshkian (similar)');
    expect(found).toContain('Pezeshkian → Masoud Pezeshkian (contained)');
    expect(found).toContain('Masouz Pezeshkian → Pezeshkian (contained)');
  });

  it('finds a name in another script or with other letters', () => {
    expect(pairs([candidate('Pezeshkian', 2), candidate('Пезешкиан', 1)])).toEqual(['Пезешкиан → Pezeshkian (transliteration)']);
    expect(pairs([candidate('Ilham Aliyev', 5), candidate('İlham Əliyev', 2)])).toEqual(['İlham Əliyev → Ilham Aliyev (similar)']);
  });

  it('leaves apart what only looks alike: a country and its adjective, short names, titles', () => {
    const names = ['Iran', 'IRNA', 'Iranian foreign ministry', 'Azerbaijan', 'Azerbaijani foreign ministry', 'Russia', 'Russian peacekeepers', 'Iranian President', 'President Aliyev', 'Ilham Aliyev'];
    expect(pairs(names.map((n) => candidate(n)))).toEqual([]);
  });

  it('leaves out a dismissed pair, in either order, and names in one group', () => {
    const list = [candidate('Masoud Pezeshkian', 3), candidate('Masouz Pezeshkian', 1)];
    expect(pairs(list, new Set([dismissalKey('masouz pezeshkian', 'Masoud Pezeshkian')]))).toEqual([]);
    expect(pairs([candidate('Masoud Pezeshkian', 3, ['Masoud Pezeshkian', 'Masouz Pezeshkian'])])).toEqual([]);
  });

  it('compares aliases too: a group matches by any of its names', () => {
    const found = suggestAliases([candidate('Iranian President', 3, ['Iranian President', 'Masoud Pezeshkian']), candidate('Masouz Pezeshkian', 1)], new Set());
    expect(found.map((s) => [s.keep.name, s.merge.name, s.names])).toEqual([['Iranian President', 'Masouz Pezeshkian', ['Masoud Pezeshkian', 'Masouz Pezeshkian']]]);
  });
});
