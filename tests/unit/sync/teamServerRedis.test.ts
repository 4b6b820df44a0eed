// Two team server instances sharing one Redis (Debian's redis-server, started here on a free
// loopback port and stopped at the end): an edit made through one reaches a replica on the other.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamServer, type RunningTeamServer } from '../../../cli/teamServer';
import { parseTeamTokens } from '../../../cli/teamServerAuth';
import { closeReplica, connect, openReplica, sameState, until, type Replica } from './teamReplicas';

const HAS_REDIS = spawnSync('redis-server', ['--version']).status === 0;
const TOKENS = parseTeamTokens(JSON.stringify({ 'alice-token-0123456789': { team: 'analysts', user: 'Alice' }, 'bob-token-0123456789ab': { team: 'analysts', user: 'Bob' } }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let redis: ChildProcess | undefined;
let dataDir = '';
const servers: RunningTeamServer[] = [];
const replicas: Replica[] = [];

describe.skipIf(!HAS_REDIS)('several team server instances through Redis', () => {
  beforeAll(async () => {
    const port = await freePort();
    const started = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
    redis = started;
    await new Promise<void>((resolve, reject) => {
      started.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
      started.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Ready to accept connections')) resolve();
      });
    });
    dataDir = mkdtempSync(join(tmpdir(), 'team-redis-'));
    for (let i = 0; i < 2; i += 1) {
      servers.push(await startTeamServer({ port: 0, dataDir, tokens: TOKENS, redisUrl: `redis://127.0.0.1:${port}`, quiet: true }));
    }
  });

  afterAll(async () => {
    for (const replica of replicas) await closeReplica(replica);
    for (const server of servers) await server.stop();
    if (redis && redis.exitCode === null) {
      const exited = new Promise((resolve) => redis?.once('exit', resolve));
      redis.kill('SIGTERM');
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('passes edits between clients of different instances', async () => {
    const [first, second] = servers as [RunningTeamServer, RunningTeamServer];
    const alice = await openReplica(`redis-alice-${Date.now()}`, 'Alice');
    const bob = await openReplica(`redis-bob-${Date.now()}`, 'Bob');
    replicas.push(alice, bob);
    const links = [connect(alice, first.url, 'alice-token-0123456789'), connect(bob, second.url, 'bob-token-0123456789ab')];
    await until('both connected', () => links.every((link) => link.synced));
    alice.library.writeRecord('annotations', 'a1', { note: 'through instance one' });
    await until('Bob, on the other instance, has Alice’s edit', () => bob.library.record('annotations', 'a1')?.fields.note === 'through instance one');
    bob.library.writeRecord('annotations', 'a1', { actor: 'Iran' });
    await until('Alice has Bob’s edit', () => alice.library.record('annotations', 'a1')?.fields.actor === 'Iran');
    await until('both hold the same state', () => sameState(alice.doc, bob.doc));
    expect(alice.library.conflicts()).toEqual([]);
  });
});
