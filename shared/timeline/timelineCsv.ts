// The timeline's events as CSV, in time order: the date as stored and in words, its precision,
// the span it covers, and the passage.
import { csvText } from '../csv/csvText';
import { formatPreciseDate } from '../text/dateDisplay';
import type { TimelineEvent } from './timelineEvents';

const HEADER = ['Event date', 'Date', 'Precision', 'From', 'To', 'Kind', 'Actor', 'Target', 'Passage', 'Article', 'Annotation id'];

const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

export function timelineCsv(events: readonly TimelineEvent[], titleOf: (sourceId: string) => string): string {
  return csvText(
    HEADER,
    events.map(({ annotation, span }) => [
      annotation.eventDate.value,
      formatPreciseDate(annotation.eventDate),
      annotation.eventDate.precision,
      isoDay(span.start),
      // The span's end is exclusive; people read the last day it covers.
      isoDay(span.end - 1),
      annotation.kind,
      annotation.actor,
      annotation.target,
      annotation.quote.exact,
      titleOf(annotation.sourceId),
      annotation.id,
    ]),
  );
}
