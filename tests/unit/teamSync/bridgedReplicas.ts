// Replicas as the app runs them (a workbench database, its team document and the bridge between
// them) against one real team server on loopback, started and stopped around a test file by
// `useBridgedTeam`. Each test file keeps only what it checks.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { WebSocket } from 'ws';
import type * as Y from 'yjs';
import { startTeamServer, type RunningTeamServer } from '../../../cli/teamServer';
import { parseTeamTokens } from '../../../cli/teamServerAuth';
import type { TeamSyncScope } from '../../../shared/sync/dossierScope';
import { TeamLibrary } from '../../../shared/sync/teamLibrary';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import { startTeamBridge, type TeamBridge } from '../../../renderer/sync/teamBridge';
import { closeTeamDoc, openTeamDoc } from '../../../renderer/sync/teamDocStore';
import { connectTeamSync, type TeamSyncConnection } from '../../../renderer/sync/teamSyncClient';
import { sameState, until } from '../sync/teamReplicas';

export const LEYLA_TOKEN = 'leyla-token-0123456789';
export const RASHAD_TOKEN = 'rashad-token-012345678';
export const OTHER_TEAM_TOKEN = 'other-team-token-01234';

const TOKENS = parseTeamTokens(
  JSON.stringify({
    [LEYLA_TOKEN]: { team: 'analysts', user: 'Leyla' },
    [RASHAD_TOKEN]: { team: 'analysts', user: 'Rashad' },
    [OTHER_TEAM_TOKEN]: { team: 'logistics', user: 'Omar' },
  }),
);

export interface BridgedReplica {
  readonly analyst: string;
  readonly database: WorkbenchDatabase;
  readonly doc: Y.Doc;
  readonly library: TeamLibrary;
  readonly bridge: TeamBridge;
  connection?: TeamSyncConnection;
}

export interface BridgedTeam {
  /** The running server (set once the file's `beforeAll` has run). */
  readonly server: () => RunningTeamServer;
  /** A replica on a database of its own, filled by `fill` before its team document opens. */
  readonly replica: (analyst: string, documentName: string, options?: { readonly scope?: TeamSyncScope; readonly fill?: (database: WorkbenchDatabase) => Promise<void> }) => Promise<BridgedReplica>;
  readonly goOnline: (replica: BridgedReplica, token: string, documentName: string) => TeamSyncConnection;
  readonly goOffline: (replica: BridgedReplica) => void;
  /** Both online, in step with each other and the server, and every change written into both libraries. */
  readonly inStep: (a: BridgedReplica, b: BridgedReplica) => Promise<void>;
}

/** Starts the server before the file's tests, closes every replica after each (failing on any bridge error), stops the server after all. */
export function useBridgedTeam(name: string): BridgedTeam {
  let dataDir = '';
  let server: RunningTeamServer | undefined;
  const replicas: BridgedReplica[] = [];
  const errors: unknown[] = [];
  let counter = 0;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), `${name}-`));
    server = await startTeamServer({ port: 0, dataDir, tokens: TOKENS, quiet: true });
  });

  afterEach(async () => {
    for (const r of replicas.splice(0)) {
      r.connection?.disconnect();
      r.bridge.stop();
      await closeTeamDoc(r.database, r.doc);
      r.database.close();
      await r.database.delete();
    }
    expect(errors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const running = (): RunningTeamServer => {
    if (!server) throw new Error('the team server is not running yet');
    return server;
  };

  return {
    server: running,
    replica: async (analyst, documentName, options = {}) => {
      const database = new WorkbenchDatabase(`${name}-${++counter}-${Date.now()}`);
      await database.open();
      await options.fill?.(database);
      const doc = await openTeamDoc(database, documentName);
      const library = new TeamLibrary(doc, analyst);
      const bridge = startTeamBridge(library, { analyst, database, ...(options.scope ? { scope: options.scope } : {}), canWrite: () => true, onError: (error) => errors.push(error) });
      const made: BridgedReplica = { analyst, database, doc, library, bridge };
      replicas.push(made);
      return made;
    },
    goOnline: (r, token, documentName) => {
      r.connection?.disconnect();
      r.connection = connectTeamSync({ url: running().url, token, documentName, doc: r.doc, WebSocketPolyfill: WebSocket, maxReconnectDelay: 500 });
      return r.connection;
    },
    goOffline: (r) => {
      r.connection?.disconnect();
      r.connection = undefined;
    },
    inStep: async (a, b) => {
      await until('both replicas are in step', () => a.connection?.synced === true && b.connection?.synced === true && sameState(a.doc, b.doc));
      // Texts are pushed after commit and remote batches are written in turns: let both finish.
      for (let round = 0; round < 4; round += 1) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        await a.bridge.settled();
        await b.bridge.settled();
      }
    },
  };
}
