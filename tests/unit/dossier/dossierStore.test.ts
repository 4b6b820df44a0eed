import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import {
  deleteDossier,
  duplicateDossier,
  loadDossierContent,
  loadDossierSnapshot,
  modifyDossierItems,
  newDossier,
  putDossier,
  updateDossierFields,
} from '../../../renderer/db/dossiers';
import { addPassages, moveItem } from '../../../renderer/features/dossier/model/dossierItems';
import { buildExchangeFile, parseExchangeText, selectForExport, serializeExchangeFile } from '../../../shared/exchange';
import { annotation, link, source, sourceText } from './fixtures';

let database: WorkbenchDatabase;
let counter = 0;

beforeEach(async () => {
  database = new WorkbenchDatabase(`dossier-test-${++counter}`);
  await database.open();
  await database.sources.bulkPut([source('src-1'), source('src-2', { title: 'Airspace report' })]);
  await database.sourceTexts.bulkPut([
    { id: 'src-1', text: sourceText('src-1') },
    { id: 'src-2', text: sourceText('src-2') },
  ]);
  await database.annotations.bulkPut([annotation('a1'), annotation('a2', { kind: 'denial', sourceId: 'src-2' }), annotation('a3')]);
  await database.links.bulkPut([link('l1', 'a2', 'a1'), link('l2', 'a1', 'a3', 'supports')]);
});

afterEach(async () => {
  database.close();
  await database.delete();
});

describe('dossier store', () => {
  it('creates, renames, duplicates and deletes', async () => {
    const dossier = newDossier({ title: '  Baku and Tehran ', handling: 'Internal — do not forward' });
    expect(dossier).toMatchObject({ title: 'Baku and Tehran', subtitle: '', items: [] });
    await putDossier(dossier, database);
    await modifyDossierItems(dossier.id, (items) => addPassages(items, ['a1', 'a2']), database);

    const before = await updateDossierFields(dossier.id, { title: 'Renamed', summary: 'Why it matters' }, database);
    expect(before.title).toBe('Baku and Tehran');
    expect(await database.dossiers.get(dossier.id)).toMatchObject({ title: 'Renamed', summary: 'Why it matters' });
    await expect(updateDossierFields(dossier.id, { title: '   ' }, database)).rejects.toThrow();

    const copy = await duplicateDossier(dossier.id, 'Renamed (copy)', database);
    expect(copy.id).not.toBe(dossier.id);
    expect(copy.items.map((i) => i.type === 'passage' && i.annotationId)).toEqual(['a1', 'a2']);
    const original = await database.dossiers.get(dossier.id);
    expect(copy.items.map((i) => i.id)).not.toEqual(original?.items.map((i) => i.id));

    expect((await deleteDossier(dossier.id, database)).title).toBe('Renamed');
    expect(await database.dossiers.count()).toBe(1);
    await expect(deleteDossier(dossier.id, database)).rejects.toThrow(/no longer/);
  });

  it('changes items in one step and reports what they were, for undo', async () => {
    const dossier = newDossier({ title: 'Order' });
    await putDossier(dossier, database);
    const added = await modifyDossierItems(dossier.id, (items) => addPassages(items, ['a1', 'a2', 'a3']), database);
    expect(added.before).toEqual([]);
    const third = added.after[2];
    const moved = await modifyDossierItems(dossier.id, (items) => moveItem(items, third?.id ?? '', 0), database);
    expect(moved.after.map((i) => i.type === 'passage' && i.annotationId)).toEqual(['a3', 'a1', 'a2']);
    await modifyDossierItems(dossier.id, () => moved.before, database);
    const stored = await database.dossiers.get(dossier.id);
    expect(stored?.items.map((i) => i.type === 'passage' && i.annotationId)).toEqual(['a1', 'a2', 'a3']);
  });

  it('loads the records a dossier shows, including the far ends of its links', async () => {
    const dossier = newDossier({ title: 'Content' });
    await putDossier({ ...dossier, items: [...addPassages([], ['a2', 'gone'])] }, database);
    const content = await loadDossierContent(dossier.id, database);
    expect([...(content?.annotations.keys() ?? [])].sort()).toEqual(['a1', 'a2']);
    expect([...(content?.sources.keys() ?? [])].sort()).toEqual(['src-1', 'src-2']);
    expect(content?.links.map((l) => l.id)).toEqual(['l1']);
    expect(await loadDossierContent('missing', database)).toBeNull();
  });

  it('exports a shared file with the dossier, its annotations, their sources with text and the links between them', async () => {
    const dossier = newDossier({ title: 'Shared', handling: 'Internal' });
    await putDossier({ ...dossier, items: [...addPassages([], ['a1', 'a2'])] }, database);
    const snapshot = await loadDossierSnapshot(dossier.id, database);
    if (!snapshot) throw new Error('no snapshot');
    const chosen = selectForExport(snapshot, { kind: 'dossier', dossierId: dossier.id });
    const file = buildExchangeFile({
      ...chosen,
      exportedBy: 'Analyst',
      exportedAt: '2026-03-10T12:00:00.000Z',
      scope: { kind: 'dossier', label: 'Shared' },
      includeText: true,
    });
    const parsed = await parseExchangeText(serializeExchangeFile(file));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.content.dossiers.map((d) => d.title)).toEqual(['Shared']);
    expect(parsed.content.annotations.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(parsed.content.sources.map((s) => s.text).sort()).toEqual([sourceText('src-1'), sourceText('src-2')]);
    // l2 points at a3, which the dossier does not quote.
    expect(parsed.content.links.map((l) => l.id)).toEqual(['l1']);
  });
});
