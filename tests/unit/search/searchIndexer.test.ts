// The search worker's index over a real (fake-indexeddb) library: built with progress, changed
// records taken in from Dexie's change notices, saved and loaded again, rebuilt when its format
// version differs, and caught up at start with what changed while it was not running.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSelection } from '../../../shared/anchoring/selectors';
import { createAnnotation } from '../../../shared/model';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import { addAnnotation, updateAnnotation } from '../../../renderer/db/annotations';
import { newDossier, putDossier } from '../../../renderer/db/dossiers';
import { readSearchIndex, writeSearchIndex } from '../../../renderer/db/searchIndex';
import { SearchIndexer, type IndexStatus } from '../../../renderer/workers/searchIndexer';
import { changedSearchKeys } from '../../../renderer/workers/storageChanges';
import { seedArticles } from '../db/seedLibrary';

let serial = 0;
const opened: WorkbenchDatabase[] = [];

async function library(): Promise<WorkbenchDatabase> {
  serial += 1;
  const database = new WorkbenchDatabase(`search-indexer-${serial}`);
  opened.push(database);
  await database.open();
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
});

function indexerOf(database: WorkbenchDatabase): { indexer: SearchIndexer; statuses: IndexStatus[] } {
  const statuses: IndexStatus[] = [];
  return { indexer: new SearchIndexer(database, (status) => statuses.push(status)), statuses };
}

function annotationIds(indexer: SearchIndexer, query: string): string[] {
  return indexer.search(query).groups.flatMap((g) => g.hits.filter((h) => h.kind === 'annotation').map((h) => h.annotationId));
}

/** Collects Dexie's change notices for `database` until the returned function is called. */
function watchChanges(database: WorkbenchDatabase): () => ReturnType<typeof changedSearchKeys>[] {
  const seen: ReturnType<typeof changedSearchKeys>[] = [];
  const listener = (parts: Readonly<Record<string, unknown>>): void => void seen.push(changedSearchKeys(parts, database.name));
  Dexie.on('storagemutated', listener);
  return () => {
    Dexie.on('storagemutated').unsubscribe(listener);
    return seen;
  };
}

describe('the search indexer', () => {
  it('builds the whole index with progress, then finds articles by their text', async () => {
    const database = await library();
    await seedArticles(database);
    const { indexer, statuses } = indexerOf(database);
    await indexer.start();
    expect(statuses[0]).toEqual({ state: 'loading' });
    expect(statuses.some((s) => s.state === 'building')).toBe(true);
    expect(statuses.at(-1)).toMatchObject({ state: 'ready' });
    expect(indexer.search('nakhchivan').groups).toHaveLength(1);
    expect(await readSearchIndex(database)).toMatchObject({ formatVersion: expect.any(Number) });
  });

  it('takes in an annotation tagged and then edited, named by the change notice', async () => {
    const database = await library();
    const [source] = await seedArticles(database);
    if (!source) throw new Error('no source');
    const { indexer } = indexerOf(database);
    await indexer.start();

    const stop = watchChanges(database);
    const text = 'Baku said on Monday that drones crossed into Nakhchivan from the south.';
    const annotation = createAnnotation({ source, placement: describeSelection(text, 0, 4), kind: 'claim', author: 'Leyla', fields: { actor: 'Baku' } });
    await addAnnotation(annotation, database);
    await updateAnnotation(annotation.id, { tags: ['quokkas'] }, 'Leyla', database);
    const changes = stop();
    expect(changes).toContainEqual({ sources: new Set(), annotations: new Set([annotation.id]), dossiers: new Set() });
    for (const change of changes) if (change) await indexer.update(change);
    expect(annotationIds(indexer, 'quokkas')).toEqual([annotation.id]);
  });

  it('loads the saved index on the next start and catches up with changes made meanwhile', async () => {
    const database = await library();
    const [source] = await seedArticles(database);
    if (!source) throw new Error('no source');
    await indexerOf(database).indexer.start();

    const annotation = createAnnotation({ source, placement: describeSelection('Baku said', 0, 4), kind: 'claim', author: 'Leyla', fields: { noteText: 'wombat sighting' } });
    await addAnnotation(annotation, database);
    const { indexer, statuses } = indexerOf(database);
    await indexer.start();
    // Only the one record added meanwhile is indexed; the two articles come from the saved index.
    const building = statuses.filter((s) => s.state === 'building');
    expect(building.length).toBeGreaterThan(0);
    expect(building.every((s) => s.total === 1)).toBe(true);
    expect(indexer.search('nakhchivan').groups).toHaveLength(1);
    expect(annotationIds(indexer, 'wombat')).toEqual([annotation.id]);
  });

  it('rebuilds an index saved in another format version', async () => {
    const database = await library();
    await seedArticles(database);
    const first = indexerOf(database).indexer;
    await first.start();
    const saved = await readSearchIndex(database);
    if (!saved) throw new Error('not saved');
    await writeSearchIndex({ ...saved, formatVersion: saved.formatVersion - 1 }, database);

    const { indexer, statuses } = indexerOf(database);
    await indexer.start();
    expect(statuses.filter((s) => s.state === 'building').at(-1)).toEqual({ state: 'building', done: 2, total: 2 });
    expect((await readSearchIndex(database))?.formatVersion).toBe(saved.formatVersion);
    expect(indexer.search('tehran').groups).toHaveLength(2);
  });

  it('rebuilds a saved index of its own version that cannot be read back', async () => {
    const database = await library();
    await seedArticles(database);
    await indexerOf(database).indexer.start();
    const saved = await readSearchIndex(database);
    if (!saved) throw new Error('not saved');
    // Documents without the engine's number for each: damaged, or written by a build that never shipped.
    await writeSearchIndex({ ...saved, snapshot: { ...saved.snapshot, numbers: [] } }, database);

    const { indexer, statuses } = indexerOf(database);
    await indexer.start();
    expect(statuses.filter((s) => s.state === 'building').at(-1)).toEqual({ state: 'building', done: 2, total: 2 });
    expect(statuses.at(-1)).toMatchObject({ state: 'ready' });
    expect(indexer.search('tehran').groups).toHaveLength(2);
  });

  it('reads a clear of a table as "check everything", and ignores tables it does not search', () => {
    expect(changedSearchKeys({ 'idb://lib/annotations/': { from: -Infinity, to: [[]], d: 1 } }, 'lib')).toBe('all');
    expect(changedSearchKeys({ 'idb://lib/settings/': { from: 'settings', to: 'settings', d: 1 } }, 'lib')).toBeNull();
    expect(changedSearchKeys({ 'idb://other/annotations/': { from: 'a', to: 'a', d: 1 } }, 'lib')).toBeNull();
    expect(changedSearchKeys({ 'idb://lib/sourceTexts/': { from: 'b', to: 'b', d: 2, l: { from: 'a', to: 'a', d: 1 } } }, 'lib')).toEqual({
      sources: new Set(['a', 'b']),
      annotations: new Set(),
      dossiers: new Set(),
    });
  });

  it('holds one shard of the library when told to (articles with their annotations, dossiers), saved under its own key, and drops a whole-library index saved before', async () => {
    const database = await library();
    const sources = await seedArticles(database);
    const text = 'Baku said on Monday that drones crossed into Nakhchivan from the south.';
    const annotations = sources.map((source, i) => createAnnotation({ id: `shard-note-${i}`, source, placement: describeSelection(text, 0, 4), kind: 'claim', author: 'Leyla', fields: { actor: 'Baku', tags: ['quokkas'] } }));
    for (const annotation of annotations) await addAnnotation(annotation, database);
    const dossiers = ['dossier-1', 'dossier-2', 'dossier-3', 'dossier-4'].map((id) => ({ ...newDossier({ title: `Quokka file ${id}`, handling: 'Internal' }), id }));
    for (const dossier of dossiers) await putDossier(dossier, database);
    const whole = indexerOf(database).indexer;
    await whole.start();
    expect(await readSearchIndex(database)).toBeDefined();
    const updates = [0, 0];
    const shards = [0, 1].map((shard) => new SearchIndexer(database, () => undefined, () => (updates[shard] = (updates[shard] ?? 0) + 1), { shard, shards: 2 }));
    for (const shard of shards) await shard.start();
    // Every document in exactly one shard; an article, its chunks and its annotations in the same one.
    const held = shards.map((shard) => [...shard.engineIndex.numberOf.keys()]);
    expect(held.flat().sort()).toEqual([...whole.engineIndex.numberOf.keys()].sort());
    for (const [i, source] of sources.entries()) {
      const owner = held.findIndex((ids) => ids.includes(`s:${source.id}`));
      expect(held.filter((ids) => ids.includes(`s:${source.id}`))).toHaveLength(1);
      expect(held[owner]).toContain(`a:${annotations[i]?.id}`);
    }
    for (const dossier of dossiers) expect(held.filter((ids) => ids.includes(`d:${dossier.id}`))).toHaveLength(1);
    expect(held.every((ids) => ids.some((id) => id.startsWith('d:')))).toBe(true);
    expect(await database.searchIndex.toCollection().primaryKeys()).toEqual(['library 1 of 2', 'library 2 of 2']);
    expect(await readSearchIndex(database)).toBeUndefined();

    // A tag written in one shard's article is taken in by that shard alone; the other says nothing.
    const tagged = createAnnotation({ id: 'shard-note-new', source: sources[0] ?? { id: '', textHash: '' }, placement: describeSelection(text, 5, 9), kind: 'denial', author: 'Leyla' });
    const owner = held.findIndex((ids) => ids.includes(`s:${tagged.sourceId}`));
    const before = [...updates];
    for (const shard of shards) await shard.takeWritten({ annotations: [tagged], dossiers: [], sourceKeys: [], annotationKeys: [], dossierKeys: [], all: false });
    expect(shards.map((shard) => shard.engineIndex.numberOf.has(`a:${tagged.id}`))).toEqual([owner === 0, owner === 1]);
    expect(updates.map((n, shard) => n - (before[shard] ?? 0))).toEqual([owner === 0 ? 1 : 0, owner === 1 ? 1 : 0]);
  });
});
