// The library's side of team sync: records derived from the team document written into the app's
// tables (each batch one transaction, never reported back to the bridge), the tables rebuilt from
// it, and the reads the first push needs. What to write is decided in renderer/sync/.
import { annotationIdOfTeamConflict } from '../../shared/sync/teamConflicts';
import { recordOfTeamConflict } from '../../shared/sync/teamRecordConflicts';
import { selectDossierMaterial, dossierAnnotationIds, type DossierMaterial } from '../../shared/sync/dossierScope';
import { SYNC_TABLES, type StoredSource, type SyncRecordTypes } from '../../shared/sync/tableRecords';
import type { SyncTable } from '../../shared/sync/teamLibrary';
import { runUnobserved } from './committedWrites';
import { db, type SourceText, type StoredConflict, type WorkbenchDatabase } from './database';
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
  readonly conflictPuts: readonly StoredConflict[];
  readonly conflictDeletes: readonly string[];
}

/** A record this library changed itself while taking a colleague's copy of an article in. */
export interface MovedRecord<T extends SyncTable = SyncTable> {
  readonly table: T;
  readonly before: SyncRecordTypes[T];
  /** Undefined when the record was deleted (its copy of the article). */
  readonly after: SyncRecordTypes[T] | undefined;
}

export interface TeamWriteOutcome {
  /** Team sources this library holds under another id (same text), kept out until the team settles on one. */
  readonly sourcesHeldElsewhere: readonly string[];
  /** What moving onto a colleague's copy of an article changed here: it goes out to the team. */
  readonly moved: readonly MovedRecord[];
}

const TEAM_TABLES = [...SYNC_TABLES, 'sourceTexts', 'conflicts', 'sourceFiles', 'sourcePages'] as const;

/**
 * Two copies of one article (same text, two ids: two analysts imported it, or both have the
 * samples) become one, the lower id, on every replica alike: this library moves its copy's
 * annotations, earlier texts, file and pages onto the colleague's id and deletes its copy.
 */
async function moveOntoTeamCopy(database: WorkbenchDatabase, local: StoredSource, team: StoredSource, moved: MovedRecord[]): Promise<void> {
  for (const annotation of await database.annotations.where('sourceId').equals(local.id).toArray()) {
    const after = { ...annotation, sourceId: team.id };
    await database.annotations.put(after);
    moved.push({ table: 'annotations', before: annotation, after });
  }
  for (const version of await database.sourceVersions.where('sourceId').equals(local.id).toArray()) {
    await database.sourceVersions.delete([version.sourceId, version.textHash]);
    const after = { ...version, sourceId: team.id };
    await database.sourceVersions.put(after);
    moved.push({ table: 'sourceVersions', before: version, after: undefined }, { table: 'sourceVersions', before: version, after });
  }
  const [file, pages] = [await database.sourceFiles.get(local.id), await database.sourcePages.get(local.id)];
  if (file) await database.sourceFiles.put({ ...file, id: team.id });
  if (pages) await database.sourcePages.put({ ...pages, id: team.id });
  await database.sourceFiles.delete(local.id);
  await database.sourcePages.delete(local.id);
  await database.sourceTexts.delete(local.id);
  await database.sources.delete(local.id);
  moved.push({ table: 'sources', before: local, after: undefined });
}

/**
 * `teamCopyWins`: a read-only member's copy never reaches the team, so it always moves onto the
 * team's copy; otherwise, of two copies of one article, the lower id stays.
 */
async function writeAll(database: WorkbenchDatabase, writes: TeamRecordWrites, teamCopyWins: boolean): Promise<TeamWriteOutcome> {
  const heldElsewhere: string[] = [];
  const moved: MovedRecord[] = [];
  const written = new Set<string>();
  for (const put of writes.puts) {
    if (put.table === 'sources') {
      const source = put.record as StoredSource;
      // The text hash is unique in the library: of two copies of one article the lower id stays.
      const holder = await database.sources.where('textHash').equals(source.textHash).first();
      if (holder && holder.id < source.id && !teamCopyWins) {
        heldElsewhere.push(source.id);
        continue;
      }
      if (holder && holder.id !== source.id) await moveOntoTeamCopy(database, holder, source, moved);
      written.add(source.id);
    }
    await database.table(put.table).put(put.record);
  }
  await database.sourceTexts.bulkPut(writes.texts.filter((text) => written.has(text.id)));
  for (const removal of writes.deletes) await database.table(removal.table).delete(removal.key);
  await database.conflicts.bulkDelete([...writes.conflictDeletes]);
  await database.conflicts.bulkPut([...writes.conflictPuts]);
  return { sourcesHeldElsewhere: heldElsewhere, moved };
}

/**
 * Writes what `derive` returns in one transaction. It is called inside the transaction, after the
 * library's own writes before it have committed, so it reads the team document as of then.
 */
export async function writeTeamRecords(derive: () => TeamRecordWrites, database: WorkbenchDatabase = db, teamCopyWins = false): Promise<TeamWriteOutcome> {
  return withStorageErrors(() =>
    runUnobserved(database, TEAM_TABLES, async () => {
      // A read first: the transaction is running, so every earlier write is in.
      await database.conflicts.count();
      return writeAll(database, derive(), teamCopyWins);
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
      const teamConflicts = (await database.conflicts.toCollection().primaryKeys()).filter((id) => annotationIdOfTeamConflict(id) !== undefined || recordOfTeamConflict(id) !== undefined);
      await database.conflicts.bulkDelete(teamConflicts);
      return writeAll(database, derive(), false);
    }),
  );
}

/** Every record of a synced table, as stored. */
export async function readSyncedTable<T extends SyncTable>(table: T, database: WorkbenchDatabase = db): Promise<SyncRecordTypes[T][]> {
  return (await database.table(table).toArray()) as SyncRecordTypes[T][];
}

/** One dossier's material as the library holds it now (what a team sharing only that dossier syncs). */
export async function readDossierMaterial(dossierId: string, database: WorkbenchDatabase = db): Promise<DossierMaterial> {
  return database.transaction('r', [database.dossiers, database.annotations, database.sources, database.sourceVersions, database.links, database.actors], async () => {
    const dossier = await database.dossiers.get(dossierId);
    const ids = dossier ? dossierAnnotationIds(dossier) : [];
    const annotations = (await database.annotations.bulkGet(ids)).filter((annotation) => annotation !== undefined);
    const sourceIds = [...new Set(annotations.map((annotation) => annotation.sourceId))];
    const [sources, sourceVersions, links, actors] = await Promise.all([
      database.sources.bulkGet(sourceIds),
      database.sourceVersions.where('sourceId').anyOf(sourceIds).toArray(),
      database.links.where('fromId').anyOf(ids).toArray(),
      // Actors are few (one record per merged or aliased name): reading them all is cheaper than matching names by index.
      database.actors.toArray(),
    ]);
    return selectDossierMaterial({ dossier, annotations, sources: sources.filter((source) => source !== undefined) as StoredSource[], sourceVersions, links, actors });
  });
}

/** The stored text of an article, by source id. */
export async function readSourceText(sourceId: string, database: WorkbenchDatabase = db): Promise<string | undefined> {
  return (await database.sourceTexts.get(sourceId))?.text;
}

/** The primary keys of a synced table (to find what a range delete took). */
export async function readSyncedKeys(table: SyncTable, database: WorkbenchDatabase = db): Promise<unknown[]> {
  return database.table(table).toCollection().primaryKeys();
}

/**
 * Closes team conflicts the library's own edit settled (not reported back: the edit went out
 * already). `ids` is asked inside the transaction, so a conflict a colleague's change opened again
 * meanwhile stays.
 */
export async function deleteTeamConflicts(ids: () => readonly string[], database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() => runUnobserved(database, ['conflicts'], () => database.conflicts.bulkDelete([...ids()])));
}
