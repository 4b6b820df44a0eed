// The analyst's own writes into the team document: each committed transaction that changed a
// synced table becomes register edits for exactly the fields it changed (so a colleague's edit
// to another field, arrived meanwhile, is never written over), and the first connect of a
// library that already has records writes them in once.
import { WHOLE_LIBRARY, type DossierMaterial, type TeamSyncScope } from '../../shared/sync/dossierScope';
import { DELETED_FIELD, SYNC_TABLES, changedFields, contentConflicts, isStampField, recordFields, syncRecordId, syncRecordIdOfKey, type SyncRecordTypes } from '../../shared/sync/tableRecords';
import { annotationIdOfTeamConflict, teamConflictId } from '../../shared/sync/teamConflicts';
import { recordOfTeamConflict, teamRecordConflictId } from '../../shared/sync/teamRecordConflicts';
import type { JsonValue, RecordChange, SyncedRecord, SyncTable, TeamLibrary } from '../../shared/sync/teamLibrary';
import { onCommittedWrites, type CommittedBatch } from '../db/committedWrites';
import { db, type SourceText, type WorkbenchDatabase } from '../db/database';
import { deleteTeamConflicts, readDossierMaterial, readSourceText, readSyncedKeys, readSyncedTable } from '../db/teamRecords';

function isSyncTable(table: string): table is SyncTable {
  return (SYNC_TABLES as readonly string[]).includes(table);
}

/**
 * Writes one record's change. `settling` is true when the same transaction closed the record's
 * team conflict (the conflict view's choice): its conflicted fields are then resolved with the
 * chosen values, so the other replicas see the resolution. Stamp fields are always settled.
 */
export function pushRecord<T extends SyncTable>(library: TeamLibrary, table: T, before: SyncRecordTypes[T] | undefined, after: SyncRecordTypes[T], settling: boolean): void {
  const id = syncRecordId(table, after);
  const existing = library.record(table, id);
  const fields: Record<string, JsonValue> = { ...(existing ? changedFields(table, before, after) : recordFields(table, after)) };
  if (existing?.deleted) fields[DELETED_FIELD] = false;
  if (Object.keys(fields).length > 0) library.writeRecord(table, id, fields);
  const values = recordFields(table, after);
  for (const conflict of library.record(table, id)?.conflicts ?? []) {
    if (conflict.field === DELETED_FIELD) {
      if (settling) library.resolve(table, id, DELETED_FIELD, false);
    } else if (settling || isStampField(table, conflict.field)) {
      library.resolve(table, id, conflict.field, values[conflict.field] ?? null);
    }
  }
}

/** `settling`: the conflict view kept the deletion, so it settles a deletion conflict for every replica. */
/** Whether the record has a conflict the analyst must settle (a deleted record's only through its deletion). */
function standsInConflict(synced: SyncedRecord | undefined): boolean {
  return synced !== undefined && contentConflicts(synced).some((conflict) => !synced.deleted || conflict.field === DELETED_FIELD);
}

function pushDeletion(library: TeamLibrary, table: SyncTable, key: unknown, settling: boolean): void {
  const id = syncRecordIdOfKey(table, key);
  const existing = id === undefined ? undefined : library.record(table, id);
  if (id === undefined || !existing) return;
  if (!existing.deleted) library.deleteRecord(table, id);
  else if (settling && existing.conflicts.some((conflict) => conflict.field === DELETED_FIELD)) library.resolve(table, id, DELETED_FIELD, true);
}

/** The records whose conflict the batch closed (the conflict view's choice is written with it). */
function settledRecords(batch: CommittedBatch): ReadonlySet<string> {
  const settled = new Set<string>();
  for (const write of batch.writes) {
    if (write.table !== 'conflicts' || write.after !== undefined) continue;
    const annotationId = annotationIdOfTeamConflict(String(write.key));
    if (annotationId !== undefined) settled.add(`annotations\u0000${annotationId}`);
    const record = recordOfTeamConflict(String(write.key));
    if (record) settled.add(`${record.table}\u0000${record.recordId}`);
  }
  return settled;
}

/** A clear or range delete names no keys: what the team has and the table lacks was deleted. */
async function pushRangeDeletes(library: TeamLibrary, tables: readonly string[], database: WorkbenchDatabase): Promise<void> {
  for (const table of tables.filter(isSyncTable)) {
    const keys = await readSyncedKeys(table, database);
    const present = new Set(keys.map((key) => syncRecordIdOfKey(table, key)));
    for (const record of library.records(table)) if (!record.deleted && !present.has(record.id)) library.deleteRecord(table, record.id);
  }
}

/** Article texts written in the batch, by the hash of the source they belong to. */
async function pushTexts(library: TeamLibrary, batch: CommittedBatch, database: WorkbenchDatabase): Promise<void> {
  const hashes = new Map<string, string>();
  for (const write of batch.writes) {
    if (write.table === 'sources' && write.after) hashes.set(String(write.key), (write.after as SyncRecordTypes['sources']).textHash);
  }
  for (const write of batch.writes) {
    if (write.table !== 'sourceTexts' || !write.after) continue;
    const text = write.after as SourceText;
    const hash = hashes.get(text.id) ?? (await database.sources.get(text.id))?.textHash;
    if (hash) library.addText(hash, text.text);
  }
}

/** Writes one committed transaction's changes; the synchronous part runs before anything else can. */
function pushBatch(library: TeamLibrary, batch: CommittedBatch, database: WorkbenchDatabase): Promise<void> {
  const settled = settledRecords(batch);
  // Texts go in first, so a colleague never receives a source whose text has not arrived.
  const texts = pushTexts(library, batch, database);
  const closed: RecordChange[] = [];
  for (const write of batch.writes) {
    if (!isSyncTable(write.table)) continue;
    const id = syncRecordIdOfKey(write.table, write.key);
    const settling = id !== undefined && settled.has(`${write.table}\u0000${id}`);
    const conflictedBefore = id !== undefined && standsInConflict(library.record(write.table, id));
    if (write.after === undefined) {
      pushDeletion(library, write.table, write.key, settling);
    } else {
      if (write.table === 'sourceVersions') {
        const version = write.after as SyncRecordTypes['sourceVersions'];
        library.addText(version.textHash, version.text);
      }
      pushRecord(library, write.table, write.before as never, write.after as never, settling);
    }
    // Edited or deleted here past a conflict (not through the conflict view): its record closes too.
    if (conflictedBefore && id !== undefined && !standsInConflict(library.record(write.table, id))) closed.push({ table: write.table, recordId: id });
  }
  const stillClosed = (): string[] =>
    closed
      .filter(({ table, recordId }) => !standsInConflict(library.record(table, recordId)))
      .flatMap(({ table, recordId }) => [teamRecordConflictId(table, recordId), ...(table === 'annotations' ? [teamConflictId(recordId)] : [])]);
  const closing = closed.length > 0 ? deleteTeamConflicts(stillClosed, database) : undefined;
  return Promise.all([texts, pushRangeDeletes(library, batch.rangeDeletes, database), closing]).then(() => undefined);
}

/** Whether the team document holds the record a write names (in a dossier's document: it is in the dossier's material). */
function heldInDocument(library: TeamLibrary, table: string, key: unknown): boolean {
  if (table === 'sourceTexts') return library.record('sources', String(key)) !== undefined;
  if (!isSyncTable(table)) return true;
  const id = syncRecordIdOfKey(table, key);
  return id !== undefined && library.record(table, id) !== undefined;
}

/**
 * A dossier's document: changes to what it holds go out as in the whole library; a record it does
 * not hold goes out only once it is in the dossier's material (`pushLocalLibrary` with the scope
 * reads that anew), so nothing outside the dossier is ever written. `additions` keeps those turns in order.
 */
function pushScopedBatch(library: TeamLibrary, batch: CommittedBatch, database: WorkbenchDatabase, scope: TeamSyncScope, additions: { turn: Promise<unknown> }): Promise<void> {
  const held = batch.writes.filter((write) => heldInDocument(library, write.table, write.key));
  const pushed = pushBatch(library, { ...batch, writes: held }, database);
  // A passage added to the dossier names an annotation (and maybe an article) not sent yet.
  const mayAdd = batch.writes.some((write) => write.after !== undefined && isSyncTable(write.table) && (write.table === 'dossiers' || !held.includes(write)));
  if (mayAdd) additions.turn = additions.turn.then(() => pushLocalLibrary(library, database, scope));
  return Promise.all([pushed, additions.turn]).then(() => undefined);
}

export interface LocalCaptureOptions {
  readonly database?: WorkbenchDatabase;
  /** What the team document holds: the whole library (the default) or one dossier's material. */
  readonly scope?: TeamSyncScope;
  /** False for a read-only member: nothing of theirs would reach anyone. */
  readonly canWrite: () => boolean;
  readonly onError: (error: unknown) => void;
}

/** Starts writing the library's own changes into the team document; returns the stop. */
export function captureLocalWrites(library: TeamLibrary, options: LocalCaptureOptions): () => void {
  const database = options.database ?? db;
  const scope = options.scope ?? WHOLE_LIBRARY;
  const additions = { turn: Promise.resolve() as Promise<unknown> };
  return onCommittedWrites(database, [...SYNC_TABLES, 'sourceTexts', 'conflicts'], (batch) => {
    if (!options.canWrite()) return;
    const pushed = scope.kind === 'library' ? pushBatch(library, batch, database) : pushScopedBatch(library, batch, database, scope, additions);
    void pushed.catch(options.onError);
  });
}

/** The records the team document should hold: every record of the library, or the dossier's material. */
async function recordsInScope(scope: TeamSyncScope, database: WorkbenchDatabase): Promise<<T extends SyncTable>(table: T) => Promise<readonly SyncRecordTypes[T][]>> {
  if (scope.kind === 'library') return (table) => readSyncedTable(table, database);
  const material: DossierMaterial = await readDossierMaterial(scope.dossierId, database);
  return (table) => Promise.resolve(material[table]);
}

/** Writes every record in scope the team document does not hold yet (a library's first connect; in a dossier's document, what the dossier gained). */
export async function pushLocalLibrary(library: TeamLibrary, database: WorkbenchDatabase = db, scope: TeamSyncScope = WHOLE_LIBRARY): Promise<number> {
  let written = 0;
  const read = await recordsInScope(scope, database);
  for (const table of SYNC_TABLES) {
    for (const record of await read(table)) {
      const id = syncRecordId(table, record);
      if (library.record(table, id)) continue;
      if (table === 'sources') {
        const source = record as SyncRecordTypes['sources'];
        const text = await readSourceText(source.id, database);
        if (text === undefined) continue;
        library.addText(source.textHash, text);
      }
      if (table === 'sourceVersions') {
        const version = record as SyncRecordTypes['sourceVersions'];
        library.addText(version.textHash, version.text);
      }
      library.writeRecord(table, id, recordFields(table, record));
      written += 1;
    }
  }
  return written;
}
