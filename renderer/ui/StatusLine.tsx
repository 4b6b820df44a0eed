// The status line: what the workbench last did, with a progress bar for long work.
import type { ReactNode } from 'react';
import { IsolatedText } from './IsolatedText';
import type { Status } from './useWorkbenchShell';

/** `children`: standing states shown beside the message (team sync's connection). */
export function StatusLine({ status, children }: { readonly status: Status; readonly children?: ReactNode }): ReactNode {
  return (
    <footer className="status-line">
      <span role="status" aria-live="polite">
        <IsolatedText text={status.message} />
      </span>
      {children}
      {status.progress !== undefined && status.progress < 1 && (
        <progress aria-label="Progress" max={1} value={status.progress} />
      )}
      {status.cancel && status.progress !== undefined && status.progress < 1 && (
        <button type="button" onClick={status.cancel}>
          Cancel
        </button>
      )}
    </footer>
  );
}
