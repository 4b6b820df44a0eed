// The rows of `teamDocs` (schema version 12): one per synced team document. The document's own
// updates are written by y-dexie; renderer/sync/teamDocStore.ts loads and releases documents.
import type { TeamDocRecord, WorkbenchDatabase } from './database';

/** The row of the document named `name`, made first if the library has none yet. */
export async function ensureTeamDocRow(db: WorkbenchDatabase, name: string): Promise<TeamDocRecord> {
  return db.transaction('rw', db.teamDocs, async () => {
    const found = await db.teamDocs.get(name);
    if (found) return found;
    await db.teamDocs.add({ name });
    const made = await db.teamDocs.get(name);
    if (!made) throw new Error(`The team document ${name} could not be stored.`);
    return made;
  });
}

/**
 * Resolves once every team-document update begun so far has been written. y-dexie writes each
 * update in a transaction of its own; one begun after them on the same table ends after them.
 */
export async function flushTeamDocUpdates(db: WorkbenchDatabase): Promise<void> {
  const updateTables = (db.teamDocs.schema.yProps ?? []).map((prop) => prop.updatesTable);
  await db.transaction('rw', updateTables, () => undefined);
}

/** Forgets a team document: its row and, through y-dexie, every stored update. */
export async function deleteTeamDocRow(db: WorkbenchDatabase, name: string): Promise<void> {
  await db.teamDocs.delete(name);
}
