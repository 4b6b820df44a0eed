// A team record's conflict in the conflict view, side by side as an annotation's: each field two
// analysts set differently with Yours and Theirs and a choice, and for a deletion against an
// edit, "Keep deleted" or "Keep edited" (docs/sync.md, "Conflicts").
import { useState, type ReactNode } from 'react';
import type { JsonValue } from '../../../shared/sync/syncTypes';
import type { TeamConflictSide, TeamFieldChoice, TeamRecordConflict, TeamRecordSettlement } from '../../../shared/sync/teamRecordConflicts';
import { formatMoment } from '../../../shared/text/dateDisplay';
import { ConflictTableHead, KeepChoice } from './conflictTable';

interface TeamRecordConflictCardProps {
  readonly conflict: TeamRecordConflict;
  readonly onResolve: (conflictId: string, settlement: TeamRecordSettlement) => Promise<void>;
}

/** `publishedDate` → "Published date". */
function fieldLabel(field: string): string {
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A register value as the analyst reads it: text as is, a list of names joined, sections counted. */
function showValue(value: JsonValue): string {
  if (value === null) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) {
    const items = value as readonly JsonValue[];
    if (items.every((item) => typeof item === 'string')) return items.join(', ');
    return `${items.length} ${items.length === 1 ? 'entry' : 'entries'}`;
  }
  return JSON.stringify(value);
}

function sideNote(side: TeamConflictSide): string {
  return `${side.author || 'an unnamed analyst'}, ${formatMoment(side.at)}`;
}

export function TeamRecordConflictCard({ conflict, onResolve }: TeamRecordConflictCardProps): ReactNode {
  const [choices, setChoices] = useState<Readonly<Record<string, TeamFieldChoice>>>({});
  const all = (choice: TeamFieldChoice): Readonly<Record<string, TeamFieldChoice>> => Object.fromEntries(conflict.fields.map((field) => [field.field, choice]));
  const { deletion } = conflict;
  return (
    <section className="conflict" aria-label={`Conflict: ${conflict.label}`}>
      <h3 dir="auto">{conflict.label}</h3>
      {deletion ? (
        <p className="annotation-meta">
          Deleted by {deletion.deletedBy || 'an unnamed analyst'} ({formatMoment(deletion.deletedAt)}) while {deletion.editedBy || 'an unnamed analyst'} edited it (
          {formatMoment(deletion.editedAt)}){deletion.editedFields.length > 0 ? `: ${deletion.editedFields.map(fieldLabel).join(', ').toLowerCase()}` : ''}.
        </p>
      ) : (
        <p className="annotation-meta">Changed here and in the team library.</p>
      )}
      {conflict.fields.length > 0 && (
        <table className="conflict-table">
          <ConflictTableHead />
          <tbody>
            {conflict.fields.map(({ field, yours, theirs }) => (
              <tr key={field} className="differs">
                <th scope="row">{fieldLabel(field)}</th>
                <td dir="auto">
                  {showValue(yours.value)}
                  <br />
                  <small>{sideNote(yours)}</small>
                </td>
                <td dir="auto">
                  {showValue(theirs.value)}
                  <br />
                  <small>{sideNote(theirs)}</small>
                </td>
                <td>
                  <KeepChoice
                    name={`${conflict.id}-${field}`}
                    fieldLabel={fieldLabel(field)}
                    options={['local', 'incoming'] as const}
                    chosen={choices[field] ?? 'local'}
                    onChoose={(side) => setChoices((current) => ({ ...current, [field]: side }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions">
        {deletion ? (
          <>
            <button type="button" onClick={() => void onResolve(conflict.id, { keep: 'deleted', fields: {} })}>
              Keep deleted
            </button>
            <button type="button" className="primary" onClick={() => void onResolve(conflict.id, { keep: 'record', fields: choices })}>
              Keep edited
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => void onResolve(conflict.id, { keep: 'record', fields: all('local') })}>
              Keep mine
            </button>
            <button type="button" onClick={() => void onResolve(conflict.id, { keep: 'record', fields: all('incoming') })}>
              Keep theirs
            </button>
            <button type="button" className="primary" onClick={() => void onResolve(conflict.id, { keep: 'record', fields: choices })}>
              Keep the chosen fields
            </button>
          </>
        )}
      </div>
    </section>
  );
}
