// A text input that saves when the analyst leaves it or presses Enter, not on every key.
import { useEffect, useState, type ReactNode } from 'react';

interface CommitFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly list?: string;
  readonly placeholder?: string;
  readonly validate?: (value: string) => string | null;
}

export function CommitField({ label, value, onCommit, list, placeholder, validate }: CommitFieldProps): ReactNode {
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(value), [value]);
  const commit = (): void => {
    const next = draft.trim();
    if (next === value) return;
    const error = validate?.(next) ?? null;
    setProblem(error);
    if (!error) onCommit(next);
  };
  return (
    <label>
      {label}
      <input
        value={draft}
        list={list}
        placeholder={placeholder}
        dir="auto"
        aria-invalid={problem ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(value);
        }}
      />
      {problem && (
        <span role="alert" className="field-problem">
          {label}: {problem}
        </span>
      )}
    </label>
  );
}
