// Colleagues' changes into the app's tables: each batch of changed records is derived from the
// team document and written in one transaction; an annotation whose registers disagree becomes a
// record of the existing conflicts table, which the side-by-side conflict view shows.
import { SYNC_TABLES, rebuildSynced, syncRecordId, type SyncRecordTypes } from '../../shared/sync/tableRecords';
import { teamAnnotationConflict, teamConflictId } from '../../shared/sync/teamConflicts';
import { recordKeptUntilChosen, teamRecordConflict, teamRecordConflictId } from '../../shared/sync/teamRecordConflicts';
import type { RecordChange, SyncTable, TeamLibrary } from '../../shared/sync/teamLibrary';
import type { SourceText, StoredConflict, WorkbenchDatabase } from '../db/database';
import { teamTableKey } from '../db/teamConflicts';
import { pushRecord } from './localCapture';
import { replaceTeamTables, writeTeamRecords, type TeamRecordPut, type TeamRecordWrites, type TeamWriteOutcome } from '../db/teamRecords';

/** What the named records derive to now, in the order records point at each other. */
export function deriveTeamWrites(library: TeamLibrary, changes: readonly RecordChange[], analyst: string): TeamRecordWrites {
  const puts: TeamRecordPut[] = [];
  const deletes: { table: SyncTable; key: string | [string, string] }[] = [];
  const texts: SourceText[] = [];
  const conflictPuts: StoredConflict[] = [];
  const conflictDeletes: string[] = [];
  const textOf = (sha256: string): string | undefined => library.text(sha256);
  const ordered = [...changes].sort((a, b) => SYNC_TABLES.indexOf(a.table) - SYNC_TABLES.indexOf(b.table));
  const seen = new Set<string>();
  for (const { table, recordId } of ordered) {
    const seenKey = `${table}\u0000${recordId}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    const synced = library.record(table, recordId);
    // Disagreements outside an annotation's content (and any deletion against an edit) are listed too.
    const recordConflict = synced && teamRecordConflict(synced, analyst, textOf);
    if (recordConflict) conflictPuts.push(recordConflict);
    else conflictDeletes.push(teamRecordConflictId(table, recordId));
    const rebuilt = rebuildSynced(table, synced, textOf);
    if (rebuilt.kind === 'deleted') {
      deletes.push({ table, key: teamTableKey(table, recordId) });
      if (table === 'annotations') conflictDeletes.push(teamConflictId(recordId));
      continue;
    }
    // Not yet complete (an earlier text still on its way): the change that completes it comes later.
    if (rebuilt.kind === 'incomplete') continue;
    // The analyst's own values stay in the library until they choose, as with annotations.
    let record: SyncRecordTypes[SyncTable] = recordKeptUntilChosen(recordConflict) ?? rebuilt.record;
    if (table === 'sources') {
      const text = textOf((record as SyncRecordTypes['sources']).textHash);
      if (text === undefined) continue;
      texts.push({ id: recordId, text });
    }
    if (table === 'annotations' && synced) {
      const conflict = teamAnnotationConflict(synced, analyst);
      if (conflict) {
        // The analyst's own version stays in the library until they choose, as with shared files.
        record = conflict.local;
        conflictPuts.push(conflict);
      } else {
        conflictDeletes.push(teamConflictId(recordId));
      }
    }
    puts.push({ table, record });
  }
  return { puts, deletes, texts, conflictPuts, conflictDeletes };
}

/**
 * What this library changed itself while writing (moving onto a colleague's copy of an article)
 * goes out to the team; `heldOnly` (a dossier's document): only records the document holds, so
 * nothing outside the dossier goes out.
 */
function pushMoved(library: TeamLibrary, outcome: TeamWriteOutcome, heldOnly = false): TeamWriteOutcome {
  for (const { table, before, after } of outcome.moved) {
    if (heldOnly && !library.record(table, syncRecordId(table, before))) continue;
    if (after) pushRecord(library, table, before as never, after as never, false);
    else library.deleteRecord(table, syncRecordId(table, before));
  }
  return outcome;
}

/** Writes a batch of colleagues' changes into the app's tables; a read-only member's own moves stay here. */
export async function applyRemoteChanges(
  library: TeamLibrary,
  changes: readonly RecordChange[],
  analyst: string,
  database?: WorkbenchDatabase,
  readOnly = false,
  heldOnly = false,
): Promise<TeamWriteOutcome> {
  const outcome = await writeTeamRecords(() => deriveTeamWrites(library, changes, analyst), database, readOnly);
  return readOnly ? outcome : pushMoved(library, outcome, heldOnly);
}

/** Every record the team document holds, as changes (for the first sync and a rebuild). */
export function allTeamRecords(library: TeamLibrary): RecordChange[] {
  return SYNC_TABLES.flatMap((table) => library.records(table).map((record) => ({ table, recordId: record.id })));
}

/** Rebuilds the app's synced tables from the team document alone. */
export async function rebuildFromTeam(library: TeamLibrary, analyst: string, database?: WorkbenchDatabase): Promise<TeamWriteOutcome> {
  return pushMoved(library, await replaceTeamTables(() => deriveTeamWrites(library, allTeamRecords(library), analyst), database));
}
