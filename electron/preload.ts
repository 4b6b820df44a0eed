// The sandboxed preload: exposes the host bridge as window.dossierHost, one named method per IPC
// channel. ipcRenderer itself never crosses into the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HostBridge, HostCommand } from '../shared/bridge/hostBridge';
import { HOST_CHANNELS } from '../shared/bridge/hostChannels';
import { isHostCommand } from '../shared/bridge/hostCommandGuard';

/** Commands that arrive before the page subscribes (files from the launch command line) wait here. */
const MAX_PENDING_COMMANDS = 20;
const pending: HostCommand[] = [];
const listeners = new Set<(command: HostCommand) => void>();

function deliver(listener: (command: HostCommand) => void, command: HostCommand): void {
  try {
    listener(command);
  } catch (error) {
    // One faulty listener must not stop the others from hearing the command.
    console.error('Dossier Workbench: a host command listener failed', error);
  }
}

// The event object is dropped here on purpose: it carries `sender`, i.e. ipcRenderer.
ipcRenderer.on(HOST_CHANNELS.command, (_event: IpcRendererEvent, payload: unknown) => {
  if (!isHostCommand(payload)) {
    console.warn('Dossier Workbench: ignored a malformed host command');
    return;
  }
  if (listeners.size === 0) {
    if (pending.length < MAX_PENDING_COMMANDS) pending.push(payload);
    return;
  }
  for (const listener of [...listeners]) deliver(listener, payload);
});

const bridge = {
  host: 'electron',
  getAppInfo: () => ipcRenderer.invoke(HOST_CHANNELS.getAppInfo),
  openFiles: (request) => ipcRenderer.invoke(HOST_CHANNELS.openFiles, request),
  saveFile: (request) => ipcRenderer.invoke(HOST_CHANNELS.saveFile, request),
  printToPdf: (request) => ipcRenderer.invoke(HOST_CHANNELS.printToPdf, request),
  sealSecret: (request) => ipcRenderer.invoke(HOST_CHANNELS.sealSecret, request),
  openSecret: (sealed) => ipcRenderer.invoke(HOST_CHANNELS.openSecret, sealed),
  onCommand: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onCommand needs a listener function');
    listeners.add(listener);
    // Hand over anything queued on the next tick, after the subscriber has its unsubscribe function.
    const queued = pending.splice(0, pending.length);
    if (queued.length > 0) {
      setTimeout(() => {
        // A listener that already unsubscribed leaves the commands for the next one.
        if (listeners.has(listener)) for (const command of queued) deliver(listener, command);
        else pending.unshift(...queued);
      }, 0);
    }
    return () => {
      listeners.delete(listener);
    };
  },
} satisfies HostBridge;

contextBridge.exposeInMainWorld('dossierHost', bridge);
