import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronDistArgument, planPackaging, type PackagingMachine } from '../../../electron/launcher/packagingElectron';

const root = path.resolve('/project');
const folderZip = path.join(root, 'electron-dist', 'electron-v45.4.1-linux-x64.zip');

function machine(options: { files?: readonly string[]; online?: boolean; configured?: string; env?: Record<string, string> } = {}): PackagingMachine & { probes: number } {
  const files = new Set(options.files ?? []);
  const host = {
    root,
    target: { version: '45.4.1', platform: 'linux', arch: 'x64' },
    env: options.env ?? {},
    configuredElectronDist: options.configured,
    fileExists: (file: string) => files.has(file),
    reachesGitHub: async () => {
      host.probes += 1;
      return options.online ?? false;
    },
    probes: 0,
  };
  return host;
}

describe('planPackaging (npm run dist)', () => {
  it('downloads as before where GitHub answers and no zip is given', async () => {
    expect(await planPackaging([], machine({ online: true }))).toEqual({ canPackage: true, builderArgs: [], notice: undefined });
  });

  it('says one plain sentence instead of a download error where GitHub does not answer and no zip is given', async () => {
    const plan = await planPackaging([], machine({ online: false }));
    expect(plan.canPackage).toBe(false);
    if (plan.canPackage) return;
    expect(plan.sentence).toMatch(/^The desktop app cannot be packaged here \(there is no electron-dist\/electron-v45\.4\.1-linux-x64\.zip, and github\.com.*cannot be reached\); /);
    expect(plan.sentence).toContain('set ELECTRON_OVERRIDE_DIST_PATH to that folder for npm start, or put the zip itself in electron-dist/ for npm run dist');
  });

  it('packages the zip in electron-dist/ offline: electron-builder is pointed at it and builds the unpacked app', async () => {
    const plan = await planPackaging([], machine({ files: [folderZip], online: false }));
    expect(plan).toMatchObject({ canPackage: true, builderArgs: [`-c.electronDist=${folderZip}`, '--dir'] });
    expect(plan.canPackage && plan.notice).toMatch(/unpacked app only.*installer tools/);
  });

  it('builds the configured installers from the zip where GitHub answers, or the targets asked for', async () => {
    expect(await planPackaging([], machine({ files: [folderZip], online: true }))).toEqual({
      canPackage: true,
      builderArgs: [`-c.electronDist=${folderZip}`],
      notice: undefined,
    });
    expect(await planPackaging(['--linux', 'deb'], machine({ files: [folderZip], online: false }))).toMatchObject({
      builderArgs: [`-c.electronDist=${folderZip}`, '--linux', 'deb'],
      notice: undefined,
    });
  });

  it('leaves an electronDist given on the command line or in electron-builder.yml to electron-builder, and checks it exists', async () => {
    const given = path.resolve('/downloads/electron.zip');
    expect(await planPackaging([`-c.electronDist=${given}`], machine({ files: [given], online: true }))).toEqual({
      canPackage: true,
      builderArgs: [`-c.electronDist=${given}`],
      notice: undefined,
    });
    expect(await planPackaging([], machine({ configured: 'vendor/electron', files: [path.join(root, 'vendor/electron')], online: true }))).toMatchObject({
      canPackage: true,
      builderArgs: [],
    });
    const missing = await planPackaging([], machine({ configured: 'vendor/electron', online: true }));
    expect(missing.canPackage === false && missing.sentence).toContain(`electronDist points at ${path.join(root, 'vendor/electron')}, which does not exist`);
  });

  it('trusts a mirror or proxy to reach the downloads instead of probing github.com', async () => {
    const host = machine({ online: false, env: { ELECTRON_MIRROR: 'https://mirror.example/electron/' } });
    expect(await planPackaging([], host)).toMatchObject({ canPackage: true });
    expect(host.probes).toBe(0);
  });
});

describe('electronDistArgument', () => {
  it('reads electron-builder’s spellings of the setting', () => {
    expect(electronDistArgument(['-c.electronDist=/a.zip'])).toBe('/a.zip');
    expect(electronDistArgument(['--config.electronDist', '/b'])).toBe('/b');
    expect(electronDistArgument(['--linux', 'deb'])).toBeUndefined();
  });
});
