// A team library's Y.Doc kept in the app's IndexedDB through y-dexie (schema version 12): opened
// with what was stored, and every later update (local or from the server) stored as it happens.
import { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import type { WorkbenchDatabase } from '../db/database';
import { deleteTeamDocRow, ensureTeamDocRow, flushTeamDocUpdates } from '../db/teamDocs';

/** Loads the document named `documentName` (`team:<team>`) from IndexedDB; it stays stored there as it changes. */
export async function openTeamDoc(db: WorkbenchDatabase, documentName: string): Promise<Y.Doc> {
  const row = await ensureTeamDocRow(db, documentName);
  const provider = DexieYProvider.load(row.doc);
  await provider.whenLoaded;
  return row.doc;
}

/** Waits until every update of the document made so far is stored, then stops keeping it (destroyed once no one else has it open). */
export async function closeTeamDoc(db: WorkbenchDatabase, doc: Y.Doc): Promise<void> {
  await flushTeamDocUpdates(db);
  DexieYProvider.release(doc);
}

/** Resolves once every team-document update made so far is stored. */
export async function flushTeamDocs(db: WorkbenchDatabase): Promise<void> {
  await flushTeamDocUpdates(db);
}

/** Forgets a team document: its row and every stored update (leaving a team). */
export async function deleteTeamDoc(db: WorkbenchDatabase, documentName: string): Promise<void> {
  await deleteTeamDocRow(db, documentName);
}
