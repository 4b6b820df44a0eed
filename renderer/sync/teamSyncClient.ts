// The connection of a team document to the team server (@hocuspocus/provider): what the status
// line shows (connecting, connected, offline with the changes waiting, refused and why) and
// whether the server lets this member write. Changes made offline go out when it reconnects.
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';

export type TeamSyncStatus = 'connecting' | 'connected' | 'offline' | 'refused';

export interface TeamSyncState {
  readonly status: TeamSyncStatus;
  /** Local updates the server has not confirmed yet (made offline, or in flight). */
  readonly waitingChanges: number;
  /** The server's reason, when refused. */
  readonly refusedReason?: string;
  /** The server took this member as read-only: its edits reach no one. */
  readonly readOnly: boolean;
  /** Connected, and the server holds everything this replica has (and the other way round). */
  readonly synced: boolean;
}

export interface TeamSyncConnection extends TeamSyncState {
  /** Called on every change of the state above; returns the unsubscribe function. */
  onStatus(listener: (state: TeamSyncState) => void): () => void;
  /** Closes the connection for good; the document stays as it is. */
  disconnect(): void;
}

export interface TeamSyncOptions {
  /** ws:// or wss:// address of the team server. */
  readonly url: string;
  readonly token: string;
  /** `team:<team>` or `team:<team>/dossier:<id>`. */
  readonly documentName: string;
  readonly doc: Y.Doc;
  /** A WebSocket class where the runtime has none (Node: the `ws` package). */
  readonly WebSocketPolyfill?: unknown;
  /** Longest wait between two reconnection attempts, in ms (default 10 s). */
  readonly maxReconnectDelay?: number;
}

export function connectTeamSync(options: TeamSyncOptions): TeamSyncConnection {
  const listeners = new Set<(state: TeamSyncState) => void>();
  let state: TeamSyncState = { status: 'connecting', waitingChanges: 0, readOnly: false, synced: false };
  let socketConnected = false;
  let authenticated = false;

  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    maxDelay: options.maxReconnectDelay ?? 10_000,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: options.documentName, document: options.doc, token: options.token });

  const update = (changes: Partial<TeamSyncState>): void => {
    if (state.status === 'refused') return;
    const waitingChanges = changes.waitingChanges ?? state.waitingChanges;
    const status: TeamSyncStatus = changes.status ?? (socketConnected ? (authenticated ? 'connected' : 'connecting') : 'offline');
    const next: TeamSyncState = {
      ...state,
      ...changes,
      status,
      waitingChanges,
      synced: status === 'connected' && provider.isSynced && waitingChanges === 0,
    };
    state = next;
    for (const listener of listeners) listener(next);
  };

  provider.on('status', ({ status }: { status: WebSocketStatus }) => {
    socketConnected = status === WebSocketStatus.Connected;
    if (!socketConnected) authenticated = false;
    update({});
  });
  provider.on('authenticated', ({ scope }: { scope: string }) => {
    authenticated = true;
    update({ readOnly: scope === 'readonly' });
  });
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    update({ status: 'refused', refusedReason: reason, waitingChanges: provider.unsyncedChanges });
    // Retrying with the same token would be refused again: stop until the analyst connects anew.
    provider.destroy();
    socket.destroy();
  });
  provider.on('unsyncedChanges', ({ number }: { number: number }) => update({ waitingChanges: number }));
  provider.on('synced', () => update({}));
  provider.attach();

  return {
    get status() {
      return state.status;
    },
    get waitingChanges() {
      return state.waitingChanges;
    },
    get refusedReason() {
      return state.refusedReason;
    },
    get readOnly() {
      return state.readOnly;
    },
    get synced() {
      return state.synced;
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    disconnect() {
      listeners.clear();
      provider.destroy();
      socket.destroy();
    },
  };
}
