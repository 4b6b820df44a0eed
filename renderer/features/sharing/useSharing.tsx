// Sharing in the shell: the toolbar's Open shared file… / Export… / Conflicts buttons, the
// import with progress and cancel, its report with undo, and conflict resolution.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { OpenedFile } from '../../../shared/bridge/hostBridge';
import type { ConflictChoice, ImportReport } from '../../../shared/exchange';
import { summariseReport } from '../../../shared/exchange';
import { hostBridge } from '../../bridge/hostBridge';
import { CommandButton } from '../../commands/CommandButton';
import { useCommandHandler, useCommands } from '../../commands/commandsContext';
import { countConflicts, settleConflict, undoImportRecord } from '../../db/exchange';
import { Dialog } from '../../ui/Dialog';
import type { UndoableChange } from '../../ui/undoStack';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { ConflictsDialog } from './ConflictsDialog';
import { ExportDialog } from './ExportDialog';
import { saveSharedFile, type ExportRequest } from './exportSharedFile';
import { ImportCancelled, importSharedFile, type SharedImportOutcome } from './importSharedFile';
import { ImportReportDialog } from './ImportReportDialog';

type SharingDialog =
  | { readonly type: 'export' }
  | { readonly type: 'conflicts' }
  | { readonly type: 'progress'; readonly fileName: string; readonly fraction: number; readonly stage: string }
  | {
      readonly type: 'report';
      readonly importId: string;
      readonly report: ImportReport;
      readonly notes: readonly string[];
      readonly undone: boolean;
      readonly change: UndoableChange | null;
    }
  | null;

export interface Sharing {
  readonly toolbar: ReactNode;
  readonly dialogs: ReactNode;
  readonly importFiles: (files: readonly OpenedFile[]) => Promise<void>;
}

/** `openSourceId` and `openDossierId` are what is in view: the Export dialog starts from them. */
export function useSharing(openSourceId: string | null, openDossierId: string | null, analystName: string): Sharing {
  const { notify, setStatus, perform, undoStack, undoLatest } = useWorkbench();
  const [dialog, setDialog] = useState<SharingDialog>(null);
  // Aborting stops the exchange worker at once, whatever stage it is in.
  const importAbort = useRef<AbortController | null>(null);
  const conflictCount = useLiveQuery(() => countConflicts(), []) ?? 0;

  const importOne = useCallback(
    async (file: OpenedFile) => {
      const abort = new AbortController();
      importAbort.current = abort;
      let outcome: SharedImportOutcome;
      try {
        outcome = await importSharedFile(file, {
          analystName,
          signal: abort.signal,
          onProgress: (fraction, stage) => {
            setStatus(`Importing ${file.name}: ${stage}…`, fraction);
            setDialog({ type: 'progress', fileName: file.name, fraction, stage });
          },
        });
      } catch (error) {
        setDialog(null);
        if (error instanceof ImportCancelled) return setStatus(error.message);
        return notify({ tone: 'error', message: `${file.name} could not be imported: ${errorMessage(error)}` });
      } finally {
        if (importAbort.current === abort) importAbort.current = null;
      }
      setDialog(null);
      if (outcome.status === 'refused') {
        setStatus(`${file.name} was not imported; nothing was changed.`);
        return notify({
          tone: 'error',
          message: `${file.name} was not imported; nothing was changed.`,
          details: outcome.problems.slice(0, 20).map((p) => (p.path === '$' ? p.message : `${p.path}: ${p.message}`)),
        });
      }
      const { importId, report, notes } = outcome;
      // Already written; the undo stack learns how to take it back (Ctrl+Z) and to do it again.
      const change = await perform({
        label: `Import ${file.name}`,
        run: async () => undefined,
        undo: () => undoImportRecord(importId),
        redo: async () => void (await importSharedFile(file, { analystName })),
      });
      setStatus(summariseReport(report));
      setDialog({ type: 'report', importId, report, notes, undone: false, change });
    },
    [analystName, notify, perform, setStatus],
  );

  const importFiles = useCallback(
    async (files: readonly OpenedFile[]) => {
      for (const file of files) await importOne(file);
    },
    [importOne],
  );

  const openFromPicker = useCallback(async () => {
    try {
      await importFiles(await hostBridge.openFiles({ purpose: 'shared-file', multiple: true }));
    } catch (error) {
      notify({ tone: 'error', message: `Could not open the file: ${errorMessage(error)}` });
    }
  }, [importFiles, notify]);

  const exportSelection = useCallback(
    async (selection: ExportRequest) => {
      try {
        const { result, annotationCount } = await saveSharedFile(selection);
        if (result.status === 'saved') setStatus(`Exported ${annotationCount} annotation(s) to ${result.name}.`);
      } catch (error) {
        notify({ tone: 'error', message: `The export failed: ${errorMessage(error)}` });
      }
    },
    [notify, setStatus],
  );

  const resolve = useCallback(
    async (conflictId: string, choice: ConflictChoice) => {
      try {
        await settleConflict(conflictId, choice);
        setStatus(choice === 'local' ? 'Kept your version.' : 'Kept their version.');
      } catch (error) {
        notify({ tone: 'error', message: `The conflict could not be resolved: ${errorMessage(error)}` });
      }
    },
    [notify, setStatus],
  );

  useCommandHandler('sharing.open', openFromPicker);
  useCommandHandler('sharing.export', () => setDialog({ type: 'export' }));
  const { router } = useCommands();
  useEffect(() => router.registerFiles(importFiles), [router, importFiles]);

  const toolbar = (
    <>
      <CommandButton command="sharing.open" label="Open a shared file">
        Open shared file…
      </CommandButton>
      <CommandButton command="sharing.export" label="Export a shared file">
        Export…
      </CommandButton>
      {conflictCount > 0 && (
        <button type="button" className="attention" onClick={() => setDialog({ type: 'conflicts' })}>
          Conflicts ({conflictCount})
        </button>
      )}
    </>
  );

  const dialogs = (
    <>
      {dialog?.type === 'export' && <ExportDialog openSourceId={openSourceId} openDossierId={openDossierId} onExport={exportSelection} onClose={() => setDialog(null)} />}
      {dialog?.type === 'conflicts' && <ConflictsDialog onResolve={resolve} onClose={() => setDialog(null)} />}
      {dialog?.type === 'progress' && (
        <Dialog title={`Importing ${dialog.fileName}`} onClose={() => importAbort.current?.abort()}>
          <p>{dialog.stage}…</p>
          <progress aria-label="Import progress" max={1} value={dialog.fraction} />
          <div className="form-actions">
            <button type="button" onClick={() => importAbort.current?.abort()}>
              Cancel import
            </button>
          </div>
        </Dialog>
      )}
      {dialog?.type === 'report' && (
        <ImportReportDialog
          report={dialog.report}
          notes={dialog.notes}
          undone={dialog.undone}
          onClose={() => setDialog(null)}
          onShowConflicts={() => setDialog({ type: 'conflicts' })}
          onUndo={() => {
            const viaStack = dialog.change && undoStack.nextUndo === dialog.change;
            void (viaStack && dialog.change ? undoLatest(dialog.change) : undoImportRecord(dialog.importId)).then(
              () => {
                setDialog({ ...dialog, undone: true });
                setStatus(`Undid the import of ${dialog.report.fileName}.`);
              },
              (error: unknown) => notify({ tone: 'error', message: `The import could not be undone: ${errorMessage(error)}` }),
            );
          }}
        />
      )}
    </>
  );

  return { toolbar, dialogs, importFiles };
}
