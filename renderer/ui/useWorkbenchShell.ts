// The state behind the workbench shell: status line, notices and the undo stack. The keys and
// menu items that undo and redo are commands, routed here by the app.
import { useCallback, useMemo, useRef, useState } from 'react';
import { undoStack, type UndoableChange } from './undoStack';
import { errorMessage, type Notice, type PlannedChange, type Workbench } from './workbenchContext';

export interface Status {
  readonly message: string;
  readonly progress?: number;
  /** Offered beside the progress bar while long work (an article import) can still be stopped. */
  readonly cancel?: () => void;
}

export interface WorkbenchShell {
  readonly workbench: Workbench;
  readonly status: Status;
  readonly notices: readonly Notice[];
  readonly dismiss: (id: number) => void;
  /** Steps the undo stack back or forward, saying what it did. */
  readonly runUndo: (direction: 'undo' | 'redo') => Promise<void>;
}

const INFO_NOTICE_MS = 8000;

export function useWorkbenchShell(): WorkbenchShell {
  const [status, setStatusState] = useState<Status>({ message: 'Ready.' });
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (notice: Omit<Notice, 'id'>) => {
      const id = nextId.current++;
      setNotices((all) => [...all.slice(-4), { ...notice, id }]);
      if (notice.tone === 'info') setTimeout(() => dismiss(id), INFO_NOTICE_MS);
    },
    [dismiss],
  );
  const setStatus = useCallback((message: string, progress?: number, cancel?: () => void) => setStatusState({ message, progress, cancel }), []);

  const runUndo = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const change = direction === 'undo' ? await undoStack.undo() : await undoStack.redo();
        setStatus(change ? `${direction === 'undo' ? 'Undid' : 'Redid'}: ${change.label}.` : `Nothing to ${direction}.`);
      } catch (error) {
        notify({ tone: 'error', message: `Could not ${direction}: ${errorMessage(error)}` });
      }
    },
    [notify, setStatus],
  );

  const perform = useCallback(
    async (planned: PlannedChange): Promise<UndoableChange | null> => {
      try {
        await planned.run();
      } catch (error) {
        notify({ tone: 'error', message: `${planned.label} failed: ${errorMessage(error)}` });
        return null;
      }
      const change: UndoableChange = { label: planned.label, undo: planned.undo, redo: planned.redo ?? planned.run };
      undoStack.push(change);
      return change;
    },
    [notify],
  );

  const undoLatest = useCallback(
    async (change: UndoableChange) => {
      if (undoStack.nextUndo !== change) {
        notify({ tone: 'error', message: 'Later changes were made since; use Undo (Ctrl+Z) to step back through them in order.' });
        return;
      }
      await runUndo('undo');
    },
    [notify, runUndo],
  );

  const workbench = useMemo<Workbench>(
    () => ({ setStatus, notify, undoStack, perform, undoLatest }),
    [setStatus, notify, perform, undoLatest],
  );
  return { workbench, status, notices, dismiss, runUndo };
}
