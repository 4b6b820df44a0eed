// Schema version 5: a real version-4 library opened by the current code keeps every record and
// gains the empty `searchIndex` table, which the search worker then fills.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, WorkbenchDatabase } from '../../../renderer/db/database';
import { loadSource } from '../../../renderer/db/library';
import { readSearchIndex } from '../../../renderer/db/searchIndex';
import { describeSelection } from '../../../shared/anchoring/selectors';
import { createAnnotation } from '../../../shared/model';
import { SearchIndexer } from '../../../renderer/workers/searchIndexer';

describe('schema upgrade from version 4', () => {
  it('keeps every record, adds the search index table, and search then finds the old records', async () => {
    const name = 'upgrade-v4';
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    const now = new Date().toISOString();
    const text = 'Bakı İranı günahlandırdı. Tehran denied it.';
    const source = {
      id: 's1', title: 'Naxçıvan', publisher: 'APA', author: '', url: '', publishedDate: '2026-03-09', importedAt: now, updatedAt: now,
      language: 'az', textHash: 'd'.repeat(64), reliability: 'B', tags: ['drones'], origin: 'file',
    };
    const annotation = createAnnotation({ source: { id: 's1', textHash: source.textHash }, placement: describeSelection(text, 26, 40), kind: 'denial', author: 'Leyla', fields: { actor: 'Tehran' } });
    await v4.table('sources').add(source);
    await v4.table('sourceTexts').add({ id: 's1', text });
    await v4.table('annotations').add(annotation);
    expect(v4.verno).toBe(4);
    v4.close();

    const current = new WorkbenchDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(5);
    expect(await current.sources.get('s1')).toEqual(source);
    expect((await loadSource('s1', current))?.text).toBe(text);
    expect(await current.annotations.get(annotation.id)).toEqual(annotation);
    expect(await current.searchIndex.count()).toBe(0);

    const indexer = new SearchIndexer(current, () => undefined);
    await indexer.start();
    expect(await readSearchIndex(current)).toBeDefined();
    expect(indexer.search('naxcivan').groups.map((g) => g.key)).toEqual(['s1']);
    expect(indexer.search('tehran').groups[0]?.hits.map((h) => h.kind)).toContain('annotation');
    current.close();
    await Dexie.delete(name);
  });
});
