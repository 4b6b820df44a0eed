// The README's first command on a machine without an Electron binary: `npm start` says why in one
// sentence, serves the browser build at the address it prints, and stops cleanly on Ctrl+C.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

const root = path.resolve(__dirname, '..', '..');

/** A port nothing listens on now, so this test never meets the suite's own server (E2E_PORT). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

test('npm start without Electron serves the workbench at the printed address until Ctrl+C', async ({ page }) => {
  // It builds the renderer first, on a machine the other tests keep busy.
  test.setTimeout(240_000);
  const work = mkdtempSync(path.join(tmpdir(), 'dossier-npm-start-'));
  const port = await freePort();
  // An empty override folder stands for "no usable Electron" even where one is installed, and
  // the build goes to its own folder so the suite's server keeps serving its files.
  const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: work, RENDERER_OUT_DIR: path.join(work, 'renderer'), DOSSIER_NO_BROWSER: '1' };
  // Its own process group, so Ctrl+C can be sent as a terminal sends it: to npm and its children at once.
  const child = spawn('npm', ['start', '--', '--port', String(port)], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stopped = exited(child);
  try {
    const address = await new Promise<string>((resolve, reject) => {
      const look = (): void => {
        const found = /running at (\S+) \(Ctrl\+C stops it\)/.exec(output)?.[1];
        if (found) resolve(found);
      };
      child.stdout?.on('data', look);
      void stopped.then(() => reject(new Error(`npm start ended before printing an address:\n${output}`)));
    });
    expect(address).toBe(`http://localhost:${port}/`);
    expect(output).toContain('The desktop app cannot start here (ELECTRON_OVERRIDE_DIST_PATH is');
    expect(output).toContain('so the workbench opens as the browser build instead; to get the desktop app, fetch electron-v');

    await page.goto(address);
    const workbench = new WorkbenchPage(page);
    await expect(workbench.article(SAMPLE_TITLES.nakhchivan)).toBeVisible();

    process.kill(-(child.pid ?? 0), 'SIGINT');
    // npm ends itself with the terminal's SIGINT after its script (as it does for any script); the
    // launcher's clean stop shows in its last line and in what it does not print.
    const ending = await stopped;
    expect(ending.code === 0 || ending.signal === 'SIGINT', JSON.stringify(ending)).toBe(true);
    expect(output).toMatch(/Stopped\.\s*$/);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/npm (error|ERR!)/);
  } finally {
    if (child.exitCode === null && child.signalCode === null) process.kill(-(child.pid ?? 0), 'SIGKILL');
    rmSync(work, { recursive: true, force: true });
  }
});
