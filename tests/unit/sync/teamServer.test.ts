// The sync test: the real team server (Hocuspocus, SQLite in a temporary folder) on a
// loopback port, two replicas that work offline, restart from IndexedDB and reconnect.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTeamServer, type RunningTeamServer } from '../../../cli/teamServer';
import { parseTeamTokens } from '../../../cli/teamServerAuth';
import { EDITS_MAP } from '../../../shared/sync/teamLibrary';
import {
  annotationsById,
  closeReplica,
  connect,
  goOffline,
  offlineEdits,
  openReplica,
  restartFromIndexedDb,
  sameState,
  seedSharedRecords,
  TEAM_DOCUMENT,
  until,
  type Replica,
} from './teamReplicas';

const TOKENS = parseTeamTokens(
  JSON.stringify({
    'alice-token-0123456789': { team: 'analysts', user: 'Alice' },
    'bob-token-0123456789ab': { team: 'analysts', user: 'Bob' },
    'viewer-token-012345678': { team: 'analysts', user: 'Vera', readOnly: true },
    'other-team-token-01234': { team: 'logistics', user: 'Eve' },
  }),
);

let dataDir: string;
let server: RunningTeamServer | undefined;
let port = 0;
const replicas: Replica[] = [];

async function startServer(): Promise<RunningTeamServer> {
  server = await startTeamServer({ port, dataDir, tokens: TOKENS, quiet: true });
  port = server.port;
  return server;
}

async function replica(name: string, author: string): Promise<Replica> {
  const made = await openReplica(`${name}-${Date.now()}`, author);
  replicas.push(made);
  return made;
}

function editIds(doc: Y.Doc): readonly string[] {
  return [...doc.getMap(EDITS_MAP).keys()].sort();
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'team-server-'));
  await startServer();
});

afterAll(async () => {
  for (const made of replicas) await closeReplica(made);
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('team sync through the real server', () => {
  it('converges two replicas after 500 offline edits each, with exactly the same-field edits in conflict', async () => {
    const running = server as RunningTeamServer;
    const alice = await replica('alice', 'Alice');
    const bob = await replica('bob', 'Bob');
    seedSharedRecords(alice.library);
    const aliceLink = connect(alice, running.url, 'alice-token-0123456789');
    const bobLink = connect(bob, running.url, 'bob-token-0123456789ab');
    await until('both replicas hold the shared records', () => aliceLink.synced && bobLink.synced && sameState(alice.doc, bob.doc));
    goOffline(alice);
    goOffline(bob);

    offlineEdits(alice.library, 'alice', 'actor');
    offlineEdits(bob.library, 'bob', 'target');
    const written = [...new Set([...editIds(alice.doc), ...editIds(bob.doc)])].sort();
    expect(written.length).toBe(editIds(bob.doc).length + 500);

    await restartFromIndexedDb(alice, 'Alice');
    await restartFromIndexedDb(bob, 'Bob');
    expect(alice.library.conflicts()).toEqual([]);
    const again = [connect(alice, running.url, 'alice-token-0123456789'), connect(bob, running.url, 'bob-token-0123456789ab')];
    await until('both replicas and the server hold the same state', () => {
      const held = running.loadedDocument(TEAM_DOCUMENT);
      return again.every((link) => link.synced) && held !== undefined && sameState(alice.doc, bob.doc) && sameState(alice.doc, held);
    });

    for (const doc of [alice.doc, bob.doc, running.loadedDocument(TEAM_DOCUMENT) as Y.Doc]) expect(editIds(doc)).toEqual(written);
    expect(annotationsById(bob.library)).toEqual(annotationsById(alice.library));
    for (const side of [alice, bob]) {
      const conflicts = side.library.conflicts();
      expect(conflicts).toHaveLength(20);
      expect(conflicts.every((conflict) => conflict.field === 'note' && /^r(1?\d)$/.test(conflict.recordId))).toBe(true);
      expect(side.library.record('annotations', 'r25')?.fields).toMatchObject({ actor: 'alice 25', target: 'bob 25' });
    }

    // A resolution made on one side reaches the other.
    alice.library.resolve('annotations', 'r3', 'note', 'agreed note');
    await until('Bob sees the resolution', () => bob.library.record('annotations', 'r3')?.fields.note === 'agreed note');
    expect(bob.library.conflicts()).toHaveLength(19);

    // After a restart the server loads from SQLite exactly what the replicas hold.
    goOffline(alice);
    goOffline(bob);
    await until('the server has the resolution', () => sameState(alice.doc, running.loadedDocument(TEAM_DOCUMENT) ?? new Y.Doc()));
    await running.stop();
    const restarted = await startServer();
    const fresh = await replica('fresh', 'Alice');
    const freshLink = connect(fresh, restarted.url, 'alice-token-0123456789');
    await until('a new replica loads the stored document', () => freshLink.synced && sameState(fresh.doc, alice.doc));
    expect(annotationsById(fresh.library)).toEqual(annotationsById(alice.library));
    expect(fresh.library.conflicts()).toHaveLength(19);
  }, 120_000);

  it("refuses another team's token, and an unknown one, with the reason", async () => {
    const running = server as RunningTeamServer;
    const eve = await replica('eve', 'Eve');
    const other = connect(eve, running.url, 'other-team-token-01234');
    await until('the other team is refused', () => other.status === 'refused');
    expect(other.refusedReason).toBe('This token is for team "logistics", not "analysts".');
    const unknown = connect(eve, running.url, 'not-a-token-at-all-000');
    await until('an unknown token is refused', () => unknown.status === 'refused');
    expect(unknown.refusedReason).toMatch(/Unknown team token/);
    expect(eve.library.records('annotations')).toEqual([]);
  });

  it("keeps a read-only member's writes from reaching anyone", async () => {
    const running = server as RunningTeamServer;
    const alice = await replica('alice-ro', 'Alice');
    const vera = await replica('vera', 'Vera');
    const aliceLink = connect(alice, running.url, 'alice-token-0123456789');
    const veraLink = connect(vera, running.url, 'viewer-token-012345678');
    await until('both are connected and in step', () => aliceLink.synced && veraLink.status === 'connected' && sameState(alice.doc, vera.doc));
    expect(veraLink.readOnly).toBe(true);
    expect(aliceLink.readOnly).toBe(false);

    vera.library.writeRecord('annotations', 'r1', { note: 'written by a viewer' });
    alice.library.writeRecord('annotations', 'r1', { actor: 'marker' });
    await until('the viewer still receives the team’s edits', () => vera.library.record('annotations', 'r1')?.fields.actor === 'marker');
    const late = await replica('late', 'Bob');
    const lateLink = connect(late, running.url, 'bob-token-0123456789ab');
    await until('a later member is in step', () => lateLink.synced && late.library.record('annotations', 'r1')?.fields.actor === 'marker');
    for (const doc of [alice.doc, late.doc, running.loadedDocument(TEAM_DOCUMENT) as Y.Doc]) {
      expect([...doc.getMap(EDITS_MAP).values()].some((edit) => (edit as { value: unknown }).value === 'written by a viewer')).toBe(false);
    }
  });
});
