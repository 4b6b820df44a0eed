// Team sync through the real team server on loopback, measured in Node (no browser): replicas are
// Y.Docs with the TeamLibrary and the app's provider connection (ws), IndexedDB left out (y-dexie
// stores updates beside the sync in the app; tests/unit/sync/teamServer.test.ts covers it).
//  - sync_converge_ms: two replicas with 500 offline edits each reconnect; until both and the
//    server hold identical state.
//  - sync_resolution_ms: then one replica resolves a conflict; until the other shows it resolved.
//  - sync_10_clients_ms: 10 connected clients make 100 edits each, in turns; from the first edit
//    until all 10 and the server hold identical state.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { startTeamServer, type RunningTeamServer } from '../../cli/teamServer';
import { parseTeamTokens } from '../../cli/teamServerAuth';
import { connectTeamSync, type TeamSyncConnection } from '../../renderer/sync/teamSyncClient';
import { TeamLibrary } from '../../shared/sync/teamLibrary';
import { recordFigure } from './support/results';
import { median, round } from './support/stats';

const RUNS = 5;
const TOKEN = 'bench-token-0123456789';
const TOKENS = parseTeamTokens(JSON.stringify({ [TOKEN]: { team: 'bench', user: 'Bench' } }));

interface Client {
  readonly doc: Y.Doc;
  readonly library: TeamLibrary;
  link?: TeamSyncConnection;
}

function client(author: string): Client {
  const doc = new Y.Doc();
  return { doc, library: new TeamLibrary(doc, author) };
}

function connect(target: Client, server: RunningTeamServer, documentName: string): TeamSyncConnection {
  target.link = connectTeamSync({ url: server.url, token: TOKEN, documentName, doc: target.doc, WebSocketPolyfill: WebSocket, maxReconnectDelay: 500 });
  return target.link;
}

function sameState(a: Y.Doc, b: Y.Doc | undefined): boolean {
  if (!b) return false;
  const left = Y.encodeStateVector(a);
  const right = Y.encodeStateVector(b);
  return left.length === right.length && left.every((byte, i) => byte === right[i]);
}

/** Resolves when `check` holds; checks on every turn of the event loop (timers would add their own delay). */
function until(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const look = (): void => {
      if (check()) resolve();
      else if (Date.now() > deadline) reject(new Error('sync did not converge in time'));
      else setImmediate(look);
    };
    look();
  });
}

async function withServer<T>(run: (server: RunningTeamServer) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sync-bench-'));
  const server = await startTeamServer({ port: 0, dataDir, tokens: TOKENS, quiet: true });
  try {
    return await run(server);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface ConvergeTimes {
  readonly convergeMs: number;
  readonly resolutionMs: number;
}

async function convergeRun(server: RunningTeamServer, documentName: string): Promise<ConvergeTimes> {
  const alice = client('Alice');
  const bob = client('Bob');
  for (let i = 0; i < 40; i += 1) alice.library.writeRecord('annotations', `r${i}`, { note: `note ${i}`, actor: 'Iran', target: 'Azerbaijan' });
  Y.applyUpdate(bob.doc, Y.encodeStateAsUpdate(alice.doc));
  const seeded = connect(alice, server, documentName);
  await until(() => seeded.synced);
  alice.link?.disconnect();
  for (const [side, who, field] of [[alice, 'alice', 'actor'], [bob, 'bob', 'target']] as const) {
    for (let i = 0; i < 20; i += 1) side.library.writeRecord('annotations', `r${i}`, { note: `${who}'s note ${i}` });
    for (let i = 20; i < 40; i += 1) side.library.writeRecord('annotations', `r${i}`, { [field]: `${who} ${i}` });
    for (let i = 0; i < 460; i += 1) side.library.writeRecord('annotations', `${who}-${i}`, { note: `${who} alone ${i}` });
  }
  const started = performance.now();
  const links = [connect(alice, server, documentName), connect(bob, server, documentName)];
  await until(() => links.every((link) => link.synced) && sameState(alice.doc, bob.doc) && sameState(alice.doc, server.loadedDocument(documentName)));
  const convergeMs = performance.now() - started;
  expect(alice.library.conflicts()).toHaveLength(20);
  expect(bob.library.conflicts()).toHaveLength(20);
  const resolving = performance.now();
  alice.library.resolve('annotations', 'r0', 'note', 'agreed');
  await until(() => bob.library.record('annotations', 'r0')?.fields.note === 'agreed' && bob.library.conflicts().length === 19);
  const resolutionMs = performance.now() - resolving;
  for (const link of links) link.disconnect();
  return { convergeMs, resolutionMs };
}

async function tenClientsRun(server: RunningTeamServer, documentName: string): Promise<number> {
  const clients = Array.from({ length: 10 }, (_, i) => client(`Analyst ${i}`));
  const links = clients.map((each) => connect(each, server, documentName));
  await until(() => links.every((link) => link.synced));
  const started = performance.now();
  for (let round = 0; round < 100; round += 1) {
    for (const [i, each] of clients.entries()) each.library.writeRecord('annotations', `c${i}-${round % 20}`, { note: `client ${i} round ${round}` });
    // Each turn lets the sockets move, as analysts typing do.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const first = clients[0] as Client;
  await until(() => clients.every((each) => sameState(each.doc, first.doc)) && sameState(first.doc, server.loadedDocument(documentName)));
  const ms = performance.now() - started;
  expect(first.doc.getMap('edits').size).toBe(1000);
  for (const link of links) link.disconnect();
  return ms;
}

test('team sync: 2 × 500 offline edits converge; 10 clients × 100 edits', async () => {
  test.setTimeout(600_000);
  const converge: number[] = [];
  const resolution: number[] = [];
  const ten: number[] = [];
  await withServer(async (server) => {
    // One warm-up of each first, not counted: the first runs pay for compiling the code paths.
    await convergeRun(server, 'team:bench/dossier:converge-warm-up');
    await tenClientsRun(server, 'team:bench/dossier:ten-warm-up');
    for (let run = 0; run < RUNS; run += 1) {
      const times = await convergeRun(server, `team:bench/dossier:converge-${run}`);
      converge.push(times.convergeMs);
      resolution.push(times.resolutionMs);
      ten.push(await tenClientsRun(server, `team:bench/dossier:ten-${run}`));
    }
  });
  const info = test.info();
  recordFigure(info, {
    name: 'sync_converge_ms',
    value: round(median(converge)),
    unit: 'ms',
    runs: converge.map((ms) => round(ms)),
    note: 'reconnect to both replicas and the server identical (Node, loopback, SQLite; IndexedDB not in the figure)',
  });
  recordFigure(info, { name: 'sync_resolution_ms', value: round(median(resolution)), unit: 'ms', runs: resolution.map((ms) => round(ms)), note: 'a conflict resolved on one replica, until the other shows it resolved' });
  recordFigure(info, { name: 'sync_10_clients_ms', value: round(median(ten)), unit: 'ms', runs: ten.map((ms) => round(ms)), note: 'first edit to all 10 clients and the server identical' });
});
