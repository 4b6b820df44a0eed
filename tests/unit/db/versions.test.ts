// A new version in the library: one transaction that undo takes back to the exact earlier records.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, WorkbenchDatabase } from '../../../renderer/db/database';
import { addSourceFromDraft, loadSource } from '../../../renderer/db/library';
import { applyImportPlan, loadLibrarySnapshot, undoImportRecord } from '../../../renderer/db/exchange';
import { buildExchangeFile, parseExchangeText, planMerge, serializeExchangeFile } from '../../../shared/exchange';
import { articleVersions, applyNewVersion, loadNewVersionBasis, loadVersionText, revertNewVersion } from '../../../renderer/db/versions';
import { newVersionChange } from '../../../renderer/features/versions/newVersionChange';
import { draftFromPlainText } from '../../../shared/import/articleDraft';
import { sha256Hex } from '../../../shared/text/sha256';
import { planNewVersion, type NewVersionPlan } from '../../../shared/versions';
import { NEW_TEXT, OLD_TEXT, annotationsOn } from '../versions/versionSample';

let database: WorkbenchDatabase;
let counter = 0;

beforeEach(async () => {
  database = new WorkbenchDatabase(`versions-${++counter}`);
  await database.open();
});

afterEach(async () => {
  database.close();
  await database.delete();
});

async function seeded(): Promise<{ readonly sourceId: string; readonly plan: NewVersionPlan }> {
  const outcome = await addSourceFromDraft(await draftFromPlainText(OLD_TEXT, 'file', { title: 'Border strike' }), database);
  if (outcome.status !== 'added') throw new Error('not added');
  await database.annotations.bulkAdd(annotationsOn(outcome.source));
  const basis = await loadNewVersionBasis(outcome.source.id, database);
  const plan = planNewVersion({ ...basis, newText: NEW_TEXT, newTextHash: await sha256Hex(NEW_TEXT), now: '2026-03-10T08:00:00.000Z' });
  return { sourceId: outcome.source.id, plan };
}

async function everything(): Promise<unknown> {
  const tables = [database.sources, database.sourceTexts, database.annotations, database.sourceVersions, database.links];
  return Promise.all(tables.map((t) => t.toArray()));
}

describe('a new version of an article', () => {
  it('makes the new text current, keeps the old one and stores every placement in one step', async () => {
    const { sourceId, plan } = await seeded();
    await applyNewVersion(plan, '2026-03-10T08:00:00.000Z', database);
    const source = await loadSource(sourceId, database);
    expect(source?.text).toBe(NEW_TEXT);
    expect(source?.textHash).toBe(await sha256Hex(NEW_TEXT));
    expect(await loadVersionText(sourceId, await sha256Hex(OLD_TEXT), database)).toBe(OLD_TEXT);
    expect((await articleVersions(sourceId, database)).map((v) => [v.number, v.current])).toEqual([
      [1, false],
      [2, true],
    ]);
    const stored = await database.annotations.where('sourceId').equals(sourceId).toArray();
    expect(stored.map((a) => a.anchor.state).sort()).toEqual(['exact', 'fuzzy', 'moved', 'orphan']);
  });

  it('undo restores the exact earlier records, and redo the exact later ones', async () => {
    const { plan } = await seeded();
    const before = await everything();
    const change = newVersionChange(plan, 'Border strike', '2026-03-10T08:00:00.000Z', database);
    await change.run();
    const after = await everything();
    expect(after).not.toEqual(before);
    await change.undo();
    expect(await everything()).toEqual(before);
    await (change.redo ?? change.run)();
    expect(await everything()).toEqual(after);
  });

  it('takes a PDF article’s pages away with the old text, and undo brings them back exactly', async () => {
    const outcome = await addSourceFromDraft(await draftFromPlainText(OLD_TEXT, 'file', { title: 'Border strike' }), database);
    if (outcome.status !== 'added') throw new Error('not added');
    const sourceId = outcome.source.id;
    await database.sourcePages.put({ id: sourceId, pageStarts: [0, Math.floor(OLD_TEXT.length / 2)] });
    await database.annotations.bulkAdd(annotationsOn(outcome.source).map((a) => ({ ...a, pages: { first: 1, last: 2 } })));
    const basis = await loadNewVersionBasis(sourceId, database);
    const plan = planNewVersion({ ...basis, newText: NEW_TEXT, newTextHash: await sha256Hex(NEW_TEXT), now: '2026-03-10T08:00:00.000Z' });
    const withPages = async (): Promise<unknown> => [await everything(), await database.sourcePages.toArray()];
    const before = await withPages();
    const change = newVersionChange(plan, 'Border strike', '2026-03-10T08:00:00.000Z', database);
    await change.run();
    expect(await database.sourcePages.get(sourceId)).toBeUndefined();
    expect((await database.annotations.where('sourceId').equals(sourceId).toArray()).filter((a) => a.pages)).toEqual([]);
    await change.undo();
    expect(await withPages()).toEqual(before);
  });

  it('refuses, changing nothing, when an annotation changed since planning', async () => {
    const { plan } = await seeded();
    const edited = plan.annotationsBefore[0];
    if (!edited) throw new Error('no annotation');
    await database.annotations.put({ ...edited, actor: 'Someone', revision: edited.revision + 1 });
    const before = await everything();
    await expect(applyNewVersion(plan, '2026-03-10T08:00:00.000Z', database)).rejects.toThrow(/changed while the new version was prepared/);
    expect(await everything()).toEqual(before);
  });

  it('refuses to undo once annotations were made on the new version', async () => {
    const { sourceId, plan } = await seeded();
    const before = await applyNewVersion(plan, '2026-03-10T08:00:00.000Z', database);
    const source = await loadSource(sourceId, database);
    if (!source) throw new Error('gone');
    const later = annotationsOn(source, OLD_TEXT)[0];
    if (!later) throw new Error('no annotation');
    await database.annotations.add({ ...later, id: 'later' });
    await expect(revertNewVersion(plan, before, database)).rejects.toThrow(/undo those first/);
  });
});

describe('versions through a shared file', () => {
  it('are exported from one library, imported into another in the import transaction, and taken back by its undo', async () => {
    const { sourceId, plan } = await seeded();
    await applyNewVersion(plan, '2026-03-10T08:00:00.000Z', database);
    const snapshot = await loadLibrarySnapshot(database);
    const file = buildExchangeFile({ ...snapshot, exportedBy: 'Leyla', exportedAt: '2026-03-11T08:00:00.000Z', scope: { kind: 'library', label: 'all' }, includeText: true });
    const parsed = await parseExchangeText(serializeExchangeFile(file));
    if (!parsed.ok) throw new Error('the export did not read back');

    const other = new WorkbenchDatabase(`versions-other-${counter}`);
    await other.open();
    const importPlan = planMerge(await loadLibrarySnapshot(other), parsed.content, { fileName: 'leyla.dossier', now: '2026-03-11T09:00:00.000Z' });
    const importId = await applyImportPlan(importPlan, other);
    expect((await articleVersions(sourceId, other)).map((v) => v.number)).toEqual([1, 2]);
    expect(await loadVersionText(sourceId, await sha256Hex(OLD_TEXT), other)).toBe(OLD_TEXT);
    await undoImportRecord(importId, 'Someone', other);
    expect(await other.sourceVersions.count()).toBe(0);
    other.close();
    await other.delete();
  });
});

describe('schema upgrade to version 9', () => {
  it('keeps a version-4 library and adds the empty versions table', async () => {
    const name = 'upgrade-v4';
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    const now = '2026-03-09T09:00:00.000Z';
    const textHash = await sha256Hex(OLD_TEXT);
    await v4.table('sources').add({
      id: 's1', title: 'Border strike', publisher: '', author: '', url: '', publishedDate: '', importedAt: now, updatedAt: now,
      language: 'en', textHash, reliability: 'B', tags: [], origin: 'file',
    });
    await v4.table('sourceTexts').add({ id: 's1', text: OLD_TEXT });
    const annotations = annotationsOn({ id: 's1', textHash });
    await v4.table('annotations').bulkAdd(annotations);
    v4.close();

    const current = new WorkbenchDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(9);
    expect((await loadSource('s1', current))?.text).toBe(OLD_TEXT);
    expect(await current.annotations.where('sourceId').equals('s1').sortBy('id')).toEqual([...annotations].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await current.sourceVersions.count()).toBe(0);
    expect((await articleVersions('s1', current)).length).toBe(1);
    current.close();
    await Dexie.delete(name);
  });
});
