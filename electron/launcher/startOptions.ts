// Reads npm start's options (the browser build's port, whether to open a browser) from its
// command line and environment.
import { parseArgs } from 'node:util';

export const DEFAULT_PORT = 5173;

export interface StartOptions {
  readonly port: number;
  readonly openBrowser: boolean;
}

type Environment = Readonly<Record<string, string | undefined>>;

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

function parsePort(text: string, origin: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65_535) throw new Error(`${origin} must be a port number from 1 to 65535, not "${text}"`);
  return port;
}

/**
 * A browser window is opened only for a person at a desktop: never in CI, never when
 * DOSSIER_NO_BROWSER asks not to, never on Linux without a display (xdg-open would fail there).
 */
export function shouldOpenBrowser(env: Environment, platform: NodeJS.Platform): boolean {
  if (isSet(env.CI) || isSet(env.DOSSIER_NO_BROWSER)) return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** `npm start -- --port N` wins over DOSSIER_PORT, which wins over 5173 (vite's port in renderer/vite.config.mts). */
export function readStartOptions(argv: readonly string[], env: Environment, platform: NodeJS.Platform): StartOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { port: { type: 'string' }, 'no-browser': { type: 'boolean' } },
    strict: true,
  });
  const port =
    values.port !== undefined ? parsePort(values.port, '--port') : env.DOSSIER_PORT ? parsePort(env.DOSSIER_PORT, 'DOSSIER_PORT') : DEFAULT_PORT;
  return { port, openBrowser: !values['no-browser'] && shouldOpenBrowser(env, platform) };
}
