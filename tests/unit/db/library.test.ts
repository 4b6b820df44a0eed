import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftFromPlainText } from '../../../shared/import/articleDraft';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import {
  addSourceFromDraft,
  deleteSource,
  loadSource,
  restoreSource,
  updateSourceMetadata,
} from '../../../renderer/db/library';
import { countAnnotationsOfSource } from '../../../renderer/db/annotations';
import { StorageFullError, withStorageErrors } from '../../../renderer/db/storageErrors';
import { loadSettings, saveSettings } from '../../../renderer/db/settings';
import { annotationFor } from './seedLibrary';

let database: WorkbenchDatabase;
let counter = 0;

beforeEach(async () => {
  database = new WorkbenchDatabase(`test-${++counter}`);
  await database.open();
});

afterEach(async () => {
  database.close();
  await database.delete();
});

describe('the library store', () => {
  it('adds a source with its text and refuses the same text twice', async () => {
    const draft = await draftFromPlainText('Baku blamed Iran for the strike.', 'file');
    const first = await addSourceFromDraft(draft, database);
    expect(first.status).toBe('added');
    const second = await addSourceFromDraft({ ...draft, title: 'Another title' }, database);
    expect(second.status).toBe('duplicate');
    expect(await database.sources.count()).toBe(1);
    if (first.status !== 'added') throw new Error('unreachable');
    const loaded = await loadSource(first.source.id, database);
    expect(loaded?.text).toBe('Baku blamed Iran for the strike.');
    expect(loaded?.textHash).toBe(draft.textHash);
  });

  it('updates metadata and says when the source is gone', async () => {
    const outcome = await addSourceFromDraft(await draftFromPlainText('Text.', 'paste'), database);
    if (outcome.status !== 'added') throw new Error('unreachable');
    const metadata = { title: 'New', publisher: 'P', author: 'A', url: 'https://x.org', publishedDate: '2026-01-01', language: 'en', reliability: 'B' as const, tags: ['t'] };
    await updateSourceMetadata(outcome.source.id, metadata, database);
    expect(await database.sources.get(outcome.source.id)).toMatchObject(metadata);
    await expect(updateSourceMetadata('missing', metadata, database)).rejects.toThrow('This article is no longer in the library.');
  });

  it('deletes a source with its annotations and links, and restores all of it', async () => {
    const outcome = await addSourceFromDraft(await draftFromPlainText('Baku blamed Iran.', 'file'), database);
    if (outcome.status !== 'added') throw new Error('unreachable');
    const id = outcome.source.id;
    const hash = outcome.source.textHash;
    await database.annotations.bulkAdd([annotationFor(id, 'a1', hash), annotationFor(id, 'a2', hash), annotationFor('other', 'b1', hash)]);
    await database.links.bulkAdd([
      { id: 'l1', fromId: 'a1', toId: 'a2', type: 'supports', createdAt: new Date().toISOString() },
      { id: 'l2', fromId: 'b1', toId: 'a1', type: 'denies', createdAt: new Date().toISOString() },
    ]);
    expect(await countAnnotationsOfSource(id, database)).toBe(2);

    const deleted = await deleteSource(id, database);
    expect(deleted.annotations.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(deleted.links.map((l) => l.id).sort()).toEqual(['l1', 'l2']);
    expect(await database.sources.count()).toBe(0);
    expect(await database.sourceTexts.count()).toBe(0);
    expect(await database.annotations.count()).toBe(1);
    expect(await database.links.count()).toBe(0);

    await restoreSource(deleted, database);
    expect((await loadSource(id, database))?.text).toBe('Baku blamed Iran.');
    expect(await database.annotations.count()).toBe(3);
    expect(await database.links.count()).toBe(2);
  });

  it('keeps settings and falls back to defaults for damaged records', async () => {
    expect((await loadSettings(database)).analystName).toBe('');
    await saveSettings({ analystName: 'Leyla' }, database);
    expect((await loadSettings(database)).analystName).toBe('Leyla');
    await database.settings.put({ key: 'settings', value: { analystName: 42 } });
    expect((await loadSettings(database)).analystName).toBe('');
  });
});

describe('withStorageErrors', () => {
  it('turns a quota failure, even wrapped by Dexie, into a clear message', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const wrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota });
    await expect(withStorageErrors(() => Promise.reject(wrapped))).rejects.toBeInstanceOf(StorageFullError);
    await expect(withStorageErrors(() => Promise.reject(wrapped))).rejects.toThrow(/Storage is full.*Nothing was changed/);
  });

  it('passes other errors through', async () => {
    await expect(withStorageErrors(() => Promise.reject(new TypeError('boom')))).rejects.toThrow('boom');
  });

  it('leaves the library untouched when the app’s own write fails half way', async () => {
    await addSourceFromDraft(await draftFromPlainText('Original text.', 'file'), database);
    // The second of the import's two writes (the text, after its metadata) fails as a full disk makes it.
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const failTextWrite = (): never => {
      throw quota;
    };
    database.sourceTexts.hook('creating', failTextWrite);
    await expect(addSourceFromDraft(await draftFromPlainText('Another text.', 'file'), database)).rejects.toBeInstanceOf(StorageFullError);
    database.sourceTexts.hook('creating').unsubscribe(failTextWrite);
    expect((await database.sources.toArray()).map((s) => s.title)).toEqual(['Original text']);
    expect(await database.sourceTexts.count()).toBe(1);
  });
});
