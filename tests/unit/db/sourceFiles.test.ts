// Schema version 8: the original file and page starts of a PDF article, stored with it in one
// transaction, taken out with it on delete and put back by undo; and a real upgrade to it.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, WorkbenchDatabase } from '../../../renderer/db/database';
import { deleteSource, loadSource, restoreSource } from '../../../renderer/db/library';
import { addSourceWithOriginal, loadPageStarts, loadSourceFile } from '../../../renderer/db/sourceFiles';
import { draftFromPlainText } from '../../../shared/import/articleDraft';

let database: WorkbenchDatabase;
let counter = 0;

beforeEach(async () => {
  database = new WorkbenchDatabase(`files-${++counter}`);
  await database.open();
});

afterEach(async () => {
  database.close();
  await database.delete();
});

const original = (bytes: Uint8Array): { fileName: string; mediaType: string; blob: Blob } => ({
  fileName: 'readout.pdf',
  mediaType: 'application/pdf',
  blob: new Blob([bytes.slice()], { type: 'application/pdf' }),
});

describe('original files and pages (schema version 8)', () => {
  it('stores the article with its file and page starts, and a duplicate adds nothing', async () => {
    const draft = await draftFromPlainText('Page one text.\n\nPage two text.', 'file');
    const bytes = new TextEncoder().encode('%PDF-1.7 pretend');
    const added = await addSourceWithOriginal(draft, { file: original(bytes), pageStarts: [0, 16] }, database);
    expect(added.status).toBe('added');
    const id = added.status === 'added' ? added.source.id : '';
    expect(await loadPageStarts(id, database)).toEqual([0, 16]);
    const file = await loadSourceFile(id, database);
    expect(file?.fileName).toBe('readout.pdf');
    expect(new Uint8Array(await file!.blob.arrayBuffer())).toEqual(bytes);
    expect((await addSourceWithOriginal(draft, { file: original(bytes), pageStarts: [0, 3] }, database)).status).toBe('duplicate');
    expect(await database.sourceFiles.count()).toBe(1);
    expect(await loadPageStarts(id, database)).toEqual([0, 16]);
  });

  it('refuses bad page starts and stores nothing at all', async () => {
    const draft = await draftFromPlainText('Some text.', 'file');
    await expect(addSourceWithOriginal(draft, { pageStarts: [-1] }, database)).rejects.toThrow(/page list was not saved/);
    expect(await database.sources.count()).toBe(0);
    expect(await database.sourceTexts.count()).toBe(0);
  });

  it('deleting the article takes its file and pages; undo puts them back', async () => {
    const draft = await draftFromPlainText('Page one.\n\nPage two.', 'file');
    const added = await addSourceWithOriginal(draft, { file: original(new Uint8Array([37, 80, 68, 70])), pageStarts: [0, 11] }, database);
    const id = added.status === 'added' ? added.source.id : '';
    const deleted = await deleteSource(id, database);
    expect(await database.sourceFiles.count()).toBe(0);
    expect(await database.sourcePages.count()).toBe(0);
    await restoreSource(deleted, database);
    expect((await loadSource(id, database))?.text).toBe('Page one.\n\nPage two.');
    expect(await loadPageStarts(id, database)).toEqual([0, 11]);
    expect((await loadSourceFile(id, database))?.fileName).toBe('readout.pdf');
  });
});

describe('schema upgrade from version 4 to 8', () => {
  it('keeps every record and adds the empty file and page tables', async () => {
    const name = 'upgrade-v4-to-v8';
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    const now = new Date().toISOString();
    const source = {
      id: 's1', title: 'Readout', publisher: '', author: '', url: '', publishedDate: '', importedAt: now, updatedAt: now,
      language: 'en', textHash: 'd'.repeat(64), reliability: 'C', tags: [], origin: 'file',
    };
    await v4.table('sources').add(source);
    await v4.table('sourceTexts').add({ id: 's1', text: 'The talks resumed.' });
    expect(v4.verno).toBe(4);
    v4.close();

    const current = new WorkbenchDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(8);
    expect(await current.sources.get('s1')).toEqual(source);
    expect((await loadSource('s1', current))?.text).toBe('The talks resumed.');
    expect(await current.sourceFiles.count()).toBe(0);
    expect(await loadPageStarts('s1', current)).toBeUndefined();
    current.close();
    await Dexie.delete(name);
  });
});
