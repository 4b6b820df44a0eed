// Sharing in the shell: the toolbar's Open shared file… / Export… / Conflicts buttons, the
// import with progress and cancel, its report with undo, and conflict resolution.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { OpenedFile } from '../../../shared/bridge/hostBridge';
import type { ImportReport } from '../../../shared/exchange';
import { summariseReport } from '../../../shared/exchange';
import type { TeamRecordSettlement } from '../../../shared/sync/teamRecordConflicts';
import { hostBridge } from '../../bridge/hostBridge';
import { CommandButton } from '../../commands/CommandButton';
import { useCommandHandler, useCommands } from '../../commands/commandsContext';
import { countConflicts, settleConflict, type ConflictSettlement } from '../../db/exchange';
import { settleTeamRecordConflict } from '../../db/teamConflicts';
import { Dialog } from '../../ui/Dialog';
import type { UndoableChange } from '../../ui/undoStack';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { ConflictsDialog } from './ConflictsDialog';
import { ExportDialog } from './ExportDialog';
import { saveSharedFile, type ExportRequest } from './exportSharedFile';
import { ImportCancelled, importSharedFile, type SharedImportOutcome } from './importSharedFile';
import { ImportReportDialog } from './ImportReportDialog';
import { sharedImportChange } from './sharedImportChange';
import { MissingAnalystName } from './checkExport';
import { requestAnalystName } from '../settings/analystNameRequest';

type SharingDialog =
  | { readonly type: 'export' }
  | { readonly type: 'conflicts' }
  | { readonly type: 'progress'; readonly fileName: string; readonly fraction: number; readonly stage: string }
  | {
      readonly type: 'report';
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
      const { importId, report, notes, newIds } = outcome;
      // Already written; the undo stack learns how to take it back (Ctrl+Z) and to do it again.
      const change = await perform(sharedImportChange(file, importId, newIds, analystName));
      setStatus(summariseReport(report));
      setDialog({ type: 'report', report, notes, undone: false, change });
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
        if (error instanceof MissingAnalystName) requestAnalystName();
        notify({ tone: 'error', message: `The export failed: ${errorMessage(error)}` });
      }
    },
    [notify, setStatus],
  );

  const resolve = useCallback(
    async (conflictId: string, settlement: ConflictSettlement) => {
      try {
        await settleConflict(conflictId, settlement, analystName);
        setStatus(settlement === 'local' ? 'Kept your version.' : settlement === 'incoming' ? 'Kept their version.' : 'Kept the fields you chose.');
      } catch (error) {
        notify({ tone: 'error', message: `The conflict could not be resolved: ${errorMessage(error)}` });
      }
    },
    [analystName, notify, setStatus],
  );

  const resolveTeamRecord = useCallback(
    async (conflictId: string, settlement: TeamRecordSettlement) => {
      try {
        await settleTeamRecordConflict(conflictId, settlement);
        setStatus(settlement.keep === 'deleted' ? 'Kept it deleted.' : 'Kept the values you chose.');
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
      {dialog?.type === 'conflicts' && <ConflictsDialog onResolve={resolve} onResolveTeamRecord={resolveTeamRecord} onClose={() => setDialog(null)} />}
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
            const { change } = dialog;
            // The latest change goes through the stack (so Redo can bring it back); an earlier
            // one is undone out of order and leaves the stack, which keeps no stale entry.
            const undo = !change || !undoStack.isDone(change) ? Promise.reject(new Error('it was already undone.')) : undoStack.nextUndo === change ? undoLatest(change) : undoStack.withdraw(change);
            void undo.then(
              () => {
                // A failed undo through the stack was already reported and leaves the change done.
                if (change && undoStack.isDone(change)) return;
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
