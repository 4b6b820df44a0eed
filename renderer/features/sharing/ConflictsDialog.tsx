// Conflicts from merges, side by side: the analyst's version and the colleague's, field by
// field, with a choice for each.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import type { ConflictChoice } from '../../../shared/exchange';
import { CREDIBILITY_LABELS, type Annotation } from '../../../shared/model';
import { listConflicts } from '../../db/exchange';
import { Dialog } from '../../ui/Dialog';
import { KIND_LABELS, shortQuote } from '../common/kinds';

interface ConflictsDialogProps {
  readonly onResolve: (conflictId: string, choice: ConflictChoice) => Promise<void>;
  readonly onClose: () => void;
}

const FIELDS: readonly [string, (a: Annotation) => string][] = [
  ['Kind', (a) => KIND_LABELS[a.kind]],
  ['Actor', (a) => a.actor],
  ['Target', (a) => a.target],
  ['Event date', (a) => [a.eventDate.value, a.eventDate.precision].filter(Boolean).join(' · ')],
  ['Credibility', (a) => (a.credibility ? CREDIBILITY_LABELS[a.credibility] : 'Not assessed')],
  ['Tags', (a) => a.tags.join(', ')],
  ['Note', (a) => a.noteText],
  ['Author', (a) => a.author],
  ['Updated', (a) => `${new Date(a.updatedAt).toLocaleString()} (revision ${a.revision})`],
];

export function ConflictsDialog({ onResolve, onClose }: ConflictsDialogProps): ReactNode {
  const conflicts = useLiveQuery(() => listConflicts(), []);
  return (
    <Dialog title="Conflicts" onClose={onClose}>
      {conflicts && conflicts.length === 0 && <p>No conflicts left: every merged annotation agrees.</p>}
      {(conflicts ?? []).map((conflict) => (
        <section key={conflict.id} className="conflict" aria-label={`Conflict: ${shortQuote(conflict.local.quote.exact, 60)}`}>
          <h3 dir="auto">“{shortQuote(conflict.local.quote.exact, 100)}”</h3>
          <p className="annotation-meta">
            Changed here and in {conflict.fileName} (exported by {conflict.exportedBy || 'an unnamed analyst'}).
          </p>
          <table className="conflict-table">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Yours</th>
                <th scope="col">Theirs</th>
              </tr>
            </thead>
            <tbody>
              {FIELDS.map(([label, read]) => {
                const mine = read(conflict.local);
                const theirs = read(conflict.incoming);
                return (
                  <tr key={label} className={mine !== theirs ? 'differs' : undefined}>
                    <th scope="row">{label}</th>
                    <td dir="auto">{mine}</td>
                    <td dir="auto">{theirs}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" onClick={() => void onResolve(conflict.id, 'local')}>
              Keep mine
            </button>
            <button type="button" onClick={() => void onResolve(conflict.id, 'incoming')}>
              Keep theirs
            </button>
          </div>
        </section>
      ))}
      <div className="form-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
