// The dossier's title page in the composer: title (renaming the dossier), subtitle, author,
// handling line and summary, each saved as an undoable edit when the analyst leaves it.
import type { ReactNode } from 'react';
import { dossierSchema, type Dossier } from '../../../../shared/model';
import { limitProblem } from '../../../ui/fieldLimits';
import type { DossierFields } from '../../../db/dossiers';
import { CommitField } from '../../common/CommitField';
import type { DossierActions } from '../useDossierActions';
import { CommitTextArea } from './CommitTextArea';

export function TitlePageForm({ dossier, actions }: { readonly dossier: Dossier; readonly actions: DossierActions }): ReactNode {
  const edit = (key: keyof DossierFields, label: string) => (value: string) => void actions.updateFields(dossier, { [key]: value }, label);
  const limit = (key: keyof DossierFields) => (value: string) => (value === '' ? null : limitProblem(dossierSchema.shape[key], value));
  return (
    <div className="form title-page-form">
      <CommitField label="Title" value={dossier.title} validate={(v) => (v ? null : 'a dossier needs a title')} limit={limit('title')} onCommit={edit('title', 'Rename dossier')} />
      <CommitField label="Subtitle" value={dossier.subtitle} limit={limit('subtitle')} onCommit={edit('subtitle', 'Edit subtitle')} />
      <div className="field-row-even">
        <CommitField label="Author" value={dossier.author} limit={limit('author')} onCommit={edit('author', 'Edit author')} />
        <CommitField label="Handling line" value={dossier.handling} placeholder="For example: Internal — do not forward" limit={limit('handling')} onCommit={edit('handling', 'Edit handling line')} />
      </div>
      <CommitTextArea label="Summary" value={dossier.summary} rows={3} placeholder="What the reader should take away" onCommit={edit('summary', 'Edit summary')} />
    </div>
  );
}
