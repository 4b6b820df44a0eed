// A team library's Y.Doc kept in the app's IndexedDB through y-dexie (schema version 12): opened
// with what was stored, and every later update (local or from the server) stored as it happens.
import { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import type { WorkbenchDatabase } from '../db/database';

/** Loads the document named `documentName` (`team:<team>`) from IndexedDB; it stays stored there as it changes. */
export async function openTeamDoc(db: WorkbenchDatabase, documentName: string): Promise<Y.Doc> {
  // The row must exist for y-dexie to tie the document's updates to it.
  await db.transaction('rw', db.teamDocs, async () => {
    if ((await db.teamDocs.get(documentName)) === undefined) await db.teamDocs.add({ name: documentName });
  });
  const row = await db.teamDocs.get(documentName);
  if (!row) throw new Error(`The team document ${documentName} could not be stored.`);
  const provider = DexieYProvider.load(row.doc);
  await provider.whenLoaded;
  return row.doc;
}

/**
 * Waits until every update of the document made so far is stored, then stops keeping it (it is
 * destroyed once no one else has it open). y-dexie stores each update in its own write; a write
 * transaction on the same table begun after them ends after them (IndexedDB runs them in order).
 */
export async function closeTeamDoc(db: WorkbenchDatabase, doc: Y.Doc): Promise<void> {
  await flushTeamDocs(db);
  DexieYProvider.release(doc);
}

/** Resolves once every team-document update begun so far has been written to IndexedDB. */
export async function flushTeamDocs(db: WorkbenchDatabase): Promise<void> {
  const updateTables = (db.teamDocs.schema.yProps ?? []).map((prop) => prop.updatesTable);
  await db.transaction('rw', updateTables, () => undefined);
}

/** Forgets a team document: its row and every stored update (leaving a team). */
export async function deleteTeamDoc(db: WorkbenchDatabase, documentName: string): Promise<void> {
  await db.teamDocs.delete(documentName);
}

