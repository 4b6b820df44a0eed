import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostBridge, HostCommand } from '../../../shared/bridge/hostBridge';
import { HOST_CHANNELS } from '../../../shared/bridge/hostChannels';

const root = path.resolve(__dirname, '..', '..', '..');
let outDir: string;
let preloadCode: string;
let mainCode: string;

beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'electron-bundles-'));
  execFileSync(process.execPath, [path.join(root, 'electron', 'build.mjs'), '--outdir', outDir], { stdio: 'pipe' });
  preloadCode = readFileSync(path.join(outDir, 'preload.js'), 'utf8');
  mainCode = readFileSync(path.join(outDir, 'main.js'), 'utf8');
}, 60_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1] ?? ''))].sort();
}

describe('the bundles', () => {
  it('the preload requires nothing but electron, which is all a sandboxed preload may load', () => {
    expect(requiredModules(preloadCode)).toEqual(['electron']);
    expect(preloadCode).not.toMatch(/\brequire\(\s*[^"'\s]/);
    // zod stays in main: the preload only needs channel names.
    expect(preloadCode.length).toBeLessThan(50_000);
  });

  it('main requires only electron and Node built-ins', () => {
    for (const name of requiredModules(mainCode)) expect(name === 'electron' || name.startsWith('node:'), name).toBe(true);
  });
});

/** Runs the preload bundle against a fake electron module and returns what it exposed. */
function loadPreload(): {
  bridge: HostBridge;
  exposedNames: string[];
  invoked: unknown[][];
  emit: (payload: unknown) => void;
} {
  const exposed = new Map<string, unknown>();
  const invoked: unknown[][] = [];
  const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  const ipcRenderer = {
    invoke: async (...args: unknown[]) => void invoked.push(args),
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
  };
  const electron = { contextBridge: { exposeInMainWorld: (name: string, value: unknown) => exposed.set(name, value) }, ipcRenderer };
  const module = { exports: {} };
  const sandbox = {
    module,
    exports: module.exports,
    require: (id: string) => {
      if (id !== 'electron') throw new Error(`the preload required ${id}`);
      return electron;
    },
    console: { warn: () => undefined, error: () => undefined },
    setTimeout,
  };
  vm.runInNewContext(preloadCode, sandbox);
  const emit = (payload: unknown): void => {
    for (const listener of listeners.get(HOST_CHANNELS.command) ?? []) listener({ sender: ipcRenderer }, payload);
  };
  return { bridge: exposed.get('dossierHost') as HostBridge, exposedNames: [...exposed.keys()], invoked, emit };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

describe('the preload bundle', () => {
  it('exposes only window.dossierHost, with one named method per channel and no ipcRenderer', async () => {
    const { bridge, exposedNames, invoked } = loadPreload();
    expect(exposedNames).toEqual(['dossierHost']);
    expect(bridge.host).toBe('electron');
    expect(Object.keys(bridge).sort()).toEqual(['getAppInfo', 'host', 'onCommand', 'openFiles', 'openSecret', 'printToPdf', 'saveFile', 'sealSecret']);
    await bridge.getAppInfo();
    await bridge.openFiles({ purpose: 'article', multiple: false });
    await bridge.saveFile({ suggestedName: 'a.json', mediaType: 'application/json', content: '{}' });
    await bridge.printToPdf({ suggestedName: 'a.pdf', pageSize: 'A4' });
    await bridge.sealSecret({ text: 'a-token' });
    await bridge.openSecret({ scheme: 'plain', text: 'a-token' });
    expect(invoked).toEqual([
      [HOST_CHANNELS.getAppInfo],
      [HOST_CHANNELS.openFiles, { purpose: 'article', multiple: false }],
      [HOST_CHANNELS.saveFile, { suggestedName: 'a.json', mediaType: 'application/json', content: '{}' }],
      [HOST_CHANNELS.printToPdf, { suggestedName: 'a.pdf', pageSize: 'A4' }],
      [HOST_CHANNELS.sealSecret, { text: 'a-token' }],
      [HOST_CHANNELS.openSecret, { scheme: 'plain', text: 'a-token' }],
    ]);
  });

  it('delivers valid commands without the IPC event, drops malformed ones, and unsubscribes', async () => {
    const { bridge, emit } = loadPreload();
    const received: unknown[][] = [];
    const unsubscribe = bridge.onCommand((...args: unknown[]) => received.push(args));
    emit({ type: 'run-command', id: 'dossier.exportPdf' });
    emit({ type: 'format-disk' });
    emit({ type: 'run-command', id: 'disk.format' });
    emit({ type: 'run-command', id: 'dossier.exportPdf', extra: true });
    expect(received).toEqual([[{ type: 'run-command', id: 'dossier.exportPdf' }]]);
    unsubscribe();
    emit({ type: 'run-command', id: 'library.import' });
    expect(received).toHaveLength(1);
  });

  it('holds commands that arrive before anyone subscribes, for the first subscriber', async () => {
    const { bridge, emit } = loadPreload();
    const command: HostCommand = { type: 'files-opened', files: [{ status: 'too-large', name: 'a.dossier', size: 9, limit: 1 }] };
    emit(command);
    const received: HostCommand[] = [];
    bridge.onCommand((item) => received.push(item));
    expect(received).toEqual([]);
    await tick();
    expect(received).toEqual([command]);
  });

  it('keeps delivering to other listeners when one throws', () => {
    const { bridge, emit } = loadPreload();
    const received: HostCommand[] = [];
    bridge.onCommand(() => {
      throw new Error('listener bug');
    });
    bridge.onCommand((item) => received.push(item));
    emit({ type: 'run-command', id: 'library.import' });
    expect(received).toEqual([{ type: 'run-command', id: 'library.import' }]);
  });
});
