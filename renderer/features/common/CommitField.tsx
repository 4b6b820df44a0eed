// A text input that saves when the analyst leaves it or presses Enter, not on every key.
import { useEffect, useId, useState, type ReactNode } from 'react';

interface CommitFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly list?: string;
  readonly placeholder?: string;
  /** Checked when the analyst commits (a format such as a date). */
  readonly validate?: (value: string) => string | null;
  /** Checked as the analyst types (the model's length limits). */
  readonly limit?: (value: string) => string | null;
}

export function CommitField({ label, value, onCommit, list, placeholder, validate, limit }: CommitFieldProps): ReactNode {
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    setDraft(value);
    setProblem(null);
  }, [value]);
  const commit = (): void => {
    const next = draft.trim();
    if (next === value) return;
    const error = limit?.(next) ?? validate?.(next) ?? null;
    setProblem(error);
    if (!error) onCommit(next);
  };
  // Limits are checked as the analyst types, so a value the library would refuse never waits
  // for the commit to say so.
  const change = (next: string): void => {
    setDraft(next);
    setProblem(limit?.(next.trim()) ?? null);
  };
  return (
    <label>
      <span id={`${id}-label`}>{label}</span>
      <input
        value={draft}
        // Named by the label alone: the problem below describes the field, it does not rename it.
        aria-labelledby={`${id}-label`}
        aria-describedby={problem ? `${id}-problem` : undefined}
        list={list}
        placeholder={placeholder}
        dir="auto"
        aria-invalid={problem ? true : undefined}
        onChange={(e) => change(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') change(value);
        }}
      />
      {problem && (
        <span role="alert" className="field-problem" id={`${id}-problem`}>
          {label}: {problem}
        </span>
      )}
    </label>
  );
}
