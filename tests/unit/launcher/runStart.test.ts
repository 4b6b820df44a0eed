import { describe, expect, it } from 'vitest';
import type { ElectronMachine } from '../../../electron/launcher/electronBinary';
import { runStart, type StartHost } from '../../../electron/launcher/runStart';
import type { StartOptions } from '../../../electron/launcher/startOptions';

const executable = '/project/node_modules/electron/dist/electron';

function machineWith(binary: 'usable' | 'missing' | 'no-display'): ElectronMachine {
  const files: Record<string, string> =
    binary === 'missing' ? {} : { '/project/node_modules/electron/path.txt': 'electron', [executable]: '' };
  return {
    env: binary === 'no-display' ? {} : { DISPLAY: ':0' },
    platform: 'linux',
    electronPackageDir: '/project/node_modules/electron',
    readTextFile: (file) => files[file],
    fileExists: (file) => file in files,
    runVersion: async () => ({ ran: true }),
    downloadElectron: async () => ({ downloaded: false, detail: 'github.com cannot be reached' }),
  };
}

/** A host that records every effect in order; `stop()` plays the part of Ctrl+C. */
function recordingHost(binary: 'usable' | 'missing' | 'no-display', exitCodes: { build?: number; app?: number } = {}) {
  const steps: string[] = [];
  let stop: () => void = () => undefined;
  const stopRequested = new Promise<void>((resolve) => {
    stop = resolve;
  });
  let browserBuilt: () => void = () => undefined;
  const built = new Promise<void>((resolve) => {
    browserBuilt = resolve;
  });
  const host: StartHost = {
    machine: machineWith(binary),
    target: { version: '45.4.1', platform: 'linux', arch: 'x64' },
    buildDesktop: async () => {
      steps.push('build desktop');
      return exitCodes.build ?? 0;
    },
    launchDesktop: async (path) => {
      steps.push(`launch ${path}`);
      return exitCodes.app ?? 0;
    },
    buildBrowser: async () => {
      steps.push('build browser');
      await built;
    },
    serveBrowser: async (port) => {
      steps.push(`serve on ${port}`);
      return { url: `http://localhost:${port}/`, close: async () => void steps.push('close server') };
    },
    openInBrowser: (url) => void steps.push(`open ${url}`),
    untilStopRequested: () => stopRequested,
    say: (line) => void steps.push(`say: ${line}`),
  };
  return { host, steps, stop, browserBuilt };
}

const options: StartOptions = { port: 5399, openBrowser: true };

/** Resolves once the recorded steps include one matching `pattern` (the host's work is asynchronous). */
async function until(steps: readonly string[], pattern: RegExp): Promise<void> {
  while (!steps.some((step) => pattern.test(step))) await new Promise((resolve) => setImmediate(resolve));
}

describe('runStart', () => {
  it('builds and launches the desktop app where Electron can run, and says nothing about the browser', async () => {
    const { host, steps } = recordingHost('usable', { app: 0 });
    expect(await runStart(options, host)).toBe(0);
    expect(steps).toEqual(['build desktop', `launch ${executable}`]);
  });

  it('passes on a failed build or the app’s exit code', async () => {
    expect(await runStart(options, recordingHost('usable', { build: 2 }).host)).toBe(2);
    expect(await runStart(options, recordingHost('usable', { app: 3 }).host)).toBe(3);
  });

  it('without Electron: one sentence saying why and how, then the browser build, its address, the browser; Ctrl+C closes it', async () => {
    const { host, steps, stop, browserBuilt } = recordingHost('missing');
    const exit = runStart(options, host);
    browserBuilt();
    await until(steps, /^open /);
    stop();
    expect(await exit).toBe(0);
    const [sentence, ...rest] = steps;
    expect(sentence).toMatch(/^say: The desktop app cannot start here \(Electron’s binary is not installed, and its download from GitHub failed: github\.com cannot be reached\), so the workbench opens as the browser build instead; /);
    expect(sentence).toMatch(/electron-v45\.4\.1-linux-x64\.zip.*ELECTRON_OVERRIDE_DIST_PATH.*electron-dist\/.*\.$/);
    expect(sentence?.match(/\. /g)).toBeNull();
    expect(rest).toEqual([
      'say: Building the workbench for the browser…',
      'build browser',
      'serve on 5399',
      'say: Dossier Workbench is running at http://localhost:5399/ (Ctrl+C stops it).',
      'open http://localhost:5399/',
      'close server',
      'say: Stopped.',
    ]);
  });

  it('opens no browser when told not to', async () => {
    const { host, steps, stop, browserBuilt } = recordingHost('missing');
    const exit = runStart({ ...options, openBrowser: false }, host);
    browserBuilt();
    await until(steps, /running at/);
    stop();
    expect(await exit).toBe(0);
    expect(steps.filter((step) => step.startsWith('open '))).toEqual([]);
  });

  it('stops quietly when Ctrl+C comes during the build, serving nothing', async () => {
    const { host, steps, stop } = recordingHost('missing');
    const exit = runStart(options, host);
    await until(steps, /^build browser$/);
    stop();
    expect(await exit).toBe(0);
    expect(steps.some((step) => step.startsWith('serve'))).toBe(false);
    expect(steps.at(-1)).toBe('say: Stopped.');
  });

  it('gives no download advice where the binary is fine but there is no display', async () => {
    const { host, steps, stop, browserBuilt } = recordingHost('no-display');
    const exit = runStart(options, host);
    browserBuilt();
    await until(steps, /running at/);
    stop();
    await exit;
    expect(steps[0]).toBe(
      'say: The desktop app cannot start here (there is no graphical display: neither DISPLAY nor WAYLAND_DISPLAY is set), so the workbench opens as the browser build instead.',
    );
  });
});
