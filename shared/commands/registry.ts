// Every command of the workbench, declared once as data: its title, default keys per platform,
// where it sits in the desktop menu, and what it needs to run. The Electron menu, the renderer's
// key dispatcher, the context menus, the toolbars, the command palette and the shortcut sheet all
// read this list; none keeps its own copy of a title or a key.
import type { Platform } from './keyChords';

/** What must be true for a command to run; the palette says which is missing. */
export type CommandNeed = 'article' | 'selection' | 'dossier' | 'dossier-item' | 'library-entry';

export type MenuName = 'file' | 'edit' | 'view' | 'help';

export interface CommandKeys {
  /** Chords for Windows and Linux (and macOS unless `mac` is given), first one shown. */
  readonly default: readonly string[];
  readonly mac?: readonly string[];
}

export interface CommandDefinition<Id extends string = CommandId> {
  readonly id: Id;
  readonly title: string;
  /** The group the shortcut sheet and the palette show it under. */
  readonly category: 'File' | 'Edit' | 'View' | 'Annotate' | 'Dossier' | 'Library' | 'Help';
  readonly keys?: CommandKeys;
  /** Its place in the desktop menu: menu, then group (a separator between groups), in list order. */
  readonly menu?: { readonly name: MenuName; readonly group: number };
  readonly needs?: CommandNeed;
  /**
   * Whether the keys act while a text field has focus. Chords with Ctrl/Cmd do (Ctrl+O imports
   * from anywhere); undo, redo and single letters do not, the field keeps them for itself.
   */
  readonly whileTyping?: boolean;
}

const DECLARED = [
  { id: 'library.import', title: 'Import articles…', category: 'File', keys: { default: ['Mod+O'] }, menu: { name: 'file', group: 0 }, whileTyping: true },
  { id: 'library.paste', title: 'Paste text…', category: 'File', menu: { name: 'file', group: 0 } },
  { id: 'sharing.open', title: 'Open shared file…', category: 'File', keys: { default: ['Mod+Shift+O'] }, menu: { name: 'file', group: 0 }, whileTyping: true },
  { id: 'dossier.exportPdf', title: 'Export dossier as PDF…', category: 'File', keys: { default: ['Mod+P'] }, menu: { name: 'file', group: 1 }, needs: 'dossier', whileTyping: true },
  { id: 'sharing.export', title: 'Export as shared file…', category: 'File', keys: { default: ['Mod+Shift+E'] }, menu: { name: 'file', group: 1 }, whileTyping: true },
  { id: 'settings.open', title: 'Settings…', category: 'File', keys: { default: ['Mod+,'] }, menu: { name: 'file', group: 2 }, whileTyping: true },
  { id: 'article.importNewVersion', title: 'Import new version of article…', category: 'File', menu: { name: 'file', group: 0 }, needs: 'article' },
  { id: 'article.saveOriginal', title: 'Save original file of article…', category: 'File', menu: { name: 'file', group: 1 }, needs: 'article' },
  { id: 'edit.undo', title: 'Undo', category: 'Edit', keys: { default: ['Mod+Z'] }, menu: { name: 'edit', group: 0 } },
  { id: 'edit.redo', title: 'Redo', category: 'Edit', keys: { default: ['Mod+Shift+Z', 'Mod+Y'], mac: ['Mod+Shift+Z'] }, menu: { name: 'edit', group: 0 } },
  { id: 'reader.find', title: 'Find in article…', category: 'Edit', keys: { default: ['Mod+F'] }, menu: { name: 'edit', group: 1 }, needs: 'article', whileTyping: true },
  { id: 'reader.findNext', title: 'Find next', category: 'Edit', keys: { default: ['F3'], mac: ['Mod+G'] }, menu: { name: 'edit', group: 1 }, needs: 'article' },
  { id: 'reader.findPrevious', title: 'Find previous', category: 'Edit', keys: { default: ['Shift+F3'], mac: ['Mod+Shift+G'] }, menu: { name: 'edit', group: 1 }, needs: 'article' },
  { id: 'view.commandPalette', title: 'Command palette…', category: 'View', keys: { default: ['Mod+Shift+P'] }, menu: { name: 'view', group: 0 }, whileTyping: true },
  { id: 'view.library', title: 'Show library', category: 'View', menu: { name: 'view', group: 0 } },
  { id: 'view.dossiers', title: 'Show dossiers', category: 'View', menu: { name: 'view', group: 0 } },
  { id: 'view.actors', title: 'Show actors', category: 'View', keys: { default: ['Mod+Shift+A'] }, menu: { name: 'view', group: 0 }, whileTyping: true },
  { id: 'view.claims', title: 'Show claims', category: 'View', keys: { default: ['Mod+Shift+K'] }, menu: { name: 'view', group: 0 }, whileTyping: true },
  { id: 'view.timeline', title: 'Show timeline', category: 'View', keys: { default: ['Mod+Shift+Y'] }, menu: { name: 'view', group: 0 }, whileTyping: true },
  { id: 'search.focus', title: 'Search library', category: 'View', keys: { default: ['Mod+K'] }, menu: { name: 'view', group: 0 }, whileTyping: true },
  { id: 'article.pageView', title: 'Show page view', category: 'View', menu: { name: 'view', group: 1 }, needs: 'article' },
  { id: 'annotate.claim', title: 'Tag selection as claim', category: 'Annotate', keys: { default: ['C'] }, needs: 'selection' },
  { id: 'annotate.denial', title: 'Tag selection as denial', category: 'Annotate', keys: { default: ['D'] }, needs: 'selection' },
  { id: 'annotate.action', title: 'Tag selection as action', category: 'Annotate', keys: { default: ['A'] }, needs: 'selection' },
  { id: 'dossier.moveItemUp', title: 'Move dossier item up', category: 'Dossier', keys: { default: ['Alt+ArrowUp'] }, needs: 'dossier-item' },
  { id: 'dossier.moveItemDown', title: 'Move dossier item down', category: 'Dossier', keys: { default: ['Alt+ArrowDown'] }, needs: 'dossier-item' },
  { id: 'library.deleteArticle', title: 'Delete article…', category: 'Library', keys: { default: ['Delete'] }, needs: 'library-entry' },
  { id: 'search.rebuild', title: 'Rebuild search index', category: 'Library' },
  { id: 'help.shortcuts', title: 'Keyboard shortcuts', category: 'Help', keys: { default: ['Mod+/'] }, menu: { name: 'help', group: 0 }, whileTyping: true },
] as const satisfies readonly CommandDefinition<string>[];

export type CommandId = (typeof DECLARED)[number]['id'];

/** Every command, in the order menus, the palette and the shortcut sheet list them. */
export const COMMANDS: readonly CommandDefinition[] = DECLARED;

export const COMMAND_IDS: ReadonlySet<string> = new Set(COMMANDS.map((command) => command.id));

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && COMMAND_IDS.has(value);
}

const BY_ID: ReadonlyMap<CommandId, CommandDefinition> = new Map(COMMANDS.map((command) => [command.id, command]));

export function commandById(id: CommandId): CommandDefinition {
  const command = BY_ID.get(id);
  if (!command) throw new Error(`unknown command ${id}`);
  return command;
}

/** The chords of a command on a platform, the one to show first. */
export function commandKeys(command: CommandDefinition, platform: Platform): readonly string[] {
  if (!command.keys) return [];
  return platform === 'mac' ? (command.keys.mac ?? command.keys.default) : command.keys.default;
}

/** Why a command cannot run, as the palette and a refused key say it. */
export const NEED_HINTS: Readonly<Record<CommandNeed, string>> = {
  article: 'Open an article first.',
  selection: 'Select some text in the article first.',
  dossier: 'Open a dossier (Dossiers tab) first.',
  'dossier-item': 'Focus an item of the open dossier first.',
  'library-entry': 'Focus an article in the library first.',
};
