import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { HostCommand } from '../../../shared/bridge/hostBridge';
import { COMMANDS, type CommandId } from '../../../shared/commands';
import { buildMenuTemplate, type MenuEnvironment } from '../../../electron/menuTemplate';

const linux: MenuEnvironment = { appName: 'Dossier Workbench', platform: 'linux', isPackaged: true };

function submenu(template: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu as MenuItemConstructorOptions[];
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

function setup(environment: MenuEnvironment = linux): {
  template: MenuItemConstructorOptions[];
  sent: HostCommand[];
  showAbout: () => void;
  openDataFolder: () => void;
} {
  const sent: HostCommand[] = [];
  const showAbout = vi.fn();
  const openDataFolder = vi.fn();
  const template = buildMenuTemplate({ send: (command) => sent.push(command), showAbout, openDataFolder }, environment);
  return { template, sent, showAbout, openDataFolder };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help with mnemonics off macOS', () => {
    expect(setup().template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('sends the registry command with its accelerator for each File item', () => {
    const { template, sent } = setup();
    const file = submenu(template, 'File');
    const expected: [string, string | undefined, CommandId][] = [
      ['Import articles…', 'CmdOrCtrl+O', 'library.import'],
      ['Paste text…', undefined, 'library.paste'],
      ['Open shared file…', 'CmdOrCtrl+Shift+O', 'sharing.open'],
      ['Export dossier as PDF…', 'CmdOrCtrl+P', 'dossier.exportPdf'],
      ['Export as shared file…', 'CmdOrCtrl+Shift+E', 'sharing.export'],
      ['Settings…', 'CmdOrCtrl+,', 'settings.open'],
    ];
    for (const [label, accelerator] of expected) {
      const item = file.find((entry) => entry.label === label);
      expect(item, label).toBeDefined();
      expect(item?.accelerator, label).toBe(accelerator);
      // Shown, not registered: the page answers the keys itself, so one press is one action.
      if (accelerator) expect(item?.registerAccelerator, label).toBe(false);
      click(item);
    }
    expect(sent).toEqual(expected.map(([, , id]) => ({ type: 'run-command', id })));
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('lists every registry command placed in a menu exactly once', () => {
    const { template, sent } = setup();
    const items = ['File', 'Edit', 'View', 'Help'].flatMap((menu) => submenu(template, menu));
    for (const item of items) click(item);
    const placed = COMMANDS.filter((command) => command.menu).map((command) => command.id);
    expect(sent.map((command) => (command.type === 'run-command' ? command.id : command.type)).sort()).toEqual([...placed].sort());
  });

  it('uses roles for editing and zoom', () => {
    const { template } = setup();
    const edit = submenu(template, 'Edit');
    expect(edit.slice(0, 2).map((item) => [item.label, item.accelerator, item.registerAccelerator])).toEqual([
      ['Undo', 'CmdOrCtrl+Z', false],
      ['Redo', 'CmdOrCtrl+Shift+Z', false],
    ]);
    expect(edit.slice(2).map((item) => item.role ?? item.type ?? item.label)).toEqual([
      'separator',
      'Find in article…',
      'Find next',
      'Find previous',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    expect(submenu(template, 'View').map((item) => item.role ?? item.type ?? item.label)).toEqual([
      'Command palette…',
      'Show library',
      'Show dossiers',
      'Show actors',
      'Show claims',
      'Show timeline',
      'Search library',
      'separator',
      'Show page view',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
  });

  it('adds reload and developer tools only in development builds', () => {
    const roles = submenu(setup({ ...linux, isPackaged: false }).template, 'View').map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    const packagedRoles = submenu(setup().template, 'View').map((item) => item.role);
    expect(packagedRoles).not.toContain('toggleDevTools');
    expect(packagedRoles).not.toContain('reload');
  });

  it('wires About and Open data folder', () => {
    const { template, showAbout, openDataFolder } = setup();
    const help = submenu(template, 'Help');
    click(help.find((item) => item.label === 'About Dossier Workbench'));
    click(help.find((item) => item.label === 'Open data folder'));
    expect(showAbout).toHaveBeenCalledOnce();
    expect(openDataFolder).toHaveBeenCalledOnce();
  });

  it('follows macOS conventions: app menu first, Quit there, Close in File, no ampersands', () => {
    const { template } = setup({ ...linux, platform: 'darwin' });
    expect(template.map((item) => item.label ?? item.role)).toEqual(['Dossier Workbench', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    expect(submenu(template, 'Dossier Workbench').map((item) => item.role)).toContain('quit');
    expect(submenu(template, 'File').at(-1)?.role).toBe('close');
  });
});
