import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { HostCommand } from '../../../shared/bridge/hostBridge';
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

  it('sends a command with the right accelerator for each File item', () => {
    const { template, sent } = setup();
    const file = submenu(template, 'File');
    const expected: [string, string, HostCommand['type']][] = [
      ['Import article…', 'CmdOrCtrl+O', 'import-article'],
      ['Open shared file…', 'CmdOrCtrl+Shift+O', 'open-shared-file'],
      ['Export dossier as PDF…', 'CmdOrCtrl+P', 'export-pdf'],
      ['Export as shared file…', 'CmdOrCtrl+Shift+E', 'export-shared-file'],
    ];
    for (const [label, accelerator] of expected) {
      const item = file.find((entry) => entry.label === label);
      expect(item?.accelerator, label).toBe(accelerator);
      click(item);
    }
    expect(sent).toEqual(expected.map(([, , type]) => ({ type })));
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('uses roles for editing and zoom', () => {
    const { template } = setup();
    const edit = submenu(template, 'Edit');
    expect(edit.slice(0, 2).map((item) => [item.label, item.accelerator, item.registerAccelerator])).toEqual([
      ['Undo', 'CmdOrCtrl+Z', false],
      ['Redo', 'Ctrl+Shift+Z', false],
    ]);
    expect(edit.slice(2).map((item) => item.role ?? item.type)).toEqual([
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    expect(submenu(template, 'View').map((item) => item.role ?? item.type)).toEqual([
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
