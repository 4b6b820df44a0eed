// Asks for the analyst's name, which signs their annotations and shared files: on start while it
// is empty, and again at the first annotation or export without one. Skippable, and never in the
// way: it sits in the toolbar rather than covering the work.
import { useEffect, useState, type ReactNode } from 'react';
import { settingsSchema } from '../../../shared/model';
import { FieldProblem } from '../../ui/FieldProblem';
import { limitProblem } from '../../ui/fieldLimits';
import { errorMessage } from '../../ui/workbenchContext';
import { onAnalystNameRequest } from './analystNameRequest';

interface AnalystNamePromptProps {
  /** Null until the settings are loaded: nothing is asked before the stored name is known. */
  readonly analystName: string | null;
  readonly onSave: (analystName: string) => Promise<void>;
}

export function AnalystNamePrompt({ analystName, onSave }: AnalystNamePromptProps): ReactNode {
  const [skipped, setSkipped] = useState(false);
  const [name, setName] = useState('');
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  useEffect(() => onAnalystNameRequest(() => setSkipped(false)), []);
  if (analystName === null || analystName !== '' || skipped) return null;
  const problem = limitProblem(settingsSchema.shape.analystName, name.trim());
  return (
    <form
      className="name-prompt"
      aria-label="Your name"
      onSubmit={(event) => {
        event.preventDefault();
        if (problem || !name.trim()) return;
        onSave(name.trim()).catch((error: unknown) => setSaveProblem(`Not saved: ${errorMessage(error)}`));
      }}
    >
      <label>
        Sign your annotations and shared files:
        <input
          value={name}
          placeholder="Your name"
          dir="auto"
          aria-invalid={problem ? true : undefined}
          aria-describedby="name-prompt-problem"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button type="submit" className="primary">
        Save name
      </button>
      <button type="button" onClick={() => setSkipped(true)}>
        Not now
      </button>
      <FieldProblem id="name-prompt-problem" problem={problem ?? saveProblem} />
    </form>
  );
}
