// Team documents kept in IndexedDB through y-dexie (schema version 12): what a replica wrote is
// there after the database is closed and opened again, and a version-9 library upgrades to it.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V8, SCHEMA_V9, WorkbenchDatabase } from '../../../renderer/db/database';
import { closeTeamDoc, deleteTeamDoc, openTeamDoc } from '../../../renderer/sync/teamDocStore';
import { TeamLibrary } from '../../../shared/sync/teamLibrary';

let counter = 0;
const opened: WorkbenchDatabase[] = [];

function database(name: string): WorkbenchDatabase {
  const db = new WorkbenchDatabase(name);
  opened.push(db);
  return db;
}

afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

describe('team documents in IndexedDB (schema version 12)', () => {
  it('keeps every edit across a close and reopen of the database', async () => {
    const name = `team-doc-${++counter}`;
    const first = database(name);
    const doc = await openTeamDoc(first, 'team:analysts');
    const library = new TeamLibrary(doc, 'Alice');
    for (let i = 0; i < 50; i += 1) library.writeRecord('annotations', `a${i % 10}`, { note: `note ${i}` });
    library.addText('hash', 'The article.');
    const records = library.records('annotations');
    const state = Y.encodeStateVector(doc);
    await closeTeamDoc(first, doc);
    first.close();

    const second = database(name);
    const reopened = await openTeamDoc(second, 'team:analysts');
    expect(Y.encodeStateVector(reopened)).toEqual(state);
    const again = new TeamLibrary(reopened, 'Alice');
    expect(again.records('annotations')).toEqual(records);
    expect(again.text('hash')).toBe('The article.');
    await closeTeamDoc(second, reopened);
  });

  it('keeps documents of different teams apart, and forgets one on request', async () => {
    const db = database(`team-doc-${++counter}`);
    const one = await openTeamDoc(db, 'team:one');
    new TeamLibrary(one, 'Alice').writeRecord('dossiers', 'd1', { title: 'One' });
    await closeTeamDoc(db, one);
    const two = await openTeamDoc(db, 'team:two');
    expect(new TeamLibrary(two, 'Alice').records('dossiers')).toEqual([]);
    await closeTeamDoc(db, two);
    await deleteTeamDoc(db, 'team:one');
    const fresh = await openTeamDoc(db, 'team:one');
    expect(new TeamLibrary(fresh, 'Alice').records('dossiers')).toEqual([]);
    await closeTeamDoc(db, fresh);
  });

  it('opens a real version-9 library with every record kept and an empty team table', async () => {
    const name = `team-upgrade-${++counter}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    old.version(3).stores(SCHEMA_V3);
    old.version(4).stores(SCHEMA_V4);
    old.version(5).stores(SCHEMA_V5);
    old.version(6).stores(SCHEMA_V6);
    old.version(8).stores(SCHEMA_V8);
    old.version(9).stores(SCHEMA_V9);
    await old.open();
    await old.table('settings').put({ key: 'analystName', value: 'Alice' });
    await old.table('dossiers').put({ id: 'd1', title: 'Kept', updatedAt: '2026-01-01T00:00:00.000Z' });
    await old.table('sourceVersions').put({ sourceId: 's1', textHash: 'h', text: 'Old text.' });
    old.close();

    const current = database(name);
    await current.open();
    expect(current.verno).toBe(12);
    expect(await current.settings.get('analystName')).toEqual({ key: 'analystName', value: 'Alice' });
    expect(await current.dossiers.get('d1')).toMatchObject({ title: 'Kept' });
    expect(await current.sourceVersions.count()).toBe(1);
    expect(await current.teamDocs.count()).toBe(0);
    const doc = await openTeamDoc(current, 'team:analysts');
    new TeamLibrary(doc, 'Alice').writeRecord('annotations', 'a1', { note: 'synced' });
    await closeTeamDoc(current, doc);
    expect(await current.teamDocs.count()).toBe(1);
  });
});
