// Picks the host bridge: the Electron preload's when the page runs in the desktop app,
// the browser's otherwise. The rest of the renderer only sees the shared contract.
import type { HostBridge } from '../../shared/bridge/hostBridge';
import { createBrowserBridge } from './browserBridge';

declare global {
  interface Window {
    readonly dossierHost?: HostBridge;
  }
}

function browserBridgeOnWindow(): HostBridge {
  const bridge = createBrowserBridge();
  // Published under the preload's name so one contract test list drives either bridge.
  Object.defineProperty(window, 'dossierHost', { value: Object.freeze(bridge), writable: false, configurable: false });
  return bridge;
}

export const hostBridge: HostBridge = window.dossierHost ?? browserBridgeOnWindow();
