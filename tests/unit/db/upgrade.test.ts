// A real upgrade: a version-1 database written by the v1 schema, opened by the current code.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, WorkbenchDatabase } from '../../../renderer/db/database';
import { describeSelection } from '../../../shared/anchoring/selectors';
import { loadSource } from '../../../renderer/db/library';
import { createAnnotation } from '../../../shared/model';

describe('schema upgrade from version 1', () => {
  it('keeps every version-1 record and adds the conflict and import tables', async () => {
    const name = 'upgrade-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const now = new Date().toISOString();
    await v1.table('sources').add({
      id: 's1', title: 'Naxçıvan', publisher: '', author: '', url: '', publishedDate: '2026-03-09', importedAt: now, updatedAt: now,
      language: 'az', textHash: 'a'.repeat(64), reliability: 'B', tags: ['drones'], origin: 'file',
    });
    await v1.table('sourceTexts').add({ id: 's1', text: 'Bakı İranı günahlandırdı.' });
    await v1.table('settings').add({ key: 'settings', value: { analystName: 'Leyla', storagePersistence: 'granted' } });
    expect(v1.verno).toBe(1);
    v1.close();

    const current = new WorkbenchDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(2);
    expect((await loadSource('s1', current))?.text).toBe('Bakı İranı günahlandırdı.');
    expect((await current.sources.get('s1'))?.tags).toEqual(['drones']);
    expect(await current.sources.where('textHash').equals('a'.repeat(64)).count()).toBe(1);
    expect((await current.settings.get('settings'))?.value).toEqual({ analystName: 'Leyla', storagePersistence: 'granted' });
    expect(await current.conflicts.count()).toBe(0);
    expect(await current.imports.count()).toBe(0);
    current.close();
    await Dexie.delete(name);
  });
});

describe('schema upgrade from version 2', () => {
  it('keeps every annotation and drops only the indexes nothing queries', async () => {
    const name = 'upgrade-v2';
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const text = 'Baku accused Tehran; Tehran denied it.';
    const source = { id: 's1', textHash: 'b'.repeat(64) };
    const claim = createAnnotation({ source, placement: describeSelection(text, 0, 19), kind: 'claim', author: 'Leyla', fields: { actor: 'Baku', tags: ['drones'] } });
    const denial = createAnnotation({ source, placement: describeSelection(text, 21, 37), kind: 'denial', author: 'Leyla', fields: { actor: 'Tehran' } });
    await v2.table('annotations').bulkAdd([claim, denial]);
    expect(v2.verno).toBe(2);
    v2.close();

    const current = new WorkbenchDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(4);
    expect(await current.annotations.get(claim.id)).toEqual(claim);
    expect(await current.annotations.get(denial.id)).toEqual(denial);
    expect((await current.annotations.where('sourceId').equals('s1').toArray()).map((a) => a.id).sort()).toEqual([claim.id, denial.id].sort());
    expect(await current.annotations.orderBy('actor').uniqueKeys()).toEqual(['Baku', 'Tehran']);
    const indexNames = [...current.backendDB().transaction('annotations').objectStore('annotations').indexNames].sort();
    // Later versions add indexes of their own (version 6: [actor+kind], target); the dropped ones stay gone.
    expect(indexNames).toEqual(expect.arrayContaining(['actor', 'sourceId']));
    expect(indexNames).not.toEqual(expect.arrayContaining(['kind']));
    expect(indexNames).not.toEqual(expect.arrayContaining(['updatedAt']));
    expect(indexNames).not.toEqual(expect.arrayContaining(['tags']));
    current.close();
    await Dexie.delete(name);
  });
});

describe('schema upgrade from version 3', () => {
  it('keeps every source and drops the source indexes nothing queries', async () => {
    const name = 'upgrade-v3';
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    const now = new Date().toISOString();
    const source = {
      id: 's1', title: 'Naxçıvan', publisher: 'APA', author: '', url: '', publishedDate: '2026-03-09', importedAt: now, updatedAt: now,
      language: 'az', textHash: 'c'.repeat(64), reliability: 'B', tags: ['drones'], origin: 'file',
    };
    await v3.table('sources').add(source);
    await v3.table('sourceTexts').add({ id: 's1', text: 'Bakı İranı günahlandırdı.' });
    v3.close();

    const current = new WorkbenchDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(4);
    expect(await current.sources.get('s1')).toEqual(source);
    expect((await loadSource('s1', current))?.text).toBe('Bakı İranı günahlandırdı.');
    expect(await current.sources.where('textHash').equals('c'.repeat(64)).count()).toBe(1);
    const indexNames = [...current.backendDB().transaction('sources').objectStore('sources').indexNames].sort();
    expect(indexNames).toEqual(['textHash']);
    // Still unique: the same text twice is refused.
    await expect(current.table('sources').add({ ...source, id: 's2' })).rejects.toThrow();
    current.close();
    await Dexie.delete(name);
  });
});
