// The visible message under a field that breaks a limit; the field points at it with
// aria-describedby, and a screen reader hears it as it appears.
import type { ReactNode } from 'react';

export function FieldProblem({ id, problem }: { readonly id: string; readonly problem: string | null }): ReactNode {
  return (
    <span id={id} className="field-problem" aria-live="polite">
      {problem}
    </span>
  );
}
