// One list of checks every host bridge must pass, run against the browser bridge (tests/e2e)
// and the Electron preload (tests/electron). Each drives `window.dossierHost` in a live page.
import { expect, type Page } from '@playwright/test';

/** How a test makes the host send the page a command: main's IPC, or the browser's command channel. */
export type SendHostCommand = (command: unknown) => Promise<void>;

export interface BridgeContractCase {
  readonly name: string;
  readonly run: (page: Page, host: 'electron' | 'browser', sendCommand: SendHostCommand) => Promise<void>;
}

type Call = { method: string; request: unknown };

/** Calls a bridge method in the page and returns its refusal message, or null when it resolved. */
async function refusal(page: Page, call: Call): Promise<string | null> {
  return page.evaluate(async ({ method, request }) => {
    const bridge = (window as unknown as { dossierHost: Record<string, (r: unknown) => Promise<unknown>> }).dossierHost;
    try {
      await bridge[method]?.(request);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }, call);
}

export const HOST_BRIDGE_CONTRACT: readonly BridgeContractCase[] = [
  {
    name: 'names the app, its version and its host',
    run: async (page, host) => {
      const info = await page.evaluate(() => (window as unknown as { dossierHost: { getAppInfo(): Promise<unknown> } }).dossierHost.getAppInfo());
      expect(info).toMatchObject({ name: 'Dossier Workbench', host });
      expect((info as { version: string }).version).toMatch(/^\d+\.\d+\.\d+/);
      expect(await page.evaluate(() => (window as unknown as { dossierHost: { host: string } }).dossierHost.host)).toBe(host);
    },
  },
  {
    name: 'is frozen and offers only the contract’s methods',
    run: async (page) => {
      const shape = await page.evaluate(() => {
        const bridge = (window as unknown as { dossierHost: Record<string, unknown> }).dossierHost;
        return { keys: Object.keys(bridge).sort(), frozen: Object.isFrozen(bridge) };
      });
      expect(shape).toEqual({ keys: ['getAppInfo', 'host', 'onCommand', 'openFiles', 'openSecret', 'printToPdf', 'saveFile', 'sealSecret'], frozen: true });
    },
  },
  {
    name: 'refuses a save name with folders in it',
    run: async (page) => {
      const message = await refusal(page, { method: 'saveFile', request: { suggestedName: '../../.bashrc', mediaType: 'text/plain', content: 'x' } });
      expect(message).toMatch(/refused.*suggestedName/);
    },
  },
  {
    name: 'refuses an unknown media type, extra keys and missing fields',
    run: async (page) => {
      expect(await refusal(page, { method: 'saveFile', request: { suggestedName: 'a.html', mediaType: 'text/html', content: '<script>' } })).toMatch(/refused.*mediaType/);
      expect(await refusal(page, { method: 'openFiles', request: { purpose: 'article', multiple: true, path: '/etc' } })).toMatch(/refused/);
      expect(await refusal(page, { method: 'openFiles', request: { purpose: 'article' } })).toMatch(/refused.*multiple/);
    },
  },
  {
    name: 'refuses a page size it does not know',
    run: async (page) => {
      expect(await refusal(page, { method: 'printToPdf', request: { suggestedName: 'd.pdf', pageSize: 'A0' } })).toMatch(/refused.*pageSize/);
    },
  },
  {
    name: 'delivers checked host commands to subscribers until they unsubscribe',
    run: async (page, _host, sendCommand) => {
      await page.evaluate(() => {
        const state = window as unknown as { received: unknown[]; stop: () => void; dossierHost: { onCommand(l: (c: unknown) => void): () => void } };
        state.received = [];
        state.stop = state.dossierHost.onCommand((command) => state.received.push(command));
      });
      const received = (): Promise<unknown[]> => page.evaluate(() => (window as unknown as { received: unknown[] }).received);
      await sendCommand({ type: 'run-command', id: 'library.deleteEverything' });
      await sendCommand({ type: 'run-command', id: 'view.library', extra: true });
      await sendCommand({ type: 'run-command', id: 'view.library' });
      // Delivered in order, so once the valid one is here the refused ones would have been too.
      await expect.poll(received).toEqual([{ type: 'run-command', id: 'view.library' }]);
      await page.evaluate(() => (window as unknown as { stop: () => void }).stop());
      await sendCommand({ type: 'run-command', id: 'view.dossiers' });
      // The page's own subscriber (the workbench) still hears it: the Dossiers tab opens.
      await expect(page.getByRole('tab', { name: 'Dossiers' })).toHaveAttribute('aria-selected', 'true');
      expect(await received()).toEqual([{ type: 'run-command', id: 'view.library' }]);
    },
  },
];
