// The pieces both conflict cards share (a shared file's annotation, a team record): the table's
// head and the per-field choice of which side to keep.
import type { ReactNode } from 'react';
import type { FieldChoice } from '../../../shared/exchange/fieldResolution';

const SIDE_LABELS: Readonly<Record<FieldChoice, string>> = { local: 'Mine', incoming: 'Theirs', both: 'Both' };

export function ConflictTableHead(): ReactNode {
  return (
    <thead>
      <tr>
        <th scope="col">Field</th>
        <th scope="col">Yours</th>
        <th scope="col">Theirs</th>
        <th scope="col">Keep</th>
      </tr>
    </thead>
  );
}

interface KeepChoiceProps<T extends FieldChoice> {
  /** The radio group's name, unique in the dialog. */
  readonly name: string;
  /** The field as the analyst reads it ("Note"), for the group's accessible name "Keep note". */
  readonly fieldLabel: string;
  readonly options: readonly T[];
  readonly chosen: T;
  readonly onChoose: (side: T) => void;
}

export function KeepChoice<T extends FieldChoice>({ name, fieldLabel, options, chosen, onChoose }: KeepChoiceProps<T>): ReactNode {
  return (
    <fieldset className="field-choice" aria-label={`Keep ${fieldLabel.toLowerCase()}`}>
      {options.map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={name} checked={chosen === option} onChange={() => onChoose(option)} />
          {SIDE_LABELS[option]}
        </label>
      ))}
    </fieldset>
  );
}
