// Electron adapter for the host bridge: one ipcMain.handle per invoke channel, with the native
// open/save dialogs the handlers ask for. The checks and file work live in hostHandlers.ts.
import { app, BrowserWindow, dialog, ipcMain, safeStorage, type FileFilter, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import { HOST_CHANNELS } from '../shared/bridge/hostBridge';
import type { FolderMemory } from './folderMemory';
import { createHostHandlers, INVOKE_CHANNELS, type FileDialogOptions } from './hostHandlers';
import type { MainLog } from './mainLog';

function filtersFor(options: FileDialogOptions): FileFilter[] {
  return options.filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}

export function registerHostIpc(folderMemory: FolderMemory, log: MainLog): void {
  const handlers = createHostHandlers<IpcMainInvokeEvent>({
    appInfo: () => ({ name: app.getName(), version: app.getVersion(), platform: process.platform, host: 'electron' }),
    async chooseFilesToOpen(event, options) {
      const properties: OpenDialogOptions['properties'] = options.multiple ? ['openFile', 'multiSelections'] : ['openFile'];
      const dialogOptions: OpenDialogOptions = {
        title: options.title,
        defaultPath: options.defaultPath,
        filters: filtersFor(options),
        properties,
      };
      const window = BrowserWindow.fromWebContents(event.sender);
      const result = window ? await dialog.showOpenDialog(window, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseSavePath(event, options) {
      const dialogOptions = { title: options.title, defaultPath: options.defaultPath, filters: filtersFor(options) };
      const window = BrowserWindow.fromWebContents(event.sender);
      const result = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
    folderMemory,
    defaultFolder: () => app.getPath('documents'),
    log,
    secretCipher: {
      isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
      encryptString: (text) => safeStorage.encryptString(text),
      decryptString: (encrypted) => safeStorage.decryptString(Buffer.from(encrypted)),
    },
  });

  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(HOST_CHANNELS[channel], async (event, ...args: unknown[]) => {
      try {
        return await handlers[channel](event, args);
      } catch (error) {
        // The page sees the message; the log keeps the stack for a bug report.
        log.warn(`IPC ${HOST_CHANNELS[channel]} failed`, error);
        throw error;
      }
    });
  }
}
