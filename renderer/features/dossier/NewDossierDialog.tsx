// Asks for a new dossier's title page: title (required), subtitle, author, handling line, summary.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { DossierFields } from '../../db/dossiers';
import { loadSettings } from '../../db/settings';
import { dossierSchema } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { FieldProblem } from '../../ui/FieldProblem';
import { limitProblem } from '../../ui/fieldLimits';

interface NewDossierDialogProps {
  readonly onCreate: (fields: DossierFields) => void;
  readonly onClose: () => void;
}

export function NewDossierDialog({ onCreate, onClose }: NewDossierDialogProps): ReactNode {
  const [fields, setFields] = useState<DossierFields>({ title: '', subtitle: '', author: '', handling: '', summary: '' });
  const [problem, setProblem] = useState<string | null>(null);
  // An empty title is said on Create; a too-long one as the analyst types.
  const titleLimit = fields.title.trim() === '' ? null : limitProblem(dossierSchema.shape.title, fields.title);
  useEffect(() => {
    // The analyst's name from the settings is the likely author; they can change it. Without
    // settings the field just starts empty.
    void loadSettings()
      .then((settings) => setFields((current) => (current.author ? current : { ...current, author: settings.analystName })))
      .catch(() => undefined);
  }, []);
  const set = (key: keyof DossierFields) => (value: string) => setFields((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!fields.title.trim()) {
      setProblem('A dossier needs a title.');
      return;
    }
    if (titleLimit) return;
    onCreate({ ...fields, title: fields.title.trim(), subtitle: fields.subtitle.trim(), author: fields.author.trim(), handling: fields.handling.trim() });
  };
  return (
    <Dialog title="New dossier" onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <label>
          Title
          <input
            value={fields.title}
            required
            autoFocus
            dir="auto"
            aria-invalid={problem || titleLimit ? true : undefined}
            aria-describedby="new-dossier-title-problem"
            onChange={(e) => set('title')(e.target.value)}
          />
          <FieldProblem id="new-dossier-title-problem" problem={titleLimit} />
        </label>
        {problem && (
          <p role="alert" className="form-problems">
            {problem}
          </p>
        )}
        <label>
          Subtitle
          <input value={fields.subtitle} dir="auto" onChange={(e) => set('subtitle')(e.target.value)} />
        </label>
        <label>
          Author
          <input value={fields.author} dir="auto" onChange={(e) => set('author')(e.target.value)} />
        </label>
        <label>
          Handling line
          <input value={fields.handling} dir="auto" placeholder="For example: Internal — do not forward" onChange={(e) => set('handling')(e.target.value)} />
        </label>
        <label>
          Summary
          <textarea value={fields.summary} rows={4} dir="auto" onChange={(e) => set('summary')(e.target.value)} />
        </label>
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Create dossier
          </button>
        </div>
      </form>
    </Dialog>
  );
}
