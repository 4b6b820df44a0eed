// Electron adapter for files handed to the app by the system: .dossier paths on the command line
// (first launch or a second launch), and macOS "open-file" events. Read, then sent to the page.
import type { BrowserWindow } from 'electron';
import { HOST_CHANNELS, type HostCommand, type OpenedFile } from '../shared/bridge/hostBridge';
import { MAX_LAUNCH_FILES } from './launchFiles';
import type { MainLog } from './mainLog';
import { whenPageLoaded } from './mainWindow';
import { readOpenedFile } from './openedFiles';

export interface FileOpener {
  /** Queues paths; they are delivered once a window exists and its page has loaded. */
  open(paths: readonly string[]): void;
  /** Called when the main window exists; flushes anything queued before it. */
  attach(window: BrowserWindow): void;
}

export function createFileOpener(log: MainLog): FileOpener {
  let window: BrowserWindow | undefined;
  const queued: string[] = [];

  async function readAll(paths: readonly string[]): Promise<OpenedFile[]> {
    const files: OpenedFile[] = [];
    for (const filePath of paths) {
      try {
        files.push(await readOpenedFile(filePath, 'shared-file'));
      } catch (error) {
        // A missing or unreadable file from the command line is not worth a dialog per file.
        log.warn(`Could not open ${filePath}`, error);
      }
    }
    return files;
  }

  async function deliver(target: BrowserWindow, paths: readonly string[]): Promise<void> {
    const files = await readAll(paths);
    if (files.length === 0 || target.isDestroyed()) return;
    await whenPageLoaded(target);
    if (target.isDestroyed()) return;
    const command: HostCommand = { type: 'files-opened', files };
    target.webContents.send(HOST_CHANNELS.command, command);
    log.info(`Opened ${files.length} file(s) from the system`);
  }

  function flush(): void {
    if (window === undefined || window.isDestroyed() || queued.length === 0) return;
    const paths = queued.splice(0, queued.length);
    deliver(window, paths).catch((error: unknown) => log.error('Could not deliver opened files', error));
  }

  return {
    open(paths) {
      const room = MAX_LAUNCH_FILES - queued.length;
      queued.push(...paths.slice(0, Math.max(0, room)));
      flush();
    },
    attach(target) {
      window = target;
      flush();
    },
  };
}
