// View sections (a claims table or a timeline in a dossier) travel in the shared file: an
// optional item type of format version 1, read back as written; the STIX bundle leaves them out.
import { describe, expect, it } from 'vitest';
import { buildExchangeFile, parseExchangeText, serializeExchangeFile } from '../../../shared/exchange';
import type { Dossier } from '../../../shared/model/dossier';
import { claimFilterFrom, storedFilter, timelineFilterFrom } from '../../../shared/timeline/viewSections';
import { NO_CLAIM_FILTER } from '../../../shared/claims/claimFilter';
import { NO_TIMELINE_FILTER } from '../../../shared/timeline/timelineEvents';
import { makeAnnotation, makeSource, T0, T1, uuid } from './fixtures';

describe('view sections in the .dossier format', () => {
  it('round-trip with their filter, beside passages', async () => {
    const source = await makeSource(uuid(1), 'Alpha said the border is closed.');
    const claim = makeAnnotation(uuid(11), source, 'the border is closed', { actor: 'Alpha' });
    const dossier: Dossier = {
      id: uuid(21),
      title: 'Crossing',
      subtitle: '',
      author: '',
      handling: '',
      summary: '',
      items: [
        { type: 'passage', id: 'i1', annotationId: claim.id, commentary: '' },
        { type: 'view', id: 'i2', view: 'claims', title: 'Claims: status denied', filter: { status: 'denied', actor: 'Alpha' } },
        { type: 'view', id: 'i3', view: 'timeline', title: 'Timeline', filter: { lanes: 'actor' } },
      ],
      createdAt: T0,
      updatedAt: T1,
    };
    const file = buildExchangeFile({ sources: [source], annotations: [claim], links: [], dossiers: [dossier], conflicts: [], exportedBy: 'A', exportedAt: T1, scope: { kind: 'dossier', label: 'Crossing' }, includeText: true });
    const parsed = await parseExchangeText(serializeExchangeFile(file));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.content.dossiers[0]?.items).toEqual(dossier.items);
  });

  it('refuses an unknown view or extra fields, as the rest of the file', async () => {
    const source = await makeSource(uuid(1), 'Alpha said the border is closed.');
    const dossier: Dossier = { id: uuid(21), title: 'T', subtitle: '', author: '', handling: '', summary: '', items: [], createdAt: T0, updatedAt: T1 };
    const file = buildExchangeFile({ sources: [source], annotations: [], links: [], dossiers: [dossier], conflicts: [], exportedBy: 'A', exportedAt: T1, scope: { kind: 'library', label: 'all' }, includeText: true });
    const json = JSON.parse(serializeExchangeFile(file)) as { dossiers: { items: unknown[] }[] };
    json.dossiers[0]?.items.push({ type: 'view', id: 'x', view: 'map', title: '', filter: {} });
    const parsed = await parseExchangeText(JSON.stringify(json));
    expect(parsed.ok).toBe(false);
  });

  it('stores a filter as its non-empty fields and reads unknown values as defaults', () => {
    expect(storedFilter({ ...NO_CLAIM_FILTER, status: 'denied', actor: 'Iran' })).toEqual({ status: 'denied', actor: 'Iran' });
    expect(claimFilterFrom({ status: 'denied', actor: 'Iran' })).toEqual({ ...NO_CLAIM_FILTER, status: 'denied', actor: 'Iran' });
    expect(claimFilterFrom({ status: 'bogus' }).status).toBe('');
    expect(timelineFilterFrom({ lanes: 'actor', kind: 'denial' })).toEqual({ ...NO_TIMELINE_FILTER, lanes: 'actor', kind: 'denial' });
    expect(timelineFilterFrom({ kind: 'rumour', lanes: 'x' })).toEqual(NO_TIMELINE_FILTER);
  });
});
