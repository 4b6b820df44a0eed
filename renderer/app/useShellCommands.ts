// The commands the shell itself owns: dialogs (paste, settings, palette, shortcut sheet), the left
// pane's tabs, and undo/redo. Features own theirs (useSharing, useLibraryActions, the views).
import type { CommandSource } from '../commands/commandRouter';
import { useCommandHandler } from '../commands/commandsContext';
import { isTextEntry } from '../commands/textEntry';
import type { LeftTab } from '../ui/LeftPane';
import type { ShellDialog } from './ShellDialogs';

interface ShellCommandsOptions {
  readonly openDialog: (dialog: ShellDialog) => void;
  readonly showTab: (tab: LeftTab) => void;
  readonly runUndo: (direction: 'undo' | 'redo') => Promise<void>;
}

export function useShellCommands({ openDialog, showTab, runUndo }: ShellCommandsOptions): void {
  useCommandHandler('library.paste', () => openDialog({ type: 'paste' }));
  useCommandHandler('settings.open', () => openDialog({ type: 'settings' }));
  useCommandHandler('view.commandPalette', () => openDialog({ type: 'palette' }));
  useCommandHandler('help.shortcuts', () => openDialog({ type: 'shortcuts' }));
  useCommandHandler('view.library', () => showTab('library'));
  useCommandHandler('view.dossiers', () => showTab('dossiers'));
  useCommandHandler('view.actors', () => showTab('actors'));
  useCommandHandler('view.claims', () => showTab('claims'));
  useCommandHandler('view.timeline', () => showTab('timeline'));
  // Keys reach these only outside text fields (the registry says so). The desktop menu's Undo
  // arrives wherever focus is: a focused field then undoes its own typing.
  const undoOrRedo = (direction: 'undo' | 'redo', via: CommandSource): Promise<void> | void => {
    if (via === 'menu' && isTextEntry(document.activeElement)) {
      document.execCommand(direction);
      return;
    }
    return runUndo(direction);
  };
  useCommandHandler('edit.undo', (via) => undoOrRedo('undo', via));
  useCommandHandler('edit.redo', (via) => undoOrRedo('redo', via));
}
