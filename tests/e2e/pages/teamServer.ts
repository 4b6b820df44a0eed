// The real team server for e2e tests: `npm run team-server` on a free port, with its data in a
// temporary folder and a tokens file the test writes; stopped (with its process group) at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';

export interface TeamToken {
  readonly team: string;
  readonly user: string;
  readonly readOnly: boolean;
}

export interface RunningTeamServer {
  readonly port: number;
  /** The address an analyst enters in Settings → Team sync for `team`. */
  address(team: string): string;
  stop(): Promise<void>;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts the server and waits until it accepts connections. */
export async function startTeamServer(port: number, tokens: Readonly<Record<string, TeamToken>>): Promise<RunningTeamServer> {
  const folder = mkdtempSync(path.join(tmpdir(), 'team-server-'));
  const tokensFile = path.join(folder, 'tokens.json');
  writeFileSync(tokensFile, JSON.stringify(tokens, null, 2));
  const dataFolder = path.join(folder, 'data');
  mkdirSync(dataFolder);
  let output = '';
  const server: ChildProcess = spawn('npm', ['run', '-s', 'team-server', '--', '--port', String(port), '--data', dataFolder, '--tokens', tokensFile], {
    cwd: path.join(__dirname, '..', '..', '..'),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  await expect
    .poll(async () => (server.exitCode !== null ? `exited: ${output}` : (await portOpen(port)) ? 'listening' : 'starting'), { timeout: 60_000, message: 'the team server starts' })
    .toBe('listening');
  return {
    port,
    address: (team) => `ws://127.0.0.1:${port}/${encodeURIComponent(team)}`,
    stop: async () => {
      if (server.exitCode === null && server.pid !== undefined) {
        // npm starts the server as a child: the whole process group goes.
        process.kill(-server.pid, 'SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
