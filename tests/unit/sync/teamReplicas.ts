// Test replicas of a team library: a Dexie database on fake-indexeddb holding the team document
// (y-dexie), the TeamLibrary over it, and a connection to a real team server through `ws`.
import 'fake-indexeddb/auto';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import { closeTeamDoc, openTeamDoc } from '../../../renderer/sync/teamDocStore';
import { connectTeamSync, type TeamSyncConnection } from '../../../renderer/sync/teamSyncClient';
import { TeamLibrary, type SyncedRecord } from '../../../shared/sync/teamLibrary';

export const TEAM_DOCUMENT = 'team:analysts';

export interface Replica {
  readonly name: string;
  db: WorkbenchDatabase;
  doc: Y.Doc;
  library: TeamLibrary;
  connection?: TeamSyncConnection;
}

export async function openReplica(name: string, author: string, documentName = TEAM_DOCUMENT): Promise<Replica> {
  const db = new WorkbenchDatabase(name);
  const doc = await openTeamDoc(db, documentName);
  return { name, db, doc, library: new TeamLibrary(doc, author) };
}

export function connect(replica: Replica, url: string, token: string, documentName = TEAM_DOCUMENT): TeamSyncConnection {
  replica.connection?.disconnect();
  const connection = connectTeamSync({ url, token, documentName, doc: replica.doc, WebSocketPolyfill: WebSocket, maxReconnectDelay: 500 });
  replica.connection = connection;
  return connection;
}

export function goOffline(replica: Replica): void {
  replica.connection?.disconnect();
  replica.connection = undefined;
}

/** Closes the replica as the app does on quitting, then opens it again from IndexedDB. */
export async function restartFromIndexedDb(replica: Replica, author: string, documentName = TEAM_DOCUMENT): Promise<void> {
  goOffline(replica);
  await closeTeamDoc(replica.db, replica.doc);
  replica.db.close();
  replica.db = new WorkbenchDatabase(replica.name);
  replica.doc = await openTeamDoc(replica.db, documentName);
  replica.library = new TeamLibrary(replica.doc, author);
}

export async function closeReplica(replica: Replica): Promise<void> {
  goOffline(replica);
  await closeTeamDoc(replica.db, replica.doc);
  replica.db.close();
  await replica.db.delete();
}

/** Waits until `check` holds, looking again every few milliseconds; fails with `what` after `timeoutMs`. */
export async function until(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  const left = Y.encodeStateVector(a);
  const right = Y.encodeStateVector(b);
  return left.length === right.length && left.every((byte, i) => byte === right[i]);
}

/**
 * The offline work for one replica: 500 edits, one transaction each: 20 to `note` of the
 * shared records r0..r19 (the other replica edits the same field), 20 to `ownField` of r20..r39
 * (the other replica edits another field), 460 to records of its own.
 */
export function offlineEdits(library: TeamLibrary, who: string, ownField: string): void {
  for (let i = 0; i < 20; i += 1) library.writeRecord('annotations', `r${i}`, { note: `${who}'s note ${i}` });
  for (let i = 20; i < 40; i += 1) library.writeRecord('annotations', `r${i}`, { [ownField]: `${who} ${i}` });
  for (let i = 0; i < 460; i += 1) library.writeRecord('annotations', `${who}-${i}`, { note: `${who} alone ${i}` });
}

/** The shared records both replicas start from. */
export function seedSharedRecords(library: TeamLibrary): void {
  for (let i = 0; i < 40; i += 1) library.writeRecord('annotations', `r${i}`, { note: `note ${i}`, actor: 'Iran', target: 'Azerbaijan' });
}

/** The library's annotation records in id order (each replica lists them in the order it learnt of them). */
export function annotationsById(library: TeamLibrary): readonly SyncedRecord[] {
  return [...library.records('annotations')].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
