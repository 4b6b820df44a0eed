// Reads for the search worker and the saved search index (schema version 5). The index is derived
// data: it is written whole, read whole, and dropped when its format version changes.
import type { Annotation, Dossier } from '../../shared/model';
import { db, type SearchIndexRecord, type SourceRecord, type WorkbenchDatabase } from './database';

/**
 * The key of a shard's saved index (renderer/workers/searchIndexer.ts): `library` for a single
 * index, `library 1 of 2` and so on when the library is searched in shards.
 */
export function searchIndexKey(shard: number, shards: number): string {
  return shards === 1 ? 'library' : `library ${shard + 1} of ${shards}`;
}

/** The tables whose changes the index follows. */
export const SEARCHED_TABLES = ['sources', 'sourceTexts', 'annotations', 'dossiers'] as const;
export type SearchedTable = (typeof SEARCHED_TABLES)[number];

export async function readSearchIndex(database: WorkbenchDatabase = db, key = searchIndexKey(0, 1)): Promise<SearchIndexRecord | undefined> {
  return database.searchIndex.get(key);
}

/**
 * Saves a shard's index under `key`, and drops the saved indexes of any other layout (`layout`: the
 * keys of every shard now): a library once searched whole keeps no 50 MB record nobody reads.
 */
export async function writeSearchIndex(record: Omit<SearchIndexRecord, 'key'>, database: WorkbenchDatabase = db, key = searchIndexKey(0, 1), layout: readonly string[] = [key]): Promise<void> {
  await database.transaction('rw', database.searchIndex, async () => {
    await database.searchIndex.where('key').noneOf([...layout]).delete();
    await database.searchIndex.put({ ...record, key });
  });
}

export async function clearSearchIndex(database: WorkbenchDatabase = db): Promise<void> {
  await database.searchIndex.clear();
}

export interface SearchedRecords {
  readonly sources: readonly SourceRecord[];
  readonly annotations: readonly Annotation[];
  readonly dossiers: readonly Dossier[];
}

/** Every source (without text), annotation and dossier: what the index is built from. */
export async function readAllSearched(database: WorkbenchDatabase = db): Promise<SearchedRecords> {
  return database.transaction('r', database.sources, database.annotations, database.dossiers, async () => ({
    sources: await database.sources.toArray(),
    annotations: await database.annotations.toArray(),
    dossiers: await database.dossiers.toArray(),
  }));
}

/** The given records of each table; a missing one is `undefined` (deleted). */
export async function readSearchedByKey(keys: { readonly sources: readonly string[]; readonly annotations: readonly string[]; readonly dossiers: readonly string[] }, database: WorkbenchDatabase = db): Promise<{
  readonly sources: readonly (SourceRecord | undefined)[];
  readonly annotations: readonly (Annotation | undefined)[];
  readonly dossiers: readonly (Dossier | undefined)[];
}> {
  return database.transaction('r', database.sources, database.annotations, database.dossiers, async () => ({
    sources: await database.sources.bulkGet([...keys.sources]),
    annotations: await database.annotations.bulkGet([...keys.annotations]),
    dossiers: await database.dossiers.bulkGet([...keys.dossiers]),
  }));
}

/** The texts of the given sources, in order (empty string when missing). */
export async function readTexts(ids: readonly string[], database: WorkbenchDatabase = db): Promise<string[]> {
  return (await database.sourceTexts.bulkGet([...ids])).map((record) => record?.text ?? '');
}
