// The state behind the workbench shell: status line, notices and the undo stack, with the
// Ctrl+Z / Ctrl+Shift+Z keys wired to it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { hostBridge } from '../bridge/hostBridge';
import { undoStack, type UndoableChange } from '../features/history/undoStack';
import { errorMessage, type Notice, type PlannedChange, type Workbench } from './workbenchContext';

export interface Status {
  readonly message: string;
  readonly progress?: number;
}

export interface WorkbenchShell {
  readonly workbench: Workbench;
  readonly status: Status;
  readonly notices: readonly Notice[];
  readonly dismiss: (id: number) => void;
}

const INFO_NOTICE_MS = 8000;

/** Text fields keep their own undo; the workbench's applies everywhere else. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

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
  const setStatus = useCallback((message: string, progress?: number) => setStatusState({ message, progress }), []);

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

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) void runUndo('undo');
      else if ((key === 'z' && event.shiftKey) || key === 'y') void runUndo('redo');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    // The desktop Edit menu: a focused text field undoes its own typing, anything else the
    // analyst's last change.
    const unsubscribe = hostBridge.onCommand((command) => {
      if (command.type !== 'undo' && command.type !== 'redo') return;
      if (isTextEntry(document.activeElement)) document.execCommand(command.type);
      else void runUndo(command.type);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [runUndo]);

  const workbench = useMemo<Workbench>(
    () => ({ setStatus, notify, undoStack, perform, undoLatest }),
    [setStatus, notify, perform, undoLatest],
  );
  return { workbench, status, notices, dismiss };
}
