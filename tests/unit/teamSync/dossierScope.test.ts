// A team that shares only one dossier, through the real team server on loopback: the library that
// shares dossier D sends D, its passages, their articles, the links between them and the actors
// they name, and nothing else of the library (its team document holds nothing else); the other
// library receives exactly that; a passage added to D later arrives with its article; another
// team's token is refused for the dossier's document too. The receiving library's own article
// stays home until one of its passages is added to the dossier.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createActor, createAnnotation, type DossierItem } from '../../../shared/model';
import { teamDocumentName, type TeamSyncScope } from '../../../shared/sync/dossierScope';
import { SYNC_TABLES } from '../../../shared/sync/tableRecords';
import { applyActorPlan } from '../../../renderer/db/actors';
import { addAnnotation, addLink, updateAnnotation } from '../../../renderer/db/annotations';
import { type WorkbenchDatabase, type SourceRecord } from '../../../renderer/db/database';
import { modifyDossierItems, newDossier, putDossier } from '../../../renderer/db/dossiers';
import { pushLocalLibrary } from '../../../renderer/sync/localCapture';
import { seedArticles } from '../db/seedLibrary';
import type { TeamLibrary } from '../../../shared/sync/teamLibrary';
import { until } from '../sync/teamReplicas';
import { LEYLA_TOKEN, OTHER_TEAM_TOKEN, RASHAD_TOKEN, useBridgedTeam, type BridgedReplica } from './bridgedReplicas';

const team = useBridgedTeam('dossier-scope');
type Replica = BridgedReplica;

function replica(analyst: string, documentName: string, scope: TeamSyncScope, fill?: (database: WorkbenchDatabase) => Promise<void>): Promise<Replica> {
  return team.replica(analyst, documentName, { scope, ...(fill ? { fill } : {}) });
}

const { goOnline, inStep } = team;

/** Every record id the team document holds, table by table. */
function documentIds(library: TeamLibrary): Record<string, string[]> {
  return Object.fromEntries(SYNC_TABLES.map((table) => [table, library.records(table).map((record) => record.id).sort()]));
}

async function libraryIds(database: WorkbenchDatabase): Promise<Record<string, string[]>> {
  const ids = async (table: string): Promise<string[]> => (await database.table(table).toCollection().primaryKeys()).map((key) => (Array.isArray(key) ? key.join(':') : String(key))).sort();
  return Object.fromEntries(await Promise.all(SYNC_TABLES.map(async (table) => [table, await ids(table)] as const)));
}

function claimOn(source: SourceRecord, id: string, actor: string) {
  const claim = createAnnotation({
    id, source, kind: 'claim', author: 'Leyla', at: '2026-03-10T09:00:00.000Z',
    placement: { quote: { exact: 'drones crossed', prefix: '', suffix: '' }, position: { start: 28, end: 42 } },
  });
  return { ...claim, actor };
}

function passage(annotationId: string): DossierItem {
  return { type: 'passage', id: `item-${annotationId}`, annotationId, commentary: '' };
}

describe('sharing only one dossier', () => {
  it('sends the dossier and its material, nothing else, and later passages with their articles', async () => {
    const shared = newDossier({ title: 'Border incident' });
    const other = newDossier({ title: 'Talks' });
    const scope: TeamSyncScope = { kind: 'dossier', dossierId: shared.id };
    const documentName = teamDocumentName('analysts', scope);
    let articles: SourceRecord[] = [];
    const iran = createActor('Iran', 'Leyla');
    const azerbaijan = createActor('Azerbaijan', 'Leyla');
    const leyla = await replica('Leyla', documentName, scope, async (database) => {
      articles = await seedArticles(database);
      const [drones, talks] = articles as [SourceRecord, SourceRecord];
      await addAnnotation(claimOn(drones, 'in-dossier', 'iran'), database);
      await addAnnotation(claimOn(drones, 'outside', 'Azerbaijan'), database);
      await addAnnotation(claimOn(talks, 'added-later', ''), database);
      await applyActorPlan({ put: [iran, azerbaijan], before: [], created: [iran.id, azerbaijan.id] }, database);
      // One end outside the dossier: the link stays home.
      await addLink('in-dossier', 'outside', 'supports', database);
      await putDossier({ ...shared, items: [passage('in-dossier')] }, database);
      await putDossier({ ...other, items: [passage('outside')] }, database);
    });
    const [drones, talks] = articles as [SourceRecord, SourceRecord];
    let rashadsOwn: SourceRecord[] = [];
    const rashad = await replica('Rashad', documentName, scope, async (database) => {
      rashadsOwn = await seedArticles(database, ['Rashad’s own notes from the crossing.']);
    });
    const [ownArticle] = rashadsOwn as [SourceRecord];
    await pushLocalLibrary(leyla.library, leyla.database, scope);
    goOnline(leyla, LEYLA_TOKEN, documentName);
    goOnline(rashad, RASHAD_TOKEN, documentName);
    await inStep(leyla, rashad);

    const expected = { sources: [drones.id], sourceVersions: [], actors: [iran.id], annotations: ['in-dossier'], links: [], dossiers: [shared.id] };
    // What went out (the server holds the same: both are in step with it).
    expect(documentIds(leyla.library)).toEqual(expected);
    expect(await libraryIds(rashad.database)).toEqual({ ...expected, sources: [drones.id, ownArticle.id].sort() });
    expect((await rashad.database.sourceTexts.get(drones.id))?.text).toBe((await leyla.database.sourceTexts.get(drones.id))?.text);
    expect((await rashad.database.dossiers.get(shared.id))?.items).toEqual([passage('in-dossier')]);

    // Edits outside the dossier stay home; a passage added to it goes out with its article and the link between its passages.
    await updateAnnotation('outside', { noteText: 'Not for the team.', note: '' }, 'Leyla', leyla.database);
    await modifyDossierItems(shared.id, (items) => [...items, passage('added-later')], leyla.database);
    const link = await addLink('in-dossier', 'added-later', 'contradicts', leyla.database);
    await updateAnnotation('in-dossier', { noteText: 'Confirmed by two sources.', note: '' }, 'Leyla', leyla.database);
    await until('the later passage reaches Rashad', () => rashad.library.record('annotations', 'added-later') !== undefined && rashad.library.record('links', link.id) !== undefined);
    await inStep(leyla, rashad);

    const grown = { ...expected, sources: [drones.id, talks.id].sort(), annotations: ['added-later', 'in-dossier'], links: [link.id] };
    expect(documentIds(leyla.library)).toEqual(grown);
    expect(await libraryIds(rashad.database)).toEqual({ ...grown, sources: [drones.id, talks.id, ownArticle.id].sort() });
    expect((await rashad.database.sourceTexts.get(talks.id))?.text).toBe((await leyla.database.sourceTexts.get(talks.id))?.text);
    expect((await rashad.database.annotations.get('in-dossier'))?.noteText).toBe('Confirmed by two sources.');
    expect((await rashad.database.dossiers.get(shared.id))?.items.map((item) => item.id)).toEqual(['item-in-dossier', 'item-added-later']);

    // Rashad's edit comes back as in the whole library.
    await updateAnnotation('added-later', { noteText: 'From Rashad.', note: '' }, 'Rashad', rashad.database);
    await until('Rashad’s note reaches Leyla', () => leyla.library.record('annotations', 'added-later')?.fields.noteText === 'From Rashad.');
    await inStep(leyla, rashad);
    expect((await leyla.database.annotations.get('added-later'))?.noteText).toBe('From Rashad.');

    // Rashad adds a passage on his own article to the dossier: it goes out with that article, and Leyla gets both.
    await addAnnotation(claimOn(ownArticle, 'rashads-passage', ''), rashad.database);
    expect(rashad.library.record('annotations', 'rashads-passage')).toBeUndefined();
    await modifyDossierItems(shared.id, (items) => [...items, passage('rashads-passage')], rashad.database);
    await until('Rashad’s passage reaches Leyla', () => leyla.library.record('annotations', 'rashads-passage') !== undefined);
    await inStep(leyla, rashad);
    expect((await leyla.database.sourceTexts.get(ownArticle.id))?.text).toBe('Rashad’s own notes from the crossing.');
    expect((await leyla.database.dossiers.get(shared.id))?.items.map((item) => item.id)).toEqual(['item-in-dossier', 'item-added-later', 'item-rashads-passage']);
  });

  it('refuses another team’s token for a dossier’s document', async () => {
    const documentName = teamDocumentName('analysts', { kind: 'dossier', dossierId: 'case-1' });
    const omar = await replica('Omar', documentName, { kind: 'dossier', dossierId: 'case-1' });
    const connection = goOnline(omar, OTHER_TEAM_TOKEN, documentName);
    await until('the other team is refused', () => connection.status === 'refused');
    expect(connection.refusedReason).toBe('This token is for team "logistics", not "analysts".');
  });
});
