// One team sync session for the window: the team document (kept in IndexedDB), its connection to
// the team server, the bridge to the library's tables, and the status the status line and
// Settings show. The browser's own offline signal takes the connection down (an open WebSocket
// does not notice a lost network for a long while); changes then wait and go out on return.
import { scopeOfDossierId } from '../../shared/sync/dossierScope';
import { parseTeamAddress } from '../../shared/sync/teamAddress';
import { TeamLibrary } from '../../shared/sync/teamLibrary';
import { db } from '../db/database';
import { loadTeamSyncSettings, saveTeamSyncSettings } from '../db/teamSyncSettings';
import { pushLocalLibrary } from './localCapture';
import { allTeamRecords, applyRemoteChanges } from './remoteApply';
import { startTeamBridge, type TeamBridge } from './teamBridge';
import { closeTeamDoc, openTeamDoc } from './teamDocStore';
import { trackAcknowledged } from './acknowledgedState';
import { connectTeamSync, type TeamSyncConnection } from './teamSyncClient';

export type TeamSyncPhase = 'off' | 'connecting' | 'connected' | 'offline' | 'refused';

export interface TeamSyncView {
  readonly phase: TeamSyncPhase;
  /** Records changed here that the server has not yet received. */
  readonly waitingChanges: number;
  readonly refusedReason?: string;
  /** The token lets this member read the team library, not change it. */
  readonly readOnly: boolean;
}

const OFF: TeamSyncView = { phase: 'off', waitingChanges: 0, readOnly: false };

let view: TeamSyncView = OFF;
const listeners = new Set<() => void>();

function show(next: TeamSyncView): void {
  view = next;
  for (const listener of listeners) listener();
}

/** The current status (for `useSyncExternalStore`). */
export function teamSyncView(): TeamSyncView {
  return view;
}

export function subscribeTeamSync(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The status line's words for a status; empty when team sync is off. */
export function teamSyncStatusText(status: TeamSyncView): string {
  switch (status.phase) {
    case 'off':
      return '';
    case 'connecting':
      return 'Connecting…';
    case 'connected':
      return status.readOnly ? 'Connected (read-only)' : 'Connected';
    case 'offline':
      return `Offline (${status.waitingChanges} ${status.waitingChanges === 1 ? 'change' : 'changes'} waiting)`;
    case 'refused':
      return `Refused (${status.refusedReason ?? 'no reason given'})`;
  }
}

interface Session {
  readonly library: TeamLibrary;
  readonly bridge: TeamBridge;
  readonly end: () => void;
}

let session: Session | null = null;
/** Bumped by every connect and disconnect: a connect overtaken while it opened the document gives way. */
let generation = 0;

export interface TeamSyncTarget {
  readonly serverAddress: string;
  readonly token: string;
  /** The team's name when the address does not end with it. */
  readonly team?: string;
  /** The one dossier to share (its own team document); absent or empty: the whole library. */
  readonly dossierId?: string;
}

/** Connects this library to the team library at the address; the status tells how it goes. */
export async function connectTeamLibrary(target: TeamSyncTarget, analyst: string, onError: (error: unknown) => void): Promise<void> {
  disconnectTeamLibrary();
  const mine = generation;
  const scope = scopeOfDossierId(target.dossierId);
  const address = parseTeamAddress(target.serverAddress, target.team, scope);
  if (!address.ok) {
    show({ ...OFF, phase: 'refused', refusedReason: address.problem });
    return;
  }
  show({ ...OFF, phase: 'connecting' });
  const doc = await openTeamDoc(db, address.documentName);
  const joinedBefore = (await loadTeamSyncSettings()).joinedDocuments.includes(address.documentName);
  if (mine !== generation) {
    await closeTeamDoc(db, doc);
    return;
  }
  const library = new TeamLibrary(doc, analyst);
  let connection: TeamSyncConnection | null = null;
  // What the server last acknowledged, saved as it happens: changes made before a restart count too.
  const acknowledged = trackAcknowledged(address.documentName, doc, onError);
  await acknowledged.loaded;
  let joined = joinedBefore;
  // Remembered while offline: a read-only member stays read-only without a connection.
  let readOnly = false;
  const bridge = startTeamBridge(library, { analyst, scope, canWrite: () => !readOnly, onError });

  const refresh = (): void => {
    if (!connection) {
      show({ phase: 'offline', waitingChanges: acknowledged.waiting(), readOnly });
      return;
    }
    const { status, refusedReason } = connection;
    if (status === 'connected') readOnly = connection.readOnly;
    if (connection.synced) acknowledged.save();
    const waiting = status === 'offline' ? acknowledged.waiting() : connection.waitingChanges;
    show({ phase: status, waitingChanges: waiting, readOnly, ...(refusedReason ? { refusedReason } : {}) });
    if (status === 'connected') {
      if (!joined) {
        joined = true;
        void join().catch(onError);
      }
    }
  };
  /** The first connect of this library to this team: the team's records in, then the library's own out, once. */
  const join = async (): Promise<void> => {
    await applyRemoteChanges(library, allTeamRecords(library), analyst, undefined, readOnly, scope.kind === 'dossier');
    if (!readOnly) await pushLocalLibrary(library, undefined, scope);
    const settings = await loadTeamSyncSettings();
    await saveTeamSyncSettings({ joinedDocuments: [...settings.joinedDocuments, address.documentName] });
  };
  const open = (): void => {
    if (connection) return;
    connection = connectTeamSync({ url: address.url, token: target.token, documentName: address.documentName, doc });
    connection.onStatus(refresh);
    refresh();
  };
  const goOffline = (): void => {
    connection?.disconnect();
    connection = null;
    refresh();
  };
  const stopCounting = library.onChange((_changes, remote) => {
    // A colleague's change received while in step is held by the server too. A change of ours is
    // reported before the provider counts it as unconfirmed, so `synced` would still read true.
    if (remote && connection?.synced) acknowledged.save();
    else if (!remote && connection?.status !== 'connected') refresh();
  });
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', open);
  if (navigator.onLine) open();
  else refresh();

  session = {
    library,
    bridge,
    end: () => {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', open);
      stopCounting();
      bridge.stop();
      connection?.disconnect();
      void closeTeamDoc(db, doc).catch(onError);
    },
  };
}

/** Ends the session: the library stays as it is, and no longer follows the team. */
export function disconnectTeamLibrary(): void {
  generation += 1;
  session?.end();
  session = null;
  show(OFF);
}
