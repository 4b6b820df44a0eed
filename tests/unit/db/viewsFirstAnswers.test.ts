// The views worker's first answers before it has read the library (fake-indexeddb): the first
// claims found a block at a time with their answers, kept until a change, kept between sessions in
// a file (an in-memory stand-in for the origin private file system); and the whole library read in
// steps.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import { loadFirstPart, loadViewLibraryInSteps } from '../../../renderer/db/views';
import { FirstAnswers } from '../../../renderer/workers/viewsFirstAnswers';
import { FIRST_CLAIMS_QUERY, viewQueryKey, type ViewAnswer } from '../../../renderer/workers/viewsMessages';
import { readViewsSnapshot, removeViewsSnapshot, writeViewsSnapshot } from '../../../renderer/workers/viewsSnapshot';
import { NO_CLAIM_FILTER } from '../../../shared/claims/claimFilter';
import { annotation, link } from '../claims/fixtures';

/** Annotation ids sort in key order: a0000 … a0099. */
const id = (i: number): string => `a${String(i).padStart(4, '0')}`;

async function libraryWith(name: string, kinds: readonly ('claim' | 'denial' | 'action')[]): Promise<WorkbenchDatabase> {
  const database = new WorkbenchDatabase(name);
  await database.open();
  await database.annotations.bulkPut(kinds.map((kind, i) => annotation(id(i), kind, `Passage ${i}`)));
  return database;
}

/** A stand-in for navigator.storage.getDirectory(): files kept in a map. */
function memoryFileSystem(): Map<string, string> {
  const files = new Map<string, string>();
  const directory = {
    getFileHandle: (name: string, options?: { create?: boolean }) => {
      if (!files.has(name) && !options?.create) return Promise.reject(new DOMException('missing', 'NotFoundError'));
      return Promise.resolve({
        getFile: () => Promise.resolve({ text: () => Promise.resolve(files.get(name) ?? '') }),
        createWritable: () => {
          let text = '';
          return Promise.resolve({ write: (data: string) => Promise.resolve(void (text += data)), close: () => Promise.resolve(void files.set(name, text)) });
        },
      });
    },
    removeEntry: (name: string) => Promise.resolve(void files.delete(name)),
  };
  vi.stubGlobal('navigator', { storage: { getDirectory: () => Promise.resolve(directory) } });
  return files;
}

afterEach(() => vi.unstubAllGlobals());

describe('the first claims', () => {
  it('finds the first claims past many other annotations, with the answers linked to them', async () => {
    // 300 actions, then claims: the blocks double until enough claims are found.
    const kinds = [...Array.from({ length: 300 }, () => 'action' as const), ...Array.from({ length: 20 }, () => 'claim' as const), 'denial' as const];
    const database = await libraryWith('views-first-claims', kinds);
    await database.links.put(link(id(320), id(300), 'denies'));
    const part = await loadFirstPart({ claims: 5, annotations: 0 }, database);
    expect([...part.claimIds]).toEqual([300, 301, 302, 303, 304].map(id));
    expect(part.library.links.map((l) => l.fromId)).toEqual([id(320)]);
    expect(part.library.annotations.map((a) => a.id)).toContain(id(320));
    database.close();
  });

  it('reads the whole library in steps, every annotation once', async () => {
    const database = await libraryWith('views-steps', Array.from({ length: 23 }, (_, i) => (i % 2 ? 'claim' : 'action')));
    const library = await loadViewLibraryInSteps(database, 5);
    expect(library.annotations.map((a) => a.id)).toEqual(Array.from({ length: 23 }, (_, i) => id(i)));
    database.close();
  });
});

describe('first answers', () => {
  it('keeps an answer until a change, then reads it again', async () => {
    const database = await libraryWith('views-first-kept', ['claim', 'claim']);
    const first = new FirstAnswers(database, [FIRST_CLAIMS_QUERY]);
    const answer = await first.answerTo(FIRST_CLAIMS_QUERY);
    expect(answer.view === 'claims' && answer.page.rows).toHaveLength(2);
    await database.annotations.put(annotation(id(2), 'claim', 'A third claim'));
    // Kept: the same answer, even though the library changed (no notice yet).
    expect(await first.answerTo(FIRST_CLAIMS_QUERY)).toBe(answer);
    first.changed();
    const again = await first.answerTo(FIRST_CLAIMS_QUERY);
    expect(again.view === 'claims' && again.page.rows).toHaveLength(3);
    database.close();
  });

  it('knows a query by its content, whatever the order of its filter fields', () => {
    const reordered = { view: 'claims' as const, limit: 100, filter: Object.fromEntries(Object.entries(NO_CLAIM_FILTER).reverse()) as typeof NO_CLAIM_FILTER };
    expect(viewQueryKey(reordered)).toBe(viewQueryKey(FIRST_CLAIMS_QUERY));
    expect(viewQueryKey({ ...FIRST_CLAIMS_QUERY, limit: 200 })).not.toBe(viewQueryKey(FIRST_CLAIMS_QUERY));
  });
});

describe('the first answers file', () => {
  const answer: ViewAnswer = { view: 'actors', overview: { rows: [], usedNames: ['Aliyev'], suggestions: [] }, records: [], complete: true };

  it('gives back what was kept, as a first part, for the same database only', async () => {
    memoryFileSystem();
    await writeViewsSnapshot('library', new Map([['actors', answer]]));
    expect((await readViewsSnapshot('library')).get('actors')).toEqual({ ...answer, complete: false });
    expect((await readViewsSnapshot('another')).size).toBe(0);
    await removeViewsSnapshot();
    expect((await readViewsSnapshot('library')).size).toBe(0);
  });

  it('reads an unreadable file, or none at all, as no answers', async () => {
    const files = memoryFileSystem();
    files.set('views-first-answers.json', '{"format":1,');
    expect((await readViewsSnapshot('library')).size).toBe(0);
    vi.unstubAllGlobals();
    vi.stubGlobal('navigator', {});
    expect((await readViewsSnapshot('library')).size).toBe(0);
  });

  it('is taken in at start, and removed by a change', async () => {
    const files = memoryFileSystem();
    const database = await libraryWith('views-first-file', ['claim']);
    await writeViewsSnapshot(database.name, new Map([['actors', answer]]));
    const first = new FirstAnswers(database, [{ view: 'actors' }]);
    first.prepare();
    expect(await first.answerTo({ view: 'actors' })).toEqual({ ...answer, complete: false });
    first.changed();
    await vi.waitFor(() => expect(files.size).toBe(0));
    const read = await first.answerTo({ view: 'actors' });
    expect(read.view === 'actors' && read.overview.usedNames).toEqual([]);
    database.close();
  });
});
