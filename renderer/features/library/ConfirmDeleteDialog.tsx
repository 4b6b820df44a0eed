// Asks before an article and its annotations are deleted.
import type { ReactNode } from 'react';
import { Dialog } from '../../ui/Dialog';
import type { SourceRecord } from '../../db/database';

interface ConfirmDeleteDialogProps {
  readonly source: SourceRecord;
  readonly annotationCount: number;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

export function ConfirmDeleteDialog({ source, annotationCount, onConfirm, onClose }: ConfirmDeleteDialogProps): ReactNode {
  return (
    <Dialog title="Delete article?" role="alertdialog" onClose={onClose}>
      <p>
        “<span dir="auto">{source.title}</span>” and its {annotationCount} annotation{annotationCount === 1 ? '' : 's'} will be
        deleted. You can undo this.
      </p>
      <div className="form-actions">
        <button type="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          Delete
        </button>
      </div>
    </Dialog>
  );
}
