// Under the event date: how the date reads everywhere else (with its precision), and a warning
// when it looks like a Solar Hijri date (1403-12-21), with the Gregorian date to apply.
import type { ReactNode } from 'react';
import type { Annotation } from '../../../shared/model';
import { formatCalendarDate, formatPreciseDate } from '../../../shared/text/dateDisplay';
import { readAsSolarHijri } from '../../../shared/text/solarHijri';

interface EventDateHintProps {
  readonly eventDate: Annotation['eventDate'];
  /** The year the passage was tagged in: a date centuries before it is read as another calendar. */
  readonly contextYear: number;
  readonly onApply: (gregorian: string) => void;
}

export function EventDateHint({ eventDate, contextYear, onApply }: EventDateHintProps): ReactNode {
  if (!eventDate.value) return null;
  const reading = readAsSolarHijri(eventDate.value, contextYear);
  if (!reading) {
    return <p className="field-hint">Shown as {formatPreciseDate(eventDate)}.</p>;
  }
  const { first, last } = reading.spans;
  const span = first === last ? '' : ` (it runs from ${formatCalendarDate(first)} to ${formatCalendarDate(last)})`;
  return (
    <div role="alert" className="field-warning">
      <p>
        {eventDate.value} cannot be a Gregorian date here; as a Solar Hijri date it is {formatCalendarDate(reading.gregorian)}
        {span}.
      </p>
      <button type="button" onClick={() => onApply(reading.gregorian)}>
        Use {reading.gregorian}
      </button>
    </div>
  );
}
