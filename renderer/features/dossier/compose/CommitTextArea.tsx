// A multi-line field that saves when the analyst leaves it (or presses Ctrl+Enter), not on every key.
import { useEffect, useState, type ReactNode } from 'react';

interface CommitTextAreaProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly placeholder?: string;
  readonly rows?: number;
}

export function CommitTextArea({ label, value, onCommit, placeholder, rows = 2 }: CommitTextAreaProps): ReactNode {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = (): void => {
    const next = draft.trim();
    if (next !== value) onCommit(next);
  };
  return (
    <label className="commit-textarea">
      {label}
      <textarea
        value={draft}
        rows={rows}
        placeholder={placeholder}
        dir="auto"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit();
          if (e.key === 'Escape') setDraft(value);
        }}
      />
    </label>
  );
}
