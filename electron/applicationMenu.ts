// Electron adapter for the application menu: wires the menu template's actions to the window,
// the About box and the data folder.
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { HOST_CHANNELS, type HostCommand } from '../shared/bridge/hostBridge';
import type { MainLog } from './mainLog';
import { buildMenuTemplate } from './menuTemplate';

export function installApplicationMenu(mainWindow: () => BrowserWindow | undefined, log: MainLog): void {
  const send = (command: HostCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow();
    if (target === undefined || target.isDestroyed()) return;
    target.webContents.send(HOST_CHANNELS.command, command);
  };
  const showAbout = (): void => {
    const options = {
      type: 'info' as const,
      title: `About ${app.getName()}`,
      message: app.getName(),
      detail: `Version ${app.getVersion()}\nElectron ${process.versions.electron}, Chromium ${process.versions.chrome}`,
      buttons: ['OK'],
      noLink: true,
    };
    const parent = mainWindow();
    void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  };
  const openDataFolder = (): void => {
    shell
      .openPath(app.getPath('userData'))
      .then((problem) => {
        // openPath reports failure as a message, not a rejection.
        if (problem !== '') log.warn(`Could not open the data folder: ${problem}`);
      })
      .catch((error: unknown) => log.warn('Could not open the data folder', error));
  };
  const template = buildMenuTemplate(
    { send, showAbout, openDataFolder },
    { appName: app.getName(), platform: process.platform, isPackaged: app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
