// Conflicts from merges, side by side: for each side who changed it last and when (the newer
// marked), the fields either side has, and a choice per field (mine, theirs, or both for the note
// and the tags), or one whole version.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import type { AnnotationConflict } from '../../../shared/exchange';
import { JOINABLE_FIELDS, RESOLVABLE_FIELDS, fieldDiffers, type FieldChoice, type ResolvableField } from '../../../shared/exchange/fieldResolution';
import { CREDIBILITY_LABELS, type Annotation } from '../../../shared/model';
import { listConflicts, type ConflictSettlement } from '../../db/exchange';
import { Dialog } from '../../ui/Dialog';
import { KIND_LABELS, shortQuote } from '../common/kinds';
import { formatMoment, formatPreciseDate } from '../../../shared/text/dateDisplay';
import { isTeamRecordConflict, type TeamRecordSettlement } from '../../../shared/sync/teamRecordConflicts';
import { ConflictTableHead, KeepChoice } from './conflictTable';
import { TeamRecordConflictCard } from './TeamRecordConflictCard';

interface ConflictsDialogProps {
  readonly onResolve: (conflictId: string, settlement: ConflictSettlement) => Promise<void>;
  /** A team record's conflict (a dossier, an actor, an article's details, a deletion against an edit). */
  readonly onResolveTeamRecord: (conflictId: string, settlement: TeamRecordSettlement) => Promise<void>;
  readonly onClose: () => void;
}

const FIELD_LABELS: Readonly<Record<ResolvableField, string>> = {
  kind: 'Kind',
  actor: 'Actor',
  target: 'Target',
  eventDate: 'Event date',
  credibility: 'Credibility',
  tags: 'Tags',
  note: 'Note',
};

/** The field as the analyst reads it; empty when the side has no value (a precision alone is none). */
function show(a: Annotation, field: ResolvableField): string {
  switch (field) {
    case 'kind':
      return KIND_LABELS[a.kind];
    case 'eventDate':
      return formatPreciseDate(a.eventDate);
    case 'credibility':
      return a.credibility ? CREDIBILITY_LABELS[a.credibility] : '';
    case 'tags':
      return a.tags.join(', ');
    case 'note':
      return a.noteText;
    default:
      return a[field];
  }
}

function changedBy(a: Annotation): string {
  return a.editedBy ?? a.author ?? '';
}

function ConflictCard({ conflict, onResolve }: { readonly conflict: AnnotationConflict; readonly onResolve: ConflictsDialogProps['onResolve'] }): ReactNode {
  const [choices, setChoices] = useState<Partial<Record<ResolvableField, FieldChoice>>>({});
  const { local, incoming } = conflict;
  // Hidden when neither side has a value: nothing to compare or choose.
  const fields = RESOLVABLE_FIELDS.filter((f) => show(local, f) !== '' || show(incoming, f) !== '');
  const newer = local.updatedAt === incoming.updatedAt ? null : local.updatedAt > incoming.updatedAt ? 'local' : 'incoming';
  const side = (a: Annotation, which: 'local' | 'incoming'): ReactNode => (
    <>
      {changedBy(a) || 'an unnamed analyst'}, {formatMoment(a.updatedAt)} (revision {a.revision})
      {newer === which && <strong className="newer"> · newer</strong>}
    </>
  );
  const quote = shortQuote(local.quote.exact, 60);
  return (
    <section className="conflict" aria-label={`Conflict: ${quote}`}>
      <h3 dir="auto">“{shortQuote(local.quote.exact, 100)}”</h3>
      <p className="annotation-meta">
        Changed here and in {conflict.fileName} (exported by {conflict.exportedBy || 'an unnamed analyst'}).
      </p>
      <table className="conflict-table">
        <ConflictTableHead />
        <tbody>
          <tr>
            <th scope="row">Last changed by</th>
            <td dir="auto">{side(local, 'local')}</td>
            <td dir="auto">{side(incoming, 'incoming')}</td>
            <td />
          </tr>
          {fields.map((field) => {
            const differs = fieldDiffers(conflict, field);
            const options: FieldChoice[] = JOINABLE_FIELDS.has(field) ? ['local', 'incoming', 'both'] : ['local', 'incoming'];
            return (
              <tr key={field} className={differs ? 'differs' : undefined}>
                <th scope="row">{FIELD_LABELS[field]}</th>
                <td dir="auto">{show(local, field)}</td>
                <td dir="auto">{show(incoming, field)}</td>
                <td>
                  {differs && (
                    <KeepChoice
                      name={`${conflict.id}-${field}`}
                      fieldLabel={FIELD_LABELS[field]}
                      options={options}
                      chosen={choices[field] ?? 'local'}
                      onChoose={(side) => setChoices((current) => ({ ...current, [field]: side }))}
                    />
                  )}
                </td>
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
        <button type="button" className="primary" onClick={() => void onResolve(conflict.id, choices)}>
          Keep the chosen fields
        </button>
      </div>
    </section>
  );
}

export function ConflictsDialog({ onResolve, onResolveTeamRecord, onClose }: ConflictsDialogProps): ReactNode {
  const conflicts = useLiveQuery(() => listConflicts(), []);
  return (
    <Dialog title="Conflicts" onClose={onClose}>
      {conflicts && conflicts.length === 0 && <p>No conflicts left: every merged annotation and team record agrees.</p>}
      {(conflicts ?? []).map((conflict) =>
        isTeamRecordConflict(conflict) ? (
          <TeamRecordConflictCard key={conflict.id} conflict={conflict} onResolve={onResolveTeamRecord} />
        ) : (
          <ConflictCard key={conflict.id} conflict={conflict} onResolve={onResolve} />
        ),
      )}
      <div className="form-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
