// Picks the host bridge: the Electron preload's when the page runs in the desktop app,
// the browser's otherwise. The rest of the renderer only sees the shared contract.
import type { HostBridge } from '../../shared/bridge/hostBridge';
import { createBrowserBridge } from './browserBridge';

declare global {
  interface Window {
    readonly dossierHost?: HostBridge;
  }
}

export const hostBridge: HostBridge = window.dossierHost ?? createBrowserBridge();
