// Decides whether this machine has an Electron binary npm start can launch, and if not, why.
// Mirrors node_modules/electron/index.js, download on first use included, but a failure is an answer, not a throw.
import path from 'node:path';

export type VersionProbe = { readonly ran: true } | { readonly ran: false; readonly detail: string };
export type DownloadResult = { readonly downloaded: true } | { readonly downloaded: false; readonly detail: string };

/** Everything the decision reads from the machine, injected so tests need no binary. */
export interface ElectronMachine {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  /** node_modules/electron */
  readonly electronPackageDir: string;
  readTextFile(file: string): string | undefined;
  fileExists(file: string): boolean;
  /** Runs `<executable> --version` with a short time limit. */
  runVersion(executable: string): Promise<VersionProbe>;
  /**
   * Electron's own installer (node_modules/electron/install.js): Electron downloads its binary on
   * first use, not at npm install, so a first start on a connected machine still gets the desktop app.
   */
  downloadElectron(): Promise<DownloadResult>;
}

export type ElectronBinary =
  | { readonly usable: true; readonly executable: string }
  | { readonly usable: false; readonly problem: 'missing' | 'broken' | 'no-display'; readonly reason: string };

/** Where the executable sits inside an unzipped Electron release, as Electron's installer writes to path.txt. */
export function executableInRelease(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** Linux and the BSDs draw windows through X11 or Wayland; without either Electron exits at once. */
function lacksDisplay(machine: ElectronMachine): boolean {
  if (machine.platform === 'darwin' || machine.platform === 'win32') return false;
  return !machine.env.DISPLAY && !machine.env.WAYLAND_DISPLAY;
}

async function checkRuns(machine: ElectronMachine, executable: string, origin: string): Promise<ElectronBinary> {
  const probe = await machine.runVersion(executable);
  if (!probe.ran) {
    return { usable: false, problem: 'broken', reason: `the Electron binary ${origin} at ${executable} does not run: ${probe.detail}` };
  }
  if (lacksDisplay(machine)) {
    return { usable: false, problem: 'no-display', reason: 'there is no graphical display: neither DISPLAY nor WAYLAND_DISPLAY is set' };
  }
  return { usable: true, executable };
}

/** Runs Electron's download unless told not to; returns why there is still no binary, or nothing. */
async function fetchElectron(machine: ElectronMachine): Promise<ElectronBinary | undefined> {
  if (machine.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return { usable: false, problem: 'missing', reason: 'Electron’s binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  }
  const result = await machine.downloadElectron();
  if (result.downloaded) return undefined;
  return { usable: false, problem: 'missing', reason: `Electron’s binary is not installed, and its download from GitHub failed: ${result.detail}` };
}

export async function findElectronBinary(machine: ElectronMachine): Promise<ElectronBinary> {
  const recorded = machine.readTextFile(path.join(machine.electronPackageDir, 'path.txt'))?.trim() || undefined;
  const relative = recorded ?? executableInRelease(machine.platform);
  const override = machine.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = path.join(override, relative);
    if (!machine.fileExists(executable)) {
      return { usable: false, problem: 'missing', reason: `ELECTRON_OVERRIDE_DIST_PATH is ${override}, which has no ${relative}` };
    }
    return checkRuns(machine, executable, 'from ELECTRON_OVERRIDE_DIST_PATH');
  }
  if (recorded === undefined || !machine.fileExists(path.join(machine.electronPackageDir, 'dist', recorded))) {
    const fetched = await fetchElectron(machine);
    if (fetched) return fetched;
  }
  const installed = machine.readTextFile(path.join(machine.electronPackageDir, 'path.txt'))?.trim() || undefined;
  if (installed === undefined) {
    return { usable: false, problem: 'missing', reason: 'Electron’s binary is not installed: its installer wrote no node_modules/electron/path.txt' };
  }
  const executable = path.join(machine.electronPackageDir, 'dist', installed);
  if (!machine.fileExists(executable)) {
    return { usable: false, problem: 'missing', reason: `Electron’s binary is missing: node_modules/electron/path.txt names ${executable}, which does not exist` };
  }
  return checkRuns(machine, executable, 'in node_modules/electron');
}
