// Which records a dossier shared alone takes along (shared/sync/dossierScope.ts), and the name of
// its team document: links only with both ends in the dossier, actors named by its passages (by
// name or alias, in any case) and the actor one of them was merged into.
import { describe, expect, it } from 'vitest';
import { createActor, createAnnotation, type AnnotationLink, type Dossier } from '../../../shared/model';
import { selectDossierMaterial, teamDocumentName } from '../../../shared/sync/dossierScope';
import { parseTeamAddress } from '../../../shared/sync/teamAddress';

const source = { id: 'article-1', textHash: 'a'.repeat(64) };

function claim(id: string, actor: string, target = '') {
  const made = createAnnotation({
    id, source, kind: 'claim', author: 'Leyla', at: '2026-03-10T09:00:00.000Z',
    placement: { quote: { exact: 'drones', prefix: '', suffix: '' }, position: { start: 0, end: 6 } },
  });
  return { ...made, actor, target };
}

function link(id: string, fromId: string, toId: string): AnnotationLink {
  return { id, fromId, toId, type: 'supports', createdAt: '2026-03-10T09:00:00.000Z' };
}

const dossier: Dossier = {
  id: 'case-1', title: 'Border incident', subtitle: '', author: '', handling: '', summary: '',
  items: [
    { type: 'passage', id: 'p1', annotationId: 'a1', commentary: '' },
    { type: 'narrative', id: 'n1', content: '', contentText: '' },
    { type: 'passage', id: 'p2', annotationId: 'a2', commentary: '' },
  ],
  createdAt: '2026-03-10T09:00:00.000Z', updatedAt: '2026-03-10T09:00:00.000Z',
};

describe('selectDossierMaterial', () => {
  it('keeps the dossier’s passages, their articles, links inside it and the actors they name', () => {
    const iran = { ...createActor('Islamic Republic of Iran', 'Leyla', undefined, 'iran'), aliases: ['Tehran'] };
    const merged = { ...createActor('IRI', 'Leyla', undefined, 'iri'), mergedInto: 'iran' };
    const baku = createActor('Baku', 'Leyla', undefined, 'baku');
    const elsewhere = createActor('Moscow', 'Leyla', undefined, 'moscow');
    const otherSource = { id: 'article-2', textHash: 'b'.repeat(64) };
    const material = selectDossierMaterial({
      dossier,
      annotations: [claim('a1', ' tehran '), claim('a2', 'IRI', 'baku'), claim('a3', 'Moscow')],
      sources: [{ ...source, title: 'one' }, { ...otherSource, title: 'two' }] as never,
      sourceVersions: [],
      links: [link('inside', 'a1', 'a2'), link('half', 'a1', 'a3')],
      actors: [iran, merged, baku, elsewhere],
    });
    expect(material.annotations.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(material.sources.map((s) => s.id)).toEqual(['article-1']);
    expect(material.links.map((l) => l.id)).toEqual(['inside']);
    expect(material.actors.map((a) => a.id)).toEqual(['iran', 'iri', 'baku']);
    expect(material.dossiers).toEqual([dossier]);
  });

  it('takes nothing when the dossier is gone', () => {
    const material = selectDossierMaterial({ dossier: undefined, annotations: [claim('a1', 'Iran')], sources: [], sourceVersions: [], links: [], actors: [] });
    expect(Object.values(material).every((records) => records.length === 0)).toBe(true);
  });
});

describe('the team document of a dossier shared alone', () => {
  it('is team:<team>/dossier:<id>, from either form of the address', () => {
    const scope = { kind: 'dossier', dossierId: 'case-1' } as const;
    expect(teamDocumentName('analysts', scope)).toBe('team:analysts/dossier:case-1');
    expect(teamDocumentName('analysts', { kind: 'library' })).toBe('team:analysts');
    expect(parseTeamAddress('ws://10.0.0.5:1234/analysts', '', scope)).toMatchObject({ ok: true, documentName: 'team:analysts/dossier:case-1' });
    expect(parseTeamAddress('ws://10.0.0.5:1234', 'analysts', scope)).toMatchObject({ ok: true, documentName: 'team:analysts/dossier:case-1' });
  });
});
