// The direct path from a write to the search index: the window's writes handed over whole as
// their transaction commits, taken in by the indexer with no read of IndexedDB, the change notice
// that follows then finding nothing new; and changes held while indexing is paused for an import.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSelection } from '../../../shared/anchoring/selectors';
import { createAnnotation, type Annotation, type Source } from '../../../shared/model';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import { addAnnotation, deleteAnnotation, updateAnnotation } from '../../../renderer/db/annotations';
import { onSearchedWrites, type SearchedWrites } from '../../../renderer/db/searchedWrites';
import { DeferredChanges } from '../../../renderer/workers/deferredChanges';
import { SearchIndexer } from '../../../renderer/workers/searchIndexer';
import { changedSearchKeys } from '../../../renderer/workers/storageChanges';
import { seedArticles } from '../db/seedLibrary';

let serial = 0;
const opened: WorkbenchDatabase[] = [];
const unsubscribe: (() => void)[] = [];

async function library(): Promise<WorkbenchDatabase> {
  serial += 1;
  const database = new WorkbenchDatabase(`searched-writes-${serial}`);
  opened.push(database);
  await database.open();
  return database;
}

afterEach(async () => {
  for (const stop of unsubscribe.splice(0)) stop();
  for (const database of opened.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
});

function collectWrites(database: WorkbenchDatabase): SearchedWrites[] {
  const seen: SearchedWrites[] = [];
  unsubscribe.push(onSearchedWrites((writes) => seen.push(writes), database));
  return seen;
}

function tagged(source: Pick<Source, 'id' | 'textHash'>, noteText: string): Annotation {
  return createAnnotation({ source, placement: describeSelection('Baku said on Monday', 0, 4), kind: 'claim', author: 'Leyla', fields: { actor: 'Baku', noteText } });
}

function annotationIds(indexer: SearchIndexer, query: string): string[] {
  return indexer.search(query).groups.flatMap((g) => g.hits.filter((h) => h.kind === 'annotation').map((h) => h.annotationId));
}

describe('the window writes reaching the search index', () => {
  it('hands over each committed annotation whole, and deletes as keys', async () => {
    const database = await library();
    const [source] = await seedArticles(database);
    if (!source) throw new Error('no source');
    const seen = collectWrites(database);
    const annotation = tagged(source, 'wombat');
    await addAnnotation(annotation, database);
    await updateAnnotation(annotation.id, { tags: ['quokkas'] }, 'Leyla', database);
    await deleteAnnotation(annotation.id, database);
    expect(seen).toHaveLength(3);
    expect(seen[0]?.annotations.map((a) => a.id)).toEqual([annotation.id]);
    expect(seen[1]?.annotations[0]?.tags).toEqual(['quokkas']);
    expect(seen[2]).toMatchObject({ annotations: [], annotationKeys: [annotation.id], all: false });
  });

  it('leaves a large write (an import) to the change notice', async () => {
    const database = await library();
    const [source] = await seedArticles(database);
    if (!source) throw new Error('no source');
    const seen = collectWrites(database);
    await database.annotations.bulkAdd(Array.from({ length: 201 }, (_, i) => tagged(source, `import ${i}`)));
    await database.annotations.bulkAdd(Array.from({ length: 200 }, (_, i) => tagged(source, `small ${i}`)));
    expect(seen.map((writes) => writes.annotations.length)).toEqual([200]);
  });

  it('hands over nothing from a transaction that fails', async () => {
    const database = await library();
    const [source] = await seedArticles(database);
    if (!source) throw new Error('no source');
    const seen = collectWrites(database);
    await expect(
      database.transaction('rw', database.annotations, async () => {
        await database.annotations.add(tagged(source, 'never'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(seen).toEqual([]);
  });

  it('indexes a write without reading it, and the notice after it changes nothing', async () => {
    const database = await library();
    const [source] = await seedArticles(database);
    if (!source) throw new Error('no source');
    let updates = 0;
    const indexer = new SearchIndexer(database, () => undefined, () => (updates += 1));
    await indexer.start();
    // Never stored: only the handed-over record can make it findable.
    const unstored = tagged(source, 'platypus');
    await indexer.takeWritten({ annotations: [unstored], dossiers: [], sourceKeys: [], annotationKeys: [], dossierKeys: [], all: false });
    expect(annotationIds(indexer, 'platypus')).toEqual([unstored.id]);
    expect(updates).toBe(1);

    const seen = collectWrites(database);
    const notices: ReturnType<typeof changedSearchKeys>[] = [];
    const listener = (parts: Readonly<Record<string, unknown>>): void => void notices.push(changedSearchKeys(parts, database.name));
    Dexie.on('storagemutated', listener);
    unsubscribe.push(() => Dexie.on('storagemutated').unsubscribe(listener));
    const stored = tagged(source, 'echidna');
    await addAnnotation(stored, database);
    for (const writes of seen) await indexer.takeWritten(writes);
    expect(updates).toBe(2);
    for (const notice of notices) if (notice) await indexer.update(notice);
    expect(updates).toBe(2);
    expect(annotationIds(indexer, 'echidna')).toEqual([stored.id]);

    await deleteAnnotation(stored.id, database);
    for (const writes of seen.slice(1)) await indexer.takeWritten(writes);
    expect(annotationIds(indexer, 'echidna')).toEqual([]);
    expect(updates).toBe(3);
  });
});

describe('indexing paused for an import', () => {
  it('holds changes until the last resume, then gives them as one batch', () => {
    const deferred = new DeferredChanges();
    expect(deferred.resume()).toBeNull();
    deferred.pause();
    deferred.pause();
    expect(deferred.paused).toBe(true);
    deferred.hold({ sources: new Set(['s1']), annotations: new Set(['a1']), dossiers: new Set() });
    deferred.holdWritten({ annotations: [{ id: 'a2' } as Annotation], dossiers: [], sourceKeys: [], annotationKeys: ['a3'], dossierKeys: ['d1'], all: false });
    expect(deferred.resume()).toBeNull();
    expect(deferred.resume()).toEqual({ sources: new Set(['s1']), annotations: new Set(['a1', 'a3', 'a2']), dossiers: new Set(['d1']) });
    expect(deferred.paused).toBe(false);

    deferred.pause();
    deferred.hold({ sources: new Set(), annotations: new Set(['a1']), dossiers: new Set() });
    deferred.hold('all');
    expect(deferred.resume()).toBe('all');
  });
});
