// Settling a team record conflict (docs/sync.md, "Conflicts"): the chosen record, or its
// deletion, written in the same transaction as the conflict record is deleted, so the team bridge
// sees both and resolves the registers for every replica.
import { chosenTeamRecord, isTeamRecordConflict, type TeamRecordSettlement } from '../../shared/sync/teamRecordConflicts';
import { syncRecordId, type SyncRecordTypes } from '../../shared/sync/tableRecords';
import type { SyncTable } from '../../shared/sync/teamLibrary';
import { db, type WorkbenchDatabase } from './database';
import { withStorageErrors } from './storageErrors';

const SHA256_LENGTH = 64;

/** The table key of a register key (an earlier text is keyed by article and hash). */
export function teamTableKey(table: SyncTable, recordId: string): string | [string, string] {
  return table === 'sourceVersions' ? [recordId.slice(0, -SHA256_LENGTH - 1), recordId.slice(-SHA256_LENGTH)] : recordId;
}

/** Keeps the chosen record (or its deletion) and closes the conflict; every replica's closes with it. */
export async function settleTeamRecordConflict(conflictId: string, settlement: TeamRecordSettlement, database: WorkbenchDatabase = db): Promise<void> {
  const stored = await database.conflicts.get(conflictId);
  if (!stored || !isTeamRecordConflict(stored)) throw new Error('This conflict was already resolved.');
  const { table, recordId } = stored;
  await withStorageErrors(() =>
    database.transaction('rw', [database.conflicts, database.table(table)], async () => {
      const conflict = await database.conflicts.get(conflictId);
      if (!conflict || !isTeamRecordConflict(conflict)) throw new Error('This conflict was already resolved.');
      const key = teamTableKey(table, recordId);
      if (settlement.keep === 'deleted') {
        await database.table(table).delete(key);
      } else {
        const current = (await database.table(table).get(key)) as SyncRecordTypes[SyncTable] | undefined;
        const chosen = chosenTeamRecord(conflict, current, settlement.fields);
        if (!chosen || syncRecordId(table, chosen) !== recordId) throw new Error('The chosen values do not make a valid record.');
        await database.table(table).put(chosen);
      }
      await database.conflicts.delete(conflictId);
    }),
  );
}
