// npm start: the desktop app where an Electron binary can run, otherwise the browser build, with
// one plain sentence saying why and how to get the desktop app. Every effect goes through StartHost.
import { findElectronBinary, type ElectronBinary, type ElectronMachine } from './electronBinary';
import { browserFallbackSentence, type ElectronTarget } from './electronRelease';
import type { StartOptions } from './startOptions';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export interface StartHost {
  readonly machine: ElectronMachine;
  readonly target: ElectronTarget;
  /** `npm run build` (renderer and main process); resolves to its exit code. */
  buildDesktop(): Promise<number>;
  /** Runs the desktop app until it quits; resolves to its exit code. */
  launchDesktop(executable: string): Promise<number>;
  buildBrowser(): Promise<void>;
  serveBrowser(port: number): Promise<RunningServer>;
  openInBrowser(url: string): void;
  /** Resolves on the first Ctrl+C (SIGINT) or SIGTERM. */
  untilStopRequested(): Promise<void>;
  say(line: string): void;
}

/** Builds and serves the browser build, then keeps it up until asked to stop; resolves to the exit code. */
async function runBrowserBuild(options: StartOptions, host: StartHost, stopRequested: Promise<void>): Promise<number> {
  host.say('Building the workbench for the browser…');
  const stoppedEarly = Symbol('stopped');
  const built = await Promise.race([host.buildBrowser().then(() => true), stopRequested.then(() => stoppedEarly)]);
  if (built === stoppedEarly) {
    host.say('Stopped.');
    return 0;
  }
  const server = await host.serveBrowser(options.port);
  host.say(`Dossier Workbench is running at ${server.url} (Ctrl+C stops it).`);
  if (options.openBrowser) host.openInBrowser(server.url);
  await stopRequested;
  await server.close();
  host.say('Stopped.');
  return 0;
}

export async function runStart(options: StartOptions, host: StartHost): Promise<number> {
  // Listen before any work, so a Ctrl+C during the build ends quietly rather than with a trace.
  const stopRequested = host.untilStopRequested();
  const binary: ElectronBinary = await findElectronBinary(host.machine);
  if (binary.usable) {
    const built = await host.buildDesktop();
    if (built !== 0) return built;
    return host.launchDesktop(binary.executable);
  }
  host.say(browserFallbackSentence(binary.reason, host.target, binary.problem !== 'no-display'));
  return runBrowserBuild(options, host, stopRequested);
}
