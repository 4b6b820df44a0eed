// Schema version 6: a real version-4 database opened by the current code gains the actor tables
// and keeps every record; then actor changes, renames and imported actor records written and
// undone through renderer/db, and the editor's actor choices.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, WorkbenchDatabase } from '../../../renderer/db/database';
import { actorChoices, applyActorPlan, loadActorLibrary, loadNameTallies, redoActorPlan, undoActorPlan, writeRename, dismissAliasSuggestion } from '../../../renderer/db/actors';
import { addAnnotation } from '../../../renderer/db/annotations';
import { applyImportPlan, loadLibrarySnapshot, undoImportRecord } from '../../../renderer/db/exchange';
import { planMerge as planImport } from '../../../shared/exchange';
import { describeSelection } from '../../../shared/anchoring/selectors';
import { planMerge, planRename, summariseActors, type ChangeContext } from '../../../shared/actors';
import { createAnnotation, type Actor } from '../../../shared/model';

const TEXT = 'Masoud Pezeshkian called Aliyev; Masouz Pezeshkian urged Baku.';
const SOURCE = { id: 's1', textHash: 'd'.repeat(64) };

function context(records: readonly Actor[]): ChangeContext {
  return { records, editor: 'Leyla', now: new Date().toISOString(), newId: () => crypto.randomUUID() };
}

describe('schema upgrade to version 6', () => {
  it('keeps a version-4 library and adds empty actor tables', async () => {
    const name = 'upgrade-v4-actors';
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    const claim = createAnnotation({ source: SOURCE, placement: describeSelection(TEXT, 0, 17), kind: 'claim', author: 'Leyla', fields: { actor: 'Masoud Pezeshkian' } });
    await v4.table('annotations').add(claim);
    v4.close();

    const current = new WorkbenchDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(6);
    expect(await current.annotations.get(claim.id)).toEqual(claim);
    expect(await current.actors.count()).toBe(0);
    expect(await current.aliasDismissals.count()).toBe(0);
    const indexNames = [...current.backendDB().transaction('actors').objectStore('actors').indexNames];
    expect(indexNames).toEqual(['mergedInto']);
    const annotationIndexes = [...current.backendDB().transaction('annotations').objectStore('annotations').indexNames].sort();
    expect(annotationIndexes).toEqual(['[actor+kind]', 'actor', 'sourceId', 'target']);
    expect(await current.annotations.where('[actor+kind]').equals(['Masoud Pezeshkian', 'claim']).count()).toBe(1);
    current.close();
    await Dexie.delete(name);
  });
});

describe('actor changes in the library', () => {
  it('merges, undoes and redoes; renames every annotation in one step and undoes it as new revisions', async () => {
    const database = new WorkbenchDatabase('actors-db');
    await database.open();
    const first = createAnnotation({ source: SOURCE, placement: describeSelection(TEXT, 0, 17), kind: 'claim', author: 'Leyla', fields: { actor: 'Masoud Pezeshkian' } });
    const second = createAnnotation({ source: SOURCE, placement: describeSelection(TEXT, 33, 50), kind: 'claim', author: 'Leyla', fields: { actor: 'Masouz Pezeshkian', target: 'Masoud Pezeshkian' } });
    await addAnnotation(first, database);
    await addAnnotation(second, database);
    await dismissAliasSuggestion('a\u0000b', database);

    const names = async (): Promise<string[]> => {
      const library = await loadActorLibrary(database);
      return summariseActors(library.annotations, library.actors).rows.map((r) => [r.name, ...r.aliases].join(' = ')).sort();
    };
    expect((await loadNameTallies(database)).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'Masoud Pezeshkian', claims: 1, denials: 0, actions: 0, asTarget: 1 },
      { name: 'Masouz Pezeshkian', claims: 1, denials: 0, actions: 0, asTarget: 0 },
    ]);
    const before = await names();
    const library = await loadActorLibrary(database);
    expect(library.dismissed.has('a\u0000b')).toBe(true);
    const { directory } = summariseActors(library.annotations, library.actors);
    const merge = planMerge(directory.groupOf('Masoud Pezeshkian')!, directory.groupOf('Masouz Pezeshkian')!, context(library.actors));
    await applyActorPlan(merge, database);
    expect(await names()).toEqual(['Masoud Pezeshkian = Masouz Pezeshkian']);
    await undoActorPlan(merge, 'Leyla', database);
    expect(await names()).toEqual(before);
    await redoActorPlan(merge, 'Leyla', database);
    expect(await names()).toEqual(['Masoud Pezeshkian = Masouz Pezeshkian']);

    const merged = await loadActorLibrary(database);
    const d2 = summariseActors(merged.annotations, merged.actors).directory;
    const rename = planRename(d2.groupOf('Masoud Pezeshkian')!, 'President Pezeshkian', merged.annotations, d2, context(merged.actors));
    await writeRename(rename, 'forward', 'Leyla', database);
    expect((await database.annotations.get(first.id))).toMatchObject({ actor: 'President Pezeshkian', revision: 2, editedBy: 'Leyla' });
    expect((await database.annotations.get(second.id))).toMatchObject({ actor: 'Masouz Pezeshkian', target: 'President Pezeshkian', revision: 2 });
    expect(await names()).toEqual(['President Pezeshkian = Masouz Pezeshkian']);
    await writeRename(rename, 'back', 'Leyla', database);
    expect((await database.annotations.get(first.id))).toMatchObject({ actor: 'Masoud Pezeshkian', revision: 3 });
    expect((await database.annotations.get(second.id))).toMatchObject({ target: 'Masoud Pezeshkian', revision: 3 });
    expect(await names()).toEqual(['Masoud Pezeshkian = Masouz Pezeshkian']);
    database.close();
    await Dexie.delete('actors-db');
  });
});

describe('actors in a shared-file import', () => {
  it('writes the file’s actor records with the import and takes them back on undo', async () => {
    const database = new WorkbenchDatabase('actors-import');
    await database.open();
    const at = '2026-03-10T09:00:00.000Z';
    const mine: Actor = { id: 'a1', name: 'Masoud Pezeshkian', aliases: [], revision: 1, updatedAt: at };
    await database.actors.put(mine);
    const theirs: Actor = { ...mine, aliases: ['Iranian President'], revision: 2, updatedAt: '2026-03-11T09:00:00.000Z' };
    const added: Actor = { id: 'a2', name: 'Masouz Pezeshkian', aliases: [], mergedInto: 'a1', revision: 1, updatedAt: at };
    const content = { exportedAt: at, exportedBy: 'Bob', scope: { kind: 'library' as const, label: '' }, sources: [], annotations: [], links: [], dossiers: [], conflicts: [], actors: [theirs, added] };
    const plan = planImport(await loadLibrarySnapshot(database), content, { fileName: 'bob.dossier', now: at });
    const importId = await applyImportPlan(plan, database);
    expect(await database.actors.toArray()).toEqual([theirs, added]);
    await undoImportRecord(importId, 'Leyla', database);
    expect(await database.actors.toArray()).toEqual([expect.objectContaining({ id: 'a1', aliases: [], revision: 3, editedBy: 'Leyla' })]);
    database.close();
    await Dexie.delete('actors-import');
  });

  it('offers the editor one choice per actor, under its display name, with its aliases', async () => {
    const database = new WorkbenchDatabase('actors-choices');
    await database.open();
    const at = '2026-03-10T09:00:00.000Z';
    await addAnnotation(createAnnotation({ source: SOURCE, placement: describeSelection(TEXT, 0, 17), kind: 'claim', author: 'L', fields: { actor: 'Masoud Pezeshkian' } }), database);
    await addAnnotation(createAnnotation({ source: SOURCE, placement: describeSelection(TEXT, 33, 50), kind: 'claim', author: 'L', fields: { actor: 'Masouz Pezeshkian' } }), database);
    await database.actors.bulkPut([
      { id: 'a1', name: 'Masoud Pezeshkian', aliases: ['Iranian President'], revision: 1, updatedAt: at },
      { id: 'a2', name: 'Masouz Pezeshkian', aliases: [], mergedInto: 'a1', revision: 1, updatedAt: at },
    ]);
    expect(await actorChoices(database)).toEqual([{ name: 'Masoud Pezeshkian', aliases: ['Iranian President', 'Masouz Pezeshkian'] }]);
    database.close();
    await Dexie.delete('actors-choices');
  });
});
