// What the views worker sends the Actors tab: rows, the names in order of use (from which the
// window rebuilds the same directory) and alias suggestions.
import { describe, expect, it } from 'vitest';
import { buildActorDirectory, tallyNames } from '../../../shared/actors';
import { actorOverview } from '../../../shared/actors/actorOverview';
import { annotation } from '../claims/fixtures';

describe('actorOverview', () => {
  const annotations = [
    annotation('1', 'claim', 'A', { actor: 'Masoud Pezeshkian', target: 'Washington' }),
    annotation('2', 'denial', 'B', { actor: 'Masoud Pezeshkian' }),
    annotation('3', 'action', 'C', { actor: 'Masouz Pezeshkian' }),
    annotation('4', 'claim', 'D', { actor: 'washington' }),
  ];
  const overview = actorOverview(tallyNames(annotations), [], new Set());

  it('counts every actor and lists names most used first', () => {
    const masoud = overview.rows.find((r) => r.name === 'Masoud Pezeshkian');
    expect(masoud).toMatchObject({ claims: 1, denials: 1, actions: 0, asTarget: 0, articles: 1, total: 2 });
    expect(overview.usedNames[0]).toBe('Masoud Pezeshkian');
    expect(overview.rows.find((r) => r.name === 'Washington')?.total).toBe(2);
  });

  it('lets the window rebuild the rows’ directory from the names alone', () => {
    const directory = buildActorDirectory([], overview.usedNames);
    expect(directory.groups.map((g) => g.key)).toEqual(overview.rows.map((r) => r.key));
  });

  it('suggests the misspelt name as an alias', () => {
    expect(overview.suggestions.some((s) => [s.keep.name, s.merge.name].includes('Masouz Pezeshkian'))).toBe(true);
  });
});
