import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, readStartOptions, shouldOpenBrowser } from '../../../electron/launcher/startOptions';

describe('readStartOptions', () => {
  it('serves on 5173 unless --port or DOSSIER_PORT says otherwise, --port first', () => {
    expect(readStartOptions([], {}, 'linux').port).toBe(DEFAULT_PORT);
    expect(readStartOptions([], { DOSSIER_PORT: '5400' }, 'linux').port).toBe(5400);
    expect(readStartOptions(['--port', '5401'], { DOSSIER_PORT: '5400' }, 'linux').port).toBe(5401);
    expect(readStartOptions(['--port=5402'], {}, 'linux').port).toBe(5402);
  });

  it('refuses a port that is not one, and unknown options, with a plain message', () => {
    expect(() => readStartOptions(['--port', 'abc'], {}, 'linux')).toThrow('--port must be a port number from 1 to 65535, not "abc"');
    expect(() => readStartOptions([], { DOSSIER_PORT: '70000' }, 'linux')).toThrow(/DOSSIER_PORT must be a port number/);
    expect(() => readStartOptions(['--prot', '1'], {}, 'linux')).toThrow(/--prot/);
  });

  it('--no-browser keeps the browser closed', () => {
    expect(readStartOptions(['--no-browser'], {}, 'darwin').openBrowser).toBe(false);
  });
});

describe('shouldOpenBrowser', () => {
  it('opens one on a desktop', () => {
    expect(shouldOpenBrowser({}, 'darwin')).toBe(true);
    expect(shouldOpenBrowser({}, 'win32')).toBe(true);
    expect(shouldOpenBrowser({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(shouldOpenBrowser({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
  });

  it('never in CI, never when DOSSIER_NO_BROWSER is set, never on Linux without a display', () => {
    expect(shouldOpenBrowser({ CI: 'true' }, 'darwin')).toBe(false);
    expect(shouldOpenBrowser({ DOSSIER_NO_BROWSER: '1', DISPLAY: ':0' }, 'linux')).toBe(false);
    expect(shouldOpenBrowser({}, 'linux')).toBe(false);
    expect(shouldOpenBrowser({ CI: 'false', DOSSIER_NO_BROWSER: '0', DISPLAY: ':0' }, 'linux')).toBe(true);
  });
});
