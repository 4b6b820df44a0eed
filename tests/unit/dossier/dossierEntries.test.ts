import { describe, expect, it } from 'vitest';
import type { Dossier, DossierItem } from '../../../shared/model';
import type { DossierContent } from '../../../renderer/db/dossiers';
import { describeDossier, isNumbered } from '../../../renderer/features/dossier/model/dossierEntries';
import { groupPassages } from '../../../renderer/features/dossier/model/dossierViews';
import { annotation, link, source } from './fixtures';

const NOW = '2026-03-10T12:00:00.000Z';
const passage = (id: string, annotationId: string): DossierItem => ({ type: 'passage', id, annotationId, commentary: '' });

function content(items: DossierItem[], extra: Partial<DossierContent> = {}): DossierContent {
  const dossier: Dossier = { id: 'd', title: 'T', subtitle: '', author: '', handling: '', summary: '', items, createdAt: NOW, updatedAt: NOW };
  const annotations = [
    annotation('claim', { actor: 'Azerbaijan', eventDate: { value: '2026-03-05', precision: 'day' } }),
    annotation('denial', { kind: 'denial', actor: 'Masoud Pezeshkian', eventDate: { value: '2026-03-08', precision: 'day' } }),
    annotation('action', { kind: 'action', actor: 'azerbaijan', eventDate: { value: '2026-03', precision: 'month' } }),
    annotation('outside', { kind: 'claim', sourceId: 'src-2', quote: { exact: 'Israeli drones may have used the airspace', prefix: '', suffix: '' } }),
  ];
  return {
    dossier,
    annotations: new Map(annotations.map((a) => [a.id, a])),
    sources: new Map([source('src-1'), source('src-2', { title: 'Airspace report' })].map((s) => [s.id, s])),
    links: [],
    ...extra,
  };
}

describe('dossier entries', () => {
  const narrative: DossierItem = {
    type: 'narrative',
    id: 'n',
    content: JSON.stringify({ root: { children: [{ type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Background', format: 0 }] }] } }),
    contentText: 'Background',
  };

  it('numbers passages in composed order, skipping a deleted annotation', () => {
    const entries = describeDossier(content([narrative, passage('1', 'denial'), passage('2', 'gone'), passage('3', 'claim')]));
    expect(entries.map((e) => (e.type === 'passage' ? e.number : e.type === 'narrative' ? e.title : e.item.title))).toEqual(['Background', 1, null, 2]);
    expect(entries.filter(isNumbered).map((e) => e.annotation.id)).toEqual(['denial', 'claim']);
  });

  it('words links against the numbering, and names annotations outside the dossier', () => {
    const links = [link('l1', 'denial', 'claim', 'denies'), link('l2', 'outside', 'denial', 'supports', '2026-03-11T00:00:00.000Z')];
    const entries = describeDossier(content([passage('1', 'claim'), passage('2', 'denial')], { links }));
    const [claim, denial] = entries;
    expect(claim?.type === 'passage' && claim.links.map((l) => l.text)).toEqual(['denied by passage 2']);
    expect(denial?.type === 'passage' && denial.links.map((l) => l.text)).toEqual([
      'denies passage 1',
      'supported by claim “\u2068Israeli drones may have used the airspace\u2069” (\u2068Airspace report\u2069)',
    ]);
  });

  it('groups passages by kind, actor and event date, keeping composed order within a group', () => {
    const entries = describeDossier(content([passage('1', 'action'), passage('2', 'denial'), passage('3', 'claim'), passage('4', 'outside')]));
    const headings = (view: 'kind' | 'actor' | 'date'): string[][] =>
      groupPassages(entries, view).map((g) => [g.heading, ...g.passages.map((p) => String(p.number))]);
    expect(headings('kind')).toEqual([['Claims', '3', '4'], ['Denials', '2'], ['Actions', '1']]);
    expect(headings('actor')).toEqual([['azerbaijan', '1'], ['Azerbaijan', '3'], ['Masoud Pezeshkian', '2'], ['No actor named', '4']]);
    expect(headings('date')).toEqual([['March 2026 (month)', '1'], ['5 March 2026 (day)', '3'], ['8 March 2026 (day)', '2'], ['Undated', '4']]);
  });
});
