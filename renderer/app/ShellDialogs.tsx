// The shell's own dialogs: paste text, confirm a delete, settings, the command palette and the
// shortcut sheet. Features keep their own (sharing, dossier export).
import type { ReactNode } from 'react';
import type { AppInfo } from '../../shared/bridge/hostBridge';
import type { Settings } from '../../shared/model';
import { CommandPalette } from '../commands/CommandPalette';
import { ShortcutSheet } from '../commands/ShortcutSheet';
import type { SourceRecord } from '../db/database';
import { saveSettings } from '../db/settings';
import { ConfirmDeleteDialog } from '../features/library/ConfirmDeleteDialog';
import { PasteDialog } from '../features/library/PasteDialog';
import type { LibraryActions } from '../features/library/useLibraryActions';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { requestPersistentStorage } from '../features/settings/storagePersistence';

export type ShellDialog =
  | { readonly type: 'paste' }
  | { readonly type: 'settings' }
  | { readonly type: 'palette' }
  | { readonly type: 'shortcuts' }
  | { readonly type: 'delete'; readonly source: SourceRecord; readonly count: number }
  | null;

interface ShellDialogsProps {
  readonly dialog: ShellDialog;
  readonly onClose: () => void;
  readonly library: LibraryActions;
  readonly settings: Settings;
  readonly onSettings: (settings: Settings) => void;
  readonly appInfo: AppInfo | null;
}

export function ShellDialogs({ dialog, onClose, library, settings, onSettings, appInfo }: ShellDialogsProps): ReactNode {
  switch (dialog?.type) {
    case 'paste':
      return <PasteDialog onImport={library.importPasted} onClose={onClose} />;
    case 'delete':
      return (
        <ConfirmDeleteDialog
          source={dialog.source}
          annotationCount={dialog.count}
          onClose={onClose}
          onConfirm={() => {
            onClose();
            void library.deleteArticle(dialog.source);
          }}
        />
      );
    case 'settings':
      return (
        <SettingsDialog
          settings={settings}
          appInfo={appInfo}
          onClose={onClose}
          onSave={async (changes) => onSettings(await saveSettings(changes))}
          onRequestPersistence={async () => onSettings(await saveSettings({ storagePersistence: await requestPersistentStorage() }))}
        />
      );
    case 'palette':
      return <CommandPalette onClose={onClose} />;
    case 'shortcuts':
      return <ShortcutSheet onClose={onClose} />;
    default:
      return null;
  }
}
