// One version of an article, read-only: its text by paragraphs, as text.
import { useEffect, useState, type ReactNode } from 'react';
import { splitParagraphs } from '../../../shared/text/normalise';
import { loadVersionText } from '../../db/versions';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/workbenchContext';

interface VersionTextDialogProps {
  readonly sourceId: string;
  readonly textHash: string;
  readonly label: string;
  readonly lang: string;
  readonly onClose: () => void;
}

export function VersionTextDialog({ sourceId, textHash, label, lang, onClose }: VersionTextDialogProps): ReactNode {
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    loadVersionText(sourceId, textHash).then(
      (loaded) => (loaded === undefined ? setProblem('This version is no longer in the library.') : setText(loaded)),
      (error: unknown) => setProblem(errorMessage(error)),
    );
  }, [sourceId, textHash]);
  return (
    <Dialog title={label} onClose={onClose}>
      <p className="empty-inline">Read-only: annotations are made on the current version.</p>
      {problem && <p role="alert">{problem}</p>}
      {text !== null && (
        <div className="version-text" role="document" aria-label={`${label} text`} lang={lang || undefined} dir="auto" tabIndex={0}>
          {splitParagraphs(text).map((p) => (
            <p key={p.start}>{p.text}</p>
          ))}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
