// The desktop shell starts, provably: the built main process (dist-electron/main.js, as
// `npm run build:electron` makes it) runs in Node against a recording stand-in for `electron`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS } from '../../../shared/bridge/hostChannels';
import { CONTENT_SECURITY_POLICY } from '../../../electron/rendererFiles';
import { createElectronStandIn, type StartupRecord } from './electronStandIn';

const root = path.resolve(__dirname, '..', '..', '..');
const INDEX_HTML = '<!doctype html><title>Dossier Workbench</title>';
let work: string;
let record: StartupRecord;
let app: import('node:events').EventEmitter;

/** Module._load is how Node resolves every require(); the stand-in answers for 'electron'. */
interface ModuleLoader {
  _load(request: string, parent: unknown, isMain: boolean): unknown;
}

beforeAll(async () => {
  // The layout of a packaged app: dist-electron/main.js beside dist/renderer/index.html.
  work = mkdtempSync(path.join(tmpdir(), 'dw-startup-'));
  const outDir = path.join(work, 'dist-electron');
  execFileSync(process.execPath, [path.join(root, 'electron', 'build.mjs'), '--outdir', outDir], { stdio: 'pipe' });
  mkdirSync(path.join(work, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(work, 'dist', 'renderer', 'index.html'), INDEX_HTML);
  writeFileSync(path.join(work, 'secret.txt'), 'not for the page');
  writeFileSync(path.join(work, 'colleague.dossier'), '{"format":"dossier-workbench"}');

  const standIn = createElectronStandIn(path.join(work, 'user-data'));
  record = standIn.record;
  app = standIn.app;
  const loader = Module as unknown as ModuleLoader;
  const originalLoad = loader._load;
  const listenersBefore = process.listeners('uncaughtException');
  vi.stubEnv('DOSSIER_WORKBENCH_USER_DATA_DIR', path.join(work, 'user-data'));
  loader._load = function load(request, parent, isMain) {
    return request === 'electron' ? standIn.electron : originalLoad.call(this, request, parent, isMain);
  };
  try {
    Module.createRequire(import.meta.url)(path.join(outDir, 'main.js'));
  } finally {
    loader._load = originalLoad;
  }
  // The main process installs its crash handler on this (the test's) process: take it off again.
  for (const listener of process.listeners('uncaughtException')) {
    if (!listenersBefore.includes(listener)) process.off('uncaughtException', listener);
  }
  standIn.ready();
  await vi.waitFor(() => expect(record.ipcHandlers.length).toBeGreaterThan(0), { timeout: 10_000 });
  await vi.waitFor(() => expect(record.windows).toHaveLength(1), { timeout: 10_000 });
}, 90_000);

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

describe('the built main process starting', () => {
  it('registers app:// as a privileged scheme before ready', () => {
    expect(record.privilegedSchemes).toHaveLength(1);
    expect(record.privilegedSchemes[0]?.beforeReady).toBe(true);
    expect(record.privilegedSchemes[0]?.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('takes the single-instance lock', () => {
    expect(record.singleInstanceLockTaken).toBe(true);
    expect(record.calls).not.toContain('quit');
    expect(record.errorBoxes).toEqual([]);
  });

  it('has exactly one handler for every invoke channel of the host bridge', () => {
    const { command: _pushedToThePage, ...invoke } = HOST_CHANNELS;
    expect([...record.ipcHandlers].sort()).toEqual(Object.values(invoke).sort());
  });

  it('opens the window with the secure web preferences', () => {
    const preferences = record.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(preferences.preload).toBe(path.join(work, 'dist-electron', 'preload.js'));
  });

  it('serves dist/renderer/index.html through the real protocol handler, with the CSP header', async () => {
    const handler = record.protocolHandlers.get('app');
    if (!handler) throw new Error('no app:// handler');
    const response = await handler(new Request('app://workbench/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('refuses a path outside dist/renderer', async () => {
    const handler = record.protocolHandlers.get('app');
    if (!handler) throw new Error('no app:// handler');
    for (const url of ['app://workbench/..%2f..%2fsecret.txt', 'app://workbench/%2e%2e%2f%2e%2e%2fsecret.txt', 'app://elsewhere/index.html']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text(), url).not.toContain('not for the page');
    }
  });

  it("hands a second instance's .dossier argument to the window as an open-files command", async () => {
    app.emit('second-instance', {}, ['/usr/bin/dossier-workbench', 'colleague.dossier'], work);
    await vi.waitFor(() => expect(record.sent).toHaveLength(1), { timeout: 10_000 });
    expect(record.sent[0]).toEqual({
      channel: HOST_CHANNELS.command,
      payload: { type: 'files-opened', files: [expect.objectContaining({ status: 'read', name: 'colleague.dossier' })] },
    });
  });
});
