// Two libraries (fake-indexeddb) bridged to two team documents that pass updates to each other
// while "online": a tag reaches the other library, concurrent edits of one note become a conflict
// in the conflicts table on both sides, settling it in the conflict view reaches the other side,
// remote writes are never echoed back, and the tables can be rebuilt from the team document.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAnnotation } from '../../../shared/model';
import { TeamLibrary } from '../../../shared/sync/teamLibrary';
import { WorkbenchDatabase, type SourceRecord } from '../../../renderer/db/database';
import { addAnnotation, updateAnnotation } from '../../../renderer/db/annotations';
import { listConflicts, settleConflict } from '../../../renderer/db/exchange';
import { pushLocalLibrary } from '../../../renderer/sync/localCapture';
import { allTeamRecords, applyRemoteChanges, rebuildFromTeam } from '../../../renderer/sync/remoteApply';
import { startTeamBridge, type TeamBridge } from '../../../renderer/sync/teamBridge';
import { seedArticles } from '../db/seedLibrary';

interface Replica {
  readonly database: WorkbenchDatabase;
  readonly doc: Y.Doc;
  readonly library: TeamLibrary;
  readonly bridge: TeamBridge;
}

let counter = 0;
let online = true;
const replicas: Replica[] = [];
const errors: unknown[] = [];

/** A library bridged to its own team document; `before` fills it before the bridge starts. */
async function replica(analyst: string, before?: (database: WorkbenchDatabase) => Promise<unknown>): Promise<Replica> {
  const database = new WorkbenchDatabase(`team-bridge-${++counter}`);
  await database.open();
  await before?.(database);
  const doc = new Y.Doc();
  const library = new TeamLibrary(doc, analyst);
  const bridge = startTeamBridge(library, { analyst, database, canWrite: () => true, onError: (error) => errors.push(error) });
  const made = { database, doc, library, bridge };
  replicas.push(made);
  return made;
}

/** Passes every update between the two documents while online, as the server would. */
function relay(a: Replica, b: Replica): () => void {
  const exchange = (): void => {
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc), 'relay');
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc), 'relay');
  };
  exchange();
  const forward = (to: Y.Doc) => (update: Uint8Array, origin: unknown): void => {
    if (online && origin !== 'relay') Y.applyUpdate(to, update, 'relay');
  };
  a.doc.on('update', forward(b.doc));
  b.doc.on('update', forward(a.doc));
  return exchange;
}

/** Waits for what a committed transaction sets off (texts are read after commit) and for the bridges. */
async function settle(): Promise<void> {
  for (let round = 0; round < 6; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const r of replicas) await r.bridge.settled();
  }
}

function claimOn(source: SourceRecord, id: string) {
  return createAnnotation({
    id, source, kind: 'claim', author: 'Leyla', at: '2026-03-10T09:00:00.000Z',
    placement: { quote: { exact: 'drones crossed', prefix: 'Monday that ', suffix: ' into' }, position: { start: 28, end: 42 } },
  });
}

beforeEach(() => {
  online = true;
  errors.length = 0;
});
afterEach(async () => {
  for (const r of replicas.splice(0)) {
    r.bridge.stop();
    r.database.close();
    await r.database.delete();
  }
  expect(errors).toEqual([]);
});

describe('the team bridge', () => {
  it('sends the first library in once, and a tag reaches the other library', async () => {
    let sources: SourceRecord[] = [];
    const [leyla, rashad] = [await replica('Leyla', async (database) => (sources = await seedArticles(database))), await replica('Rashad')];
    const [source] = sources;
    relay(leyla, rashad);
    expect(await pushLocalLibrary(leyla.library, leyla.database)).toBe(2);
    expect(await pushLocalLibrary(leyla.library, leyla.database)).toBe(0);
    await settle();
    expect((await rashad.database.sources.get(source!.id))?.title).toBe(source!.title);
    expect((await rashad.database.sourceTexts.get(source!.id))?.text).toMatch(/^Baku said/);

    await addAnnotation(claimOn(source!, 'claim-1'), leyla.database);
    await settle();
    expect(await rashad.database.annotations.get('claim-1')).toEqual(await leyla.database.annotations.get('claim-1'));
    // Nothing written back: the remote write made no edit in Rashad's name.
    expect(rashad.library.record('annotations', 'claim-1')?.conflicts).toEqual([]);
    expect([...rashad.doc.getMap('edits').values()].some((edit) => (edit as { author: string }).author === 'Rashad')).toBe(false);
  });

  it('shows one note edited on both sides offline as a conflict on both, and a choice reaches the other', async () => {
    const [leyla, rashad] = [await replica('Leyla'), await replica('Rashad')];
    const [source] = await seedArticles(leyla.database);
    const reconnect = relay(leyla, rashad);
    await pushLocalLibrary(leyla.library, leyla.database);
    await addAnnotation(claimOn(source!, 'claim-1'), leyla.database);
    await settle();
    expect(errors).toEqual([]);
    expect(await rashad.database.annotations.get('claim-1')).toBeDefined();

    online = false;
    await updateAnnotation('claim-1', { noteText: 'By telephone.', note: '' }, 'Leyla', leyla.database);
    await updateAnnotation('claim-1', { noteText: 'In writing.', note: '' }, 'Rashad', rashad.database);
    await updateAnnotation('claim-1', { actor: 'Iran' }, 'Rashad', rashad.database);
    await settle();
    online = true;
    reconnect();
    await settle();

    const [mine, theirs] = [await listConflicts(leyla.database), await listConflicts(rashad.database)];
    expect(mine).toMatchObject([{ id: 'team:claim-1', exportedBy: 'Rashad', local: { noteText: 'By telephone.', actor: 'Iran' }, incoming: { noteText: 'In writing.' } }]);
    expect(theirs).toMatchObject([{ exportedBy: 'Leyla', local: { noteText: 'In writing.' }, incoming: { noteText: 'By telephone.' } }]);
    // The different-field edit merged without a conflict of its own.
    expect((await leyla.database.annotations.get('claim-1'))?.actor).toBe('Iran');

    await settleConflict('team:claim-1', { note: 'incoming' }, 'Leyla', leyla.database);
    await settle();
    expect(await listConflicts(rashad.database)).toEqual([]);
    expect((await rashad.database.annotations.get('claim-1'))?.noteText).toBe('In writing.');
    expect((await leyla.database.annotations.get('claim-1'))?.noteText).toBe('In writing.');
  });

  it('rebuilds the synced tables from the team document alone', async () => {
    const leyla = await replica('Leyla');
    const [source] = await seedArticles(leyla.database);
    await pushLocalLibrary(leyla.library, leyla.database);
    await addAnnotation(claimOn(source!, 'claim-1'), leyla.database);
    await settle();
    const before = { sources: await leyla.database.sources.toArray(), texts: await leyla.database.sourceTexts.toArray(), annotations: await leyla.database.annotations.toArray() };
    // Unbridged, so the clear is not a deletion for the team: the rebuild takes the document's word.
    leyla.bridge.stop();
    await leyla.database.annotations.clear();
    await leyla.database.sources.clear();
    await rebuildFromTeam(leyla.library, 'Leyla', leyla.database);
    expect(await leyla.database.sources.toArray()).toEqual(before.sources);
    expect(await leyla.database.sourceTexts.toArray()).toEqual(before.texts);
    expect(await leyla.database.annotations.toArray()).toEqual(before.annotations);
  });

  it('makes two copies of one article (two ids, one text) one on both sides: the lower id', async () => {
    let leylaSources: SourceRecord[] = [];
    let rashadSources: SourceRecord[] = [];
    const leyla = await replica('Leyla', async (database) => (leylaSources = await seedArticles(database)));
    const rashad = await replica('Rashad', async (database) => {
      rashadSources = await seedArticles(database);
      await addAnnotation(claimOn(rashadSources[0]!, 'claim-r'), database);
    });
    await pushLocalLibrary(leyla.library, leyla.database);
    relay(leyla, rashad);
    // Rashad's first connect: the team's records in, then his own out.
    await applyRemoteChanges(rashad.library, allTeamRecords(rashad.library), 'Rashad', rashad.database);
    await pushLocalLibrary(rashad.library, rashad.database);
    await settle();
    const kept = leylaSources.map((source, index) => [source.id, rashadSources[index]!.id].sort()[0]!);
    for (const r of [leyla, rashad]) {
      expect((await r.database.sources.toCollection().primaryKeys()).sort()).toEqual([...kept].sort());
      expect((await r.database.annotations.get('claim-r'))?.sourceId).toBe(kept[0]);
    }
  });
});
