// Asks what an imported file is when it matches an article by URL or title but its text differs.
import type { ReactNode } from 'react';
import { Dialog } from '../../ui/Dialog';

export type SameArticleAnswer = 'new-article' | 'new-version' | 'cancelled';

interface SameArticleDialogProps {
  readonly fileName: string;
  readonly existingTitle: string;
  readonly onAnswer: (answer: SameArticleAnswer) => void;
}

export function SameArticleDialog({ fileName, existingTitle, onAnswer }: SameArticleDialogProps): ReactNode {
  return (
    <Dialog title="New article or new version?" onClose={() => onAnswer('cancelled')}>
      <p dir="auto">
        <bdi>{fileName}</bdi> has the address or title of “<bdi>{existingTitle}</bdi>”, which is in the library, but its text differs.
      </p>
      <p>
        A new version replaces that article’s text and moves its annotations to the new text, keeping the earlier text as a
        version. A new article is added beside it.
      </p>
      <div className="form-actions">
        <button type="button" onClick={() => onAnswer('cancelled')}>
          Cancel
        </button>
        <button type="button" onClick={() => onAnswer('new-article')}>
          New article
        </button>
        <button type="button" className="primary" autoFocus onClick={() => onAnswer('new-version')}>
          New version
        </button>
      </div>
    </Dialog>
  );
}
