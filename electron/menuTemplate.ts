// The application menu as data: built from injected actions so the structure, accelerators and
// the commands each item sends are testable without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../shared/bridge/hostBridge';
import { COMMANDS, commandKeys, electronAccelerator, platformOf, type MenuName, type Platform } from '../shared/commands';

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
 * The registry's commands placed in `menu`, a separator between groups. The page already answers
 * the same keys itself (in the browser too), so each accelerator is shown but not registered: one
 * key press, one action.
 */
function commandItems(actions: MenuActions, menu: MenuName, platform: Platform): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: number | null = null;
  for (const command of COMMANDS) {
    const place = command.menu;
    if (place?.name !== menu) continue;
    if (group !== null && place.group !== group) items.push(separator);
    group = place.group;
    const chord = commandKeys(command, platform)[0];
    items.push({
      label: command.title,
      ...(chord ? { accelerator: electronAccelerator(chord), registerAccelerator: false } : {}),
      click: () => actions.send({ type: 'run-command', id: command.id }),
    });
  }
  return items;
}

function fileMenu(actions: MenuActions, platform: Platform): MenuItemConstructorOptions {
  const isMac = platform === 'mac';
  return {
    label: topLabel('File', isMac),
    submenu: [
      ...commandItems(actions, 'file', platform),
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
function editMenu(actions: MenuActions, platform: Platform): MenuItemConstructorOptions {
  return {
    label: topLabel('Edit', platform === 'mac'),
    submenu: [
      ...commandItems(actions, 'edit', platform),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(actions: MenuActions, isPackaged: boolean, platform: Platform): MenuItemConstructorOptions {
  const isMac = platform === 'mac';
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];
  return {
    label: topLabel('View', isMac),
    submenu: [
      ...commandItems(actions, 'view', platform),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...developerItems,
    ],
  };
}

function helpMenu(actions: MenuActions, appName: string, platform: Platform): MenuItemConstructorOptions {
  return {
    label: topLabel('Help', platform === 'mac'),
    role: 'help',
    submenu: [
      ...commandItems(actions, 'help', platform),
      separator,
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
  const platform = platformOf(environment.platform);
  const isMac = platform === 'mac';
  return [
    ...(isMac ? [macAppMenu(environment.appName)] : []),
    fileMenu(actions, platform),
    editMenu(actions, platform),
    viewMenu(actions, environment.isPackaged, platform),
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    helpMenu(actions, environment.appName, platform),
  ];
}
