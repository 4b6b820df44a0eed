// The real effects behind npm start: npm run build and Electron for the desktop app, Vite's build
// and preview server for the browser build, the system browser, and the terminal's Ctrl+C.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { nodeElectronMachine, nodeElectronTarget, runNpmScript } from './nodeMachine';
import type { RunningServer, StartHost } from './runStart';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function launchDesktop(executable: string, root: string): Promise<number> {
  return new Promise((resolve) => {
    // The project folder as the app: package.json names it and points at dist-electron/main.js.
    const child = spawn(executable, [root], { cwd: root, stdio: 'inherit' });
    // A terminal's Ctrl+C reaches Electron by itself; a SIGTERM sent to us alone must be passed on.
    const forward = (signal: NodeJS.Signals): void => {
      if (child.exitCode === null) child.kill(signal);
    };
    for (const signal of STOP_SIGNALS) process.on(signal, forward);
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => {
      for (const stopSignal of STOP_SIGNALS) process.off(stopSignal, forward);
      resolve(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
    });
  });
}

/** The command that hands a URL to the desktop's default browser, if this machine has one. */
export function browserOpener(platform: NodeJS.Platform, searchPath: string, url: string): { command: string; args: string[] } | undefined {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  const onPath = searchPath.split(path.delimiter).some((folder) => folder !== '' && existsSync(path.join(folder, 'xdg-open')));
  return onPath ? { command: 'xdg-open', args: [url] } : undefined;
}

/** Best effort: where no browser can be opened, the printed address is enough. */
function openInBrowser(url: string): void {
  const opener = browserOpener(process.platform, process.env.PATH ?? '', url);
  if (!opener) return;
  const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: true });
  child.on('error', () => undefined);
  child.unref();
}

function untilStopRequested(): Promise<void> {
  return new Promise((resolve) => {
    for (const signal of STOP_SIGNALS) process.once(signal, () => resolve());
  });
}

export function nodeStartHost(root: string): StartHost {
  const configFile = path.join(root, 'renderer', 'vite.config.mts');
  return {
    machine: nodeElectronMachine(root),
    target: nodeElectronTarget(root),
    buildDesktop: () => runNpmScript(root, 'build'),
    launchDesktop: (executable) => launchDesktop(executable, root),
    async buildBrowser(): Promise<void> {
      const { build } = await import('vite');
      await build({ configFile, logLevel: 'warn' });
    },
    async serveBrowser(port: number): Promise<RunningServer> {
      const { preview } = await import('vite');
      const server = await preview({ configFile, logLevel: 'warn', preview: { port, strictPort: true, open: false } }).catch((error: unknown) => {
        const busy = error instanceof Error && /already in use/.test(error.message);
        throw busy ? new Error(`Port ${port} is already in use: stop what listens there, or pick another with npm start -- --port N.`) : error;
      });
      return { url: server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`, close: () => server.close() };
    },
    openInBrowser,
    untilStopRequested,
    say: (line) => console.log(line),
  };
}
