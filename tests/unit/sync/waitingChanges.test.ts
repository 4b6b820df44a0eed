// "Offline (n changes waiting)" across restarts, with the real team server on loopback: records
// changed offline and then the app closed still count when it opens again (from IndexedDB), a
// colleague's edits received while in step never count, and once the server has everything the
// count is 0, also after the next restart.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamServer, type RunningTeamServer } from '../../../cli/teamServer';
import { parseTeamTokens } from '../../../cli/teamServerAuth';
import { trackAcknowledged, type AcknowledgedState } from '../../../renderer/sync/acknowledgedState';
import { countWaitingRecords } from '../../../shared/sync/waitingChanges';
import { closeReplica, connect, goOffline, openReplica, restartFromIndexedDb, sameState, TEAM_DOCUMENT, until, type Replica } from './teamReplicas';

const TOKENS = parseTeamTokens(
  JSON.stringify({
    'alice-token-0123456789': { team: 'analysts', user: 'Alice' },
    'bob-token-0123456789ab': { team: 'analysts', user: 'Bob' },
  }),
);

let dataDir: string;
let server: RunningTeamServer;
const replicas: Replica[] = [];
const errors: unknown[] = [];

function track(replica: Replica): AcknowledgedState {
  return trackAcknowledged(TEAM_DOCUMENT, replica.doc, (error) => errors.push(error), replica.db);
}

/** Waits until the replica is in step with the server, then saves that as acknowledged (as the app does then). */
async function inStep(replica: Replica, acknowledged: AcknowledgedState): Promise<void> {
  await until('the replica is in step with the server', () => replica.connection?.synced === true && sameState(replica.doc, server.loadedDocument(TEAM_DOCUMENT) ?? replica.doc));
  acknowledged.save();
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'waiting-changes-'));
  server = await startTeamServer({ port: 0, dataDir, tokens: TOKENS, quiet: true });
});

afterAll(async () => {
  for (const made of replicas) await closeReplica(made);
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});

describe('changes waiting for the team server', () => {
  it('counts every record changed since the server last had everything, across restarts', async () => {
    const alice = await openReplica(`alice-waiting-${Date.now()}`, 'Alice');
    const bob = await openReplica(`bob-waiting-${Date.now()}`, 'Bob');
    replicas.push(alice, bob);
    // Nothing ever acknowledged: every record of the document is waiting.
    alice.library.writeRecord('annotations', 'a1', { note: 'first', actor: 'Iran' });
    expect(countWaitingRecords(alice.doc, undefined)).toBe(1);

    let acknowledged = track(alice);
    await acknowledged.loaded;
    connect(alice, server.url, 'alice-token-0123456789');
    await inStep(alice, acknowledged);
    expect(acknowledged.waiting()).toBe(0);
    // A colleague's edits received while in step are the server's already.
    connect(bob, server.url, 'bob-token-0123456789ab');
    bob.library.writeRecord('annotations', 'b1', { note: 'from Bob' });
    await until('Alice has Bob’s edit', () => alice.library.record('annotations', 'b1') !== undefined);
    await inStep(alice, acknowledged);

    goOffline(alice);
    alice.library.writeRecord('annotations', 'a1', { note: 'changed offline' });
    alice.library.writeRecord('annotations', 'a2', { note: 'new', actor: 'Azerbaijan', target: 'Iran' });
    alice.library.deleteRecord('annotations', 'b1');
    expect(acknowledged.waiting()).toBe(3);

    // The app closes offline and opens again: the three records still wait.
    await restartFromIndexedDb(alice, 'Alice');
    acknowledged = track(alice);
    await acknowledged.loaded;
    expect(acknowledged.waiting()).toBe(3);
    alice.library.writeRecord('annotations', 'a3', { note: 'after the restart' });
    expect(acknowledged.waiting()).toBe(4);

    connect(alice, server.url, 'alice-token-0123456789');
    await inStep(alice, acknowledged);
    expect(acknowledged.waiting()).toBe(0);
    await until('Bob has Alice’s offline edits', () => bob.library.record('annotations', 'a3') !== undefined);
    await restartFromIndexedDb(alice, 'Alice');
    acknowledged = track(alice);
    await acknowledged.loaded;
    expect(acknowledged.waiting()).toBe(0);
  }, 60_000);
});
