// The library's side of team sync: records derived from the team document written into the app's
// tables (each batch one transaction, never reported back to the bridge), the tables rebuilt from
// it, and the reads the first push needs. What to write is decided in renderer/sync/.
import type { AnnotationConflict } from '../../shared/exchange';
import { annotationIdOfTeamConflict } from '../../shared/sync/teamConflicts';
import { SYNC_TABLES, type StoredSource, type SyncRecordTypes } from '../../shared/sync/tableRecords';
import type { SyncTable } from '../../shared/sync/teamLibrary';
import { runUnobserved } from './committedWrites';
import { db, type SourceText, type WorkbenchDatabase } from './database';
import { withStorageErrors } from './storageErrors';

export interface TeamRecordPut<T extends SyncTable = SyncTable> {
  readonly table: T;
  readonly record: SyncRecordTypes[T];
}

export interface TeamRecordWrites {
  readonly puts: readonly TeamRecordPut[];
  readonly deletes: readonly { readonly table: SyncTable; readonly key: string | [string, string] }[];
  /** Article texts of sources put here (`sourceTexts` rows). */
  readonly texts: readonly SourceText[];
  readonly conflictPuts: readonly AnnotationConflict[];
  readonly conflictDeletes: readonly string[];
}

/** Sources from the team document that another article of this library already holds (same text). */
export interface TeamWriteOutcome {
  readonly sourcesHeldElsewhere: readonly string[];
}

const TEAM_TABLES = [...SYNC_TABLES, 'sourceTexts', 'conflicts'] as const;

async function writeAll(database: WorkbenchDatabase, writes: TeamRecordWrites): Promise<TeamWriteOutcome> {
  const heldElsewhere: string[] = [];
  const written = new Set<string>();
  for (const put of writes.puts) {
    if (put.table === 'sources') {
      const source = put.record as StoredSource;
      // The text hash is unique in the library: a colleague's copy of an article this library
      // holds under another id stays in the team document, and the library keeps its own.
      const holder = await database.sources.where('textHash').equals(source.textHash).first();
      if (holder && holder.id !== source.id) {
        heldElsewhere.push(source.id);
        continue;
      }
      written.add(source.id);
    }
    await database.table(put.table).put(put.record);
  }
  await database.sourceTexts.bulkPut(writes.texts.filter((text) => written.has(text.id)));
  for (const removal of writes.deletes) await database.table(removal.table).delete(removal.key);
  await database.conflicts.bulkDelete([...writes.conflictDeletes]);
  await database.conflicts.bulkPut([...writes.conflictPuts]);
  return { sourcesHeldElsewhere: heldElsewhere };
}

/**
 * Writes what `derive` returns in one transaction. It is called inside the transaction, after the
 * library's own writes before it have committed, so it reads the team document as of then.
 */
export async function writeTeamRecords(derive: () => TeamRecordWrites, database: WorkbenchDatabase = db): Promise<TeamWriteOutcome> {
  return withStorageErrors(() =>
    runUnobserved(database, TEAM_TABLES, async () => {
      // A read first: the transaction is running, so every earlier write is in.
      await database.conflicts.count();
      return writeAll(database, derive());
    }),
  );
}

/**
 * Replaces the synced tables with what the team document derives to, in one transaction: the
 * app's tables are derived data and can always be rebuilt from it. Shared-file conflicts stay;
 * the article files and page starts (not synced) stay beside sources that remain.
 */
export async function replaceTeamTables(derive: () => TeamRecordWrites, database: WorkbenchDatabase = db): Promise<TeamWriteOutcome> {
  return withStorageErrors(() =>
    runUnobserved(database, TEAM_TABLES, async () => {
      for (const table of SYNC_TABLES) await database.table(table).clear();
      await database.sourceTexts.clear();
      const teamConflicts = (await database.conflicts.toCollection().primaryKeys()).filter((id) => annotationIdOfTeamConflict(id) !== undefined);
      await database.conflicts.bulkDelete(teamConflicts);
      return writeAll(database, derive());
    }),
  );
}

/** Every record of a synced table, as stored. */
export async function readSyncedTable<T extends SyncTable>(table: T, database: WorkbenchDatabase = db): Promise<SyncRecordTypes[T][]> {
  return (await database.table(table).toArray()) as SyncRecordTypes[T][];
}

/** The stored text of an article, by source id. */
export async function readSourceText(sourceId: string, database: WorkbenchDatabase = db): Promise<string | undefined> {
  return (await database.sourceTexts.get(sourceId))?.text;
}

/** The primary keys of a synced table (to find what a range delete took). */
export async function readSyncedKeys(table: SyncTable, database: WorkbenchDatabase = db): Promise<unknown[]> {
  return database.table(table).toCollection().primaryKeys();
}
