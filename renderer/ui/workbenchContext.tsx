// What every view may ask of the workbench shell: the status line, notices with an action
// (Undo), and the undo stack.
import { createContext, useContext } from 'react';
import type { PlannedChange, UndoableChange, UndoStack } from './undoStack';

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
  /** Longer explanation lines, such as one per file that failed to import. */
  readonly details?: readonly string[];
}

export interface Workbench {
  readonly setStatus: (message: string, progress?: number, cancel?: () => void) => void;
  readonly notify: (notice: Omit<Notice, 'id'>) => void;
  readonly undoStack: UndoStack;
  /** Runs a change, records it for undo, and reports failures as notices; null when it failed. */
  readonly perform: (change: PlannedChange) => Promise<UndoableChange | null>;
  /** Undoes `change` if it is still the latest one (the Undo button of a notice). */
  readonly undoLatest: (change: UndoableChange) => Promise<void>;
}

export type { PlannedChange } from './undoStack';

export const WorkbenchContext = createContext<Workbench | null>(null);

export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (!workbench) throw new Error('useWorkbench outside the workbench shell');
  return workbench;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
