// The application menu as data: built from injected actions so the structure, accelerators and
// the commands each item sends are testable without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../shared/bridge/hostBridge';

export interface MenuActions {
  /** Sends a command to the focused workbench page. */
  readonly send: (command: HostCommand) => void;
  readonly showAbout: () => void;
  readonly openDataFolder: () => void;
}

export interface MenuEnvironment {
  readonly appName: string;
  readonly platform: NodeJS.Platform;
  /** Reload and developer tools only exist in development builds. */
  readonly isPackaged: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** Alt-key mnemonics (`&File`) are a Windows and Linux convention; macOS menus show no ampersand. */
function topLabel(label: string, isMac: boolean): string {
  return isMac ? label : `&${label}`;
}

/**
 * An item that sends a command to the page. The page already answers the same keys itself (in
 * the browser too), so the accelerator is shown but not registered: one key press, one action.
 */
function commandItem(actions: MenuActions, label: string, accelerator: string, command: HostCommand): MenuItemConstructorOptions {
  return { label, accelerator, registerAccelerator: false, click: () => actions.send(command) };
}

function fileMenu(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: topLabel('File', isMac),
    submenu: [
      commandItem(actions, 'Import article…', 'CmdOrCtrl+O', { type: 'import-article' }),
      commandItem(actions, 'Open shared file…', 'CmdOrCtrl+Shift+O', { type: 'open-shared-file' }),
      separator,
      commandItem(actions, 'Export dossier as PDF…', 'CmdOrCtrl+P', { type: 'export-pdf' }),
      commandItem(actions, 'Export as shared file…', 'CmdOrCtrl+Shift+E', { type: 'export-shared-file' }),
      separator,
      // macOS keeps Quit in the app menu; File ends with Close Window there.
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
}

/**
 * Undo and redo go to the page, which undoes the focused text field's typing or, elsewhere, the
 * analyst's last change to annotations and articles. Clipboard items stay native roles.
 */
function editMenu(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: topLabel('Edit', isMac),
    submenu: [
      commandItem(actions, 'Undo', 'CmdOrCtrl+Z', { type: 'undo' }),
      commandItem(actions, 'Redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Shift+Z', { type: 'redo' }),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(isPackaged: boolean, isMac: boolean): MenuItemConstructorOptions {
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];
  return {
    label: topLabel('View', isMac),
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...developerItems,
    ],
  };
}

function helpMenu(actions: MenuActions, appName: string, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: topLabel('Help', isMac),
    role: 'help',
    submenu: [
      { label: `About ${appName}`, click: () => actions.showAbout() },
      { label: 'Open data folder', click: () => actions.openDataFolder() },
    ],
  };
}

/** macOS expects the app's own menu first, holding About, Hide and Quit. */
function macAppMenu(appName: string): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

export function buildMenuTemplate(actions: MenuActions, environment: MenuEnvironment): MenuItemConstructorOptions[] {
  const isMac = environment.platform === 'darwin';
  return [
    ...(isMac ? [macAppMenu(environment.appName)] : []),
    fileMenu(actions, isMac),
    editMenu(actions, isMac),
    viewMenu(environment.isPackaged, isMac),
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    helpMenu(actions, environment.appName, isMac),
  ];
}
