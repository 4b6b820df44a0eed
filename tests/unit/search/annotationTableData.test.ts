// The annotation table's read: every annotation and article, and link counts at both ends.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAnnotation, addLink } from '../../../renderer/db/annotations';
import { loadAnnotationTableData } from '../../../renderer/db/annotationTable';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import { createAnnotation } from '../../../shared/model';
import { seedArticles } from '../db/seedLibrary';

let database: WorkbenchDatabase;
let counter = 0;

beforeEach(async () => {
  database = new WorkbenchDatabase(`annotation-table-${++counter}`);
  await database.open();
});

afterEach(async () => {
  database.close();
  await database.delete();
});

describe('loadAnnotationTableData', () => {
  it('reads annotations, articles without text, and links counted at either end', async () => {
    const [first, second] = await seedArticles(database);
    if (!first || !second) throw new Error('seeding failed');
    const make = (id: string, sourceId: string): ReturnType<typeof createAnnotation> =>
      createAnnotation({
        id,
        source: { id: sourceId, textHash: first.textHash },
        placement: { quote: { exact: 'Baku', prefix: '', suffix: '' }, position: { start: 0, end: 4 } },
        kind: 'claim',
        author: 'Leyla',
      });
    for (const annotation of [make('a', first.id), make('b', second.id), make('c', second.id)]) await addAnnotation(annotation, database);
    await addLink('a', 'b', 'denies', database);
    await addLink('c', 'b', 'supports', database);

    const data = await loadAnnotationTableData(database);
    expect(data.annotations.map((a) => a.id).sort()).toEqual(['a', 'b', 'c']);
    expect(data.sources).toHaveLength(2);
    expect(data.sources.every((s) => !('text' in s))).toBe(true);
    expect(Object.fromEntries(data.linkCounts)).toEqual({ a: 1, b: 2, c: 1 });
  });
});
