// The real machine behind the launcher's decisions: files, environment, child processes.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import type { DownloadResult, ElectronMachine, VersionProbe } from './electronBinary';
import { downloadsRouted, type ElectronTarget } from './electronRelease';

/** A healthy binary answers --version in well under a second; a hung one must not hold up npm start. */
const VERSION_TIME_LIMIT_MS = 15_000;

function readTextFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Runs the binary as plain Node (ELECTRON_RUN_AS_NODE) so the probe needs no display, yet still
 * proves the executable and its shared libraries load.
 */
function runVersion(executable: string): Promise<VersionProbe> {
  return new Promise((resolve) => {
    execFile(
      executable,
      ['--version'],
      { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, timeout: VERSION_TIME_LIMIT_MS, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ ran: true });
          return;
        }
        const said = `${stderr}`.trim().split('\n')[0] || `${stdout}`.trim().split('\n')[0];
        const detail = error.killed ? `no answer within ${VERSION_TIME_LIMIT_MS / 1000} s` : said || error.message;
        resolve({ ran: false, detail });
      },
    );
  });
}

const GITHUB_TIME_LIMIT_MS = 5_000;

/** Whether github.com answers on port 443: a blocked machine learns it in seconds, not after a download's retries. */
export function connectsToGitHub(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: 'github.com', port: 443, timeout: GITHUB_TIME_LIMIT_MS });
    const finish = (reached: boolean): void => {
      socket.destroy();
      resolve(reached);
    };
    socket.once('connect', () => finish(true));
    socket.once('timeout', () => finish(false));
    socket.once('error', () => finish(false));
  });
}

/** Runs Electron's installer quietly; its own failure output is a stack trace, so only its first line is kept. */
async function downloadElectron(electronPackageDir: string): Promise<DownloadResult> {
  if (!downloadsRouted(process.env) && !(await connectsToGitHub())) return { downloaded: false, detail: 'github.com cannot be reached' };
  console.log('Downloading Electron’s binary from GitHub (first start only)…');
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(electronPackageDir, 'install.js')], { cwd: electronPackageDir }, (error, _stdout, stderr) => {
      if (!error) resolve({ downloaded: true });
      else resolve({ downloaded: false, detail: `${stderr}`.trim().split('\n')[0] || error.message });
    });
  });
}

export function nodeElectronMachine(root: string): ElectronMachine {
  const electronPackageDir = path.join(root, 'node_modules', 'electron');
  return {
    env: process.env,
    platform: process.platform,
    electronPackageDir,
    readTextFile,
    fileExists: existsSync,
    runVersion,
    downloadElectron: () => downloadElectron(electronPackageDir),
  };
}

/** Electron's spelling of this machine in its release file names. */
export function nodeElectronTarget(root: string): ElectronTarget {
  const version = (JSON.parse(readTextFile(path.join(root, 'node_modules', 'electron', 'package.json')) ?? '{}') as { version?: string }).version;
  return {
    version: version ?? 'unknown',
    platform: process.platform,
    arch: process.arch === 'arm' ? 'armv7l' : process.arch,
  };
}

/** Runs an npm script in the project with the npm that started us; resolves to its exit code. */
export function runNpmScript(root: string, script: string): Promise<number> {
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli && npmCli.endsWith('.js') ? [process.execPath, [npmCli, 'run', '-s', script]] : ['npm', ['run', '-s', script]];
  return runCommand(command, args, root);
}

/** Runs a command with the terminal attached; resolves to its exit code (1 when it could not start). */
export function runCommand(command: string, args: readonly string[], cwd: string): Promise<number> {
  return new Promise((resolve) => {
    // Windows runs npm through npm.cmd, which only a shell can start.
    const child = spawn(command, [...args], { cwd, stdio: 'inherit', shell: process.platform === 'win32' && command === 'npm' });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
