// Launches the built desktop app (dist-electron/main.js via package.json) and checks the page
// loads over app://, hardened, with the host bridge, and shows the Library.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { HOST_BRIDGE_CONTRACT } from '../contract/hostBridgeContract';

const root = path.resolve(__dirname, '..', '..');
const electronPackage = path.join(root, 'node_modules', 'electron');

/**
 * Where the Electron binary is, or why there is none. Mirrors node_modules/electron/index.js,
 * except that it never tries to download: a missing binary means skip, not a network call.
 */
function findElectronBinary(): { path: string } | { reason: string } {
  const pathFile = path.join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative ?? 'electron');
    return existsSync(candidate) ? { path: candidate } : { reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${candidate}` };
  }
  if (relative === undefined) {
    return { reason: 'node_modules/electron/path.txt is missing (the binary was never downloaded)' };
  }
  const candidate = path.join(electronPackage, 'dist', relative);
  return existsSync(candidate) ? { path: candidate } : { reason: `path.txt points at ${candidate}, which does not exist` };
}

const binary = findElectronBinary();
test.skip('reason' in binary, `No Electron binary on this machine: ${'reason' in binary ? binary.reason : ''}`);

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  if (!('path' in binary)) return;
  for (const built of ['dist-electron/main.js', 'dist-electron/preload.js', 'dist/renderer/index.html']) {
    expect(existsSync(path.join(root, built)), `${built} is missing: run npm run build first`).toBe(true);
  }
  userData = mkdtempSync(path.join(tmpdir(), 'dossier-electron-'));
  // Chromium refuses to start as root unless its own sandbox is off (CI containers run as root).
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  app = await _electron.launch({
    executablePath: binary.path,
    // The project folder, so package.json names the app and points at dist-electron/main.js.
    args: [...rootArgs, root],
    cwd: root,
    env: { ...process.env, DOSSIER_WORKBENCH_USER_DATA_DIR: userData },
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('shows the Library over app://workbench', async () => {
  await expect(page.getByRole('heading', { name: 'Library' }).or(page.getByRole('region', { name: 'Library' })).first()).toBeVisible();
  expect(new URL(page.url()).origin).toBe('app://workbench');
});

test('exposes the host bridge and nothing of Node', async () => {
  const exposed = await page.evaluate(async () => {
    const host = (window as unknown as { dossierHost?: { host: string; getAppInfo(): Promise<{ host: string }> } }).dossierHost;
    return {
      bridgeHost: host?.host,
      infoHost: (await host?.getAppInfo())?.host,
      hasRequire: 'require' in window,
      hasProcess: 'process' in window,
    };
  });
  expect(exposed).toEqual({ bridgeHost: 'electron', infoHost: 'electron', hasRequire: false, hasProcess: false });
});

test('serves the page with the strict content security policy', async () => {
  const policy = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  const escape = await page.evaluate(async () => (await fetch('/..%2F..%2Fpackage.json')).status);
  expect(escape).toBe(403);
});

test('keeps the window on the app and sends web links to the browser instead', async () => {
  // Stand in for the system browser, so the test records the hand-over instead of opening one.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { openedExternally: string[] }).openedExternally = opened;
    shell.openExternal = async (url: string): Promise<void> => void opened.push(url);
  });
  await page.evaluate(() => {
    window.location.href = 'https://example.com/story';
  });
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally))
    .toEqual(['https://example.com/story']);
  expect(new URL(page.url()).origin).toBe('app://workbench');
  await page.evaluate(() => window.open('file:///etc/passwd'));
  // No fixed wait for an absence: a web link opened after it is handed over in order, so once it
  // has arrived the refused window would have appeared too.
  await page.evaluate(() => window.open('https://example.com/after'));
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally))
    .toEqual(['https://example.com/story', 'https://example.com/after']);
  expect(app.windows()).toHaveLength(1);
});

for (const check of HOST_BRIDGE_CONTRACT) {
  test(`electron bridge: ${check.name}`, async () => {
    await check.run(page, 'electron', async (command) => {
      await app.evaluate(({ BrowserWindow }, payload) => BrowserWindow.getAllWindows()[0]?.webContents.send('host:command', payload), command);
    });
  });
}
