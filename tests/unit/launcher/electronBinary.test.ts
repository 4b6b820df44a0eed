import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, type DownloadResult, type ElectronMachine, type VersionProbe } from '../../../electron/launcher/electronBinary';

const packageDir = path.resolve('/project/node_modules/electron');
const installed = path.join(packageDir, 'dist', 'electron');
const downloaded: Readonly<Record<string, string>> = { [path.join(packageDir, 'path.txt')]: 'electron', [installed]: '' };

interface FakeMachine {
  readonly files?: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly platform?: NodeJS.Platform;
  readonly probe?: VersionProbe;
  /** What Electron's installer does when asked: put the binary in place, or fail saying this. */
  readonly download?: 'installs' | string;
}

/** A machine made of a file table; records which executables were asked for --version, and downloads. */
function machine({ files = {}, env = { DISPLAY: ':0' }, platform = 'linux', probe = { ran: true }, download = 'no route to github.com' }: FakeMachine) {
  const table: Record<string, string> = { ...files };
  const probed: string[] = [];
  const downloads: string[] = [];
  const host: ElectronMachine = {
    env,
    platform,
    electronPackageDir: packageDir,
    readTextFile: (file) => table[file],
    fileExists: (file) => file in table,
    runVersion: async (executable) => {
      probed.push(executable);
      return probe;
    },
    downloadElectron: async (): Promise<DownloadResult> => {
      downloads.push('electron');
      if (download !== 'installs') return { downloaded: false, detail: download };
      Object.assign(table, downloaded);
      return { downloaded: true };
    },
  };
  return Object.assign(host, { probed, downloads });
}


describe('findElectronBinary', () => {
  it('uses the downloaded binary when path.txt names one that exists and runs', async () => {
    const host = machine({ files: downloaded });
    expect(await findElectronBinary(host)).toEqual({ usable: true, executable: installed });
    expect(host.probed).toEqual([installed]);
    expect(host.downloads).toEqual([]);
  });

  it('downloads the binary on first start, as Electron itself would, and uses it', async () => {
    const host = machine({ download: 'installs' });
    expect(await findElectronBinary(host)).toEqual({ usable: true, executable: installed });
    expect(host.downloads).toEqual(['electron']);
  });

  it('reports a missing binary, with the download’s own reason, where the download fails', async () => {
    const host = machine({ download: 'github.com cannot be reached' });
    const binary = await findElectronBinary(host);
    expect(binary).toEqual({
      usable: false,
      problem: 'missing',
      reason: 'Electron’s binary is not installed, and its download from GitHub failed: github.com cannot be reached',
    });
    expect(host.probed).toEqual([]);
  });

  it('does not download where ELECTRON_SKIP_BINARY_DOWNLOAD says not to', async () => {
    const host = machine({ env: { DISPLAY: ':0', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, download: 'installs' });
    const binary = await findElectronBinary(host);
    expect(binary).toMatchObject({ usable: false, problem: 'missing' });
    expect(binary.usable === false && binary.reason).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
    expect(host.downloads).toEqual([]);
  });

  it('tries the download again when path.txt names a binary that is gone, and says so if that fails', async () => {
    const host = machine({ files: { [path.join(packageDir, 'path.txt')]: 'electron\n' } });
    const binary = await findElectronBinary(host);
    expect(binary).toMatchObject({ usable: false, problem: 'missing' });
    expect(host.downloads).toEqual(['electron']);
  });

  it('reports a broken binary when it does not answer --version', async () => {
    const binary = await findElectronBinary(
      machine({ files: downloaded, probe: { ran: false, detail: 'error while loading shared libraries: libnss3.so' } }),
    );
    expect(binary).toMatchObject({ usable: false, problem: 'broken' });
    expect(binary.usable === false && binary.reason).toContain('libnss3.so');
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH over the downloaded binary', async () => {
    const override = path.resolve('/opt/electron-45');
    const executable = path.join(override, 'electron');
    const host = machine({ files: { ...downloaded, [executable]: '' }, env: { DISPLAY: ':0', ELECTRON_OVERRIDE_DIST_PATH: override } });
    expect(await findElectronBinary(host)).toEqual({ usable: true, executable });
    expect(host.probed).toEqual([executable]);
    expect(host.downloads).toEqual([]);
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH even where Electron’s own download never happened, with the platform’s executable name', async () => {
    const override = path.resolve('/Applications/electron');
    const executable = path.join(override, 'Electron.app/Contents/MacOS/Electron');
    const host = machine({ files: { [executable]: '' }, env: { ELECTRON_OVERRIDE_DIST_PATH: override }, platform: 'darwin' });
    expect(await findElectronBinary(host)).toEqual({ usable: true, executable });
  });

  it('says which folder ELECTRON_OVERRIDE_DIST_PATH names when the binary is not in it', async () => {
    const binary = await findElectronBinary(machine({ files: downloaded, env: { DISPLAY: ':0', ELECTRON_OVERRIDE_DIST_PATH: '/opt/empty' } }));
    expect(binary).toMatchObject({ usable: false, problem: 'missing' });
    expect(binary.usable === false && binary.reason).toContain('ELECTRON_OVERRIDE_DIST_PATH is /opt/empty');
  });

  it('reports a broken override binary', async () => {
    const executable = path.join('/opt/electron', 'electron');
    const binary = await findElectronBinary(
      machine({ files: { [executable]: '' }, env: { DISPLAY: ':0', ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, probe: { ran: false, detail: 'Exec format error' } }),
    );
    expect(binary).toMatchObject({ usable: false, problem: 'broken' });
    expect(binary.usable === false && binary.reason).toMatch(/ELECTRON_OVERRIDE_DIST_PATH.*Exec format error/);
  });

  it('does not launch a working binary on Linux without a display', async () => {
    const binary = await findElectronBinary(machine({ files: downloaded, env: {} }));
    expect(binary).toMatchObject({ usable: false, problem: 'no-display' });
    expect(await findElectronBinary(machine({ files: downloaded, env: { WAYLAND_DISPLAY: 'wayland-0' } }))).toMatchObject({ usable: true });
    expect(await findElectronBinary(machine({ files: { ...downloaded, [path.join(packageDir, 'dist', 'electron.exe')]: '' }, env: {}, platform: 'win32' }))).toMatchObject({
      usable: true,
    });
  });
});
