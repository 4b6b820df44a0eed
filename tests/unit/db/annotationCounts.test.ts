import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnnotationCounts, countChangeOf } from '../../../renderer/db/annotationCounts';
import { addAnnotation, deleteAnnotation, updateAnnotation } from '../../../renderer/db/annotations';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import { deleteSource } from '../../../renderer/db/library';
import { annotationFor, seedArticles } from './seedLibrary';

let database: WorkbenchDatabase;
let counter = 0;

beforeEach(async () => {
  database = new WorkbenchDatabase(`counts-${++counter}`);
  await database.open();
});

afterEach(async () => {
  database.close();
  await database.delete();
});

async function addArticle(text: string): Promise<{ id: string; hash: string }> {
  const [source] = await seedArticles(database, [text]);
  if (!source) throw new Error('the article was not added');
  return { id: source.id, hash: source.textHash };
}

/** A key range set as Dexie sends it: one node per key. */
function keys(...names: string[]): unknown {
  return names.reduceRight<unknown>((r, name) => ({ from: name, to: name, l: null, r }), null);
}

describe('what a change notice means for the counts', () => {
  const db = 'dw';
  it('recounts only the articles a written annotation names', () => {
    const change = countChangeOf({ 'idb://dw/annotations/': keys('a1'), 'idb://dw/annotations/:dels': keys('a1'), 'idb://dw/annotations/sourceId': keys('s1', 's2') }, db);
    expect(change).toEqual({ kind: 'sources', ids: new Set(['s1', 's2']) });
  });

  it('counts everything when the notice cannot say which articles changed', () => {
    // A delete by key: Dexie did not have the record in hand, so no article is named.
    expect(countChangeOf({ 'idb://dw/annotations/': keys('a1'), 'idb://dw/annotations/:dels': keys('a1') }, db)).toEqual({ kind: 'all' });
    expect(countChangeOf({ 'idb://dw/annotations/sourceId': { from: 'a', to: 'z', l: null, r: null } }, db)).toEqual({ kind: 'all' });
    expect(countChangeOf({ 'idb://dw/sources/': keys('s3') }, db)).toEqual({ kind: 'all' });
    expect(countChangeOf({ all: {} }, db)).toEqual({ kind: 'all' });
  });

  it('ignores other tables and other databases', () => {
    expect(countChangeOf({ 'idb://dw/links/': keys('l1'), 'idb://other/annotations/': keys('a1') }, db)).toEqual({ kind: 'none' });
    expect(countChangeOf({ 'idb://dw/sources/': null }, db)).toEqual({ kind: 'none' });
  });
});

describe('the annotation counts of the library list', () => {
  it('counts every article at the start, then follows tags, edits, deletes and articles removed', async () => {
    const first = await addArticle('Baku blamed Iran.');
    const second = await addArticle('Tehran denied it.');
    await database.annotations.bulkAdd([annotationFor(first.id, 'a1', first.hash), annotationFor(first.id, 'a2', first.hash)]);
    const counts = new AnnotationCounts(database);
    const changed = vi.fn();
    const stop = counts.subscribe(changed);
    await counts.settled();
    expect(counts.current()).toEqual(new Map([[first.id, 2]]));
    expect(changed).toHaveBeenCalled();

    // A write that changes no count (another table) leaves the counting ready for the next one.
    await database.settings.put({ key: 'unrelated', value: true });
    await counts.settled();
    // A tag recounts its own article only: the article list is not read again.
    const wholeCounts = vi.spyOn(database.sources, 'toCollection');
    await addAnnotation(annotationFor(second.id, 'b1', second.hash), database);
    await counts.settled();
    expect(counts.current()).toEqual(new Map([[first.id, 2], [second.id, 1]]));
    await updateAnnotation('b1', { note: 'checked' }, 'Analyst', database);
    await counts.settled();
    expect(wholeCounts).not.toHaveBeenCalled();

    await deleteAnnotation('a1', database);
    await counts.settled();
    expect(counts.current()?.get(first.id)).toBe(1);
    await deleteSource(second.id, database);
    await counts.settled();
    expect(counts.current()).toEqual(new Map([[first.id, 1]]));
    stop();
  });

  it('counts a library of more articles than one slice', async () => {
    const sources = await seedArticles(database, Array.from({ length: 450 }, (_, i) => `Article ${i} about Baku.`));
    await database.annotations.bulkAdd(sources.filter((_, i) => i % 3 === 0).map((source, i) => annotationFor(source.id, `x${i}`, source.textHash)));
    const counts = new AnnotationCounts(database);
    const stop = counts.subscribe(() => undefined);
    await counts.settled();
    expect(counts.current()?.size).toBe(150);
    expect([...(counts.current()?.values() ?? [])].every((n) => n === 1)).toBe(true);
    stop();
  });
});
