// The timeline's events as a list, for screen readers and the keyboard: those in the figure's
// time window, in time order, each with its date as written, Go to, and a box to choose it for
// "Add to dossier". Long windows show the first part and say how many more there are.
import type { ReactNode } from 'react';
import type { Annotation } from '../../../shared/model';
import { formatPreciseDate } from '../../../shared/text/dateDisplay';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvents';
import { IsolatedText } from '../../ui/IsolatedText';
import { KIND_LABELS, shortQuote } from '../common/kinds';

const SHOWN = 200;

const SPANS = { day: 'spans the day', month: 'spans the month', year: 'spans the year' } as const;

/** How the figure draws the event, in words: "a point", "spans the month", "approximate, spans the day". */
export function describeShape(event: TimelineEvent): string {
  return `${event.span.fuzzy ? 'approximate, ' : ''}${event.span.shape === 'point' ? 'a point' : SPANS[event.span.granularity]}`;
}

interface TimelineListProps {
  /** The first events of the window, in time order. */
  readonly events: readonly TimelineEvent[];
  /** How many events the window holds. */
  readonly count: number;
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (event: TimelineEvent) => void;
  readonly onFollow: (annotation: Annotation) => void;
  readonly titleOf: (sourceId: string) => string;
}

export function TimelineList({ events, count, selected, onToggle, onFollow, titleOf }: TimelineListProps): ReactNode {
  return (
    <section className="timeline-list" aria-labelledby="timeline-list-heading">
      <h3 id="timeline-list-heading">Events in view ({count.toLocaleString('en')})</h3>
      {count === 0 ? (
        <p className="empty-inline">No dated annotation in this window: zoom out, or give passages an event date.</p>
      ) : (
        <ol aria-label="Timeline events">
          {events.slice(0, SHOWN).map((event) => {
            const { annotation } = event;
            const quote = shortQuote(annotation.quote.exact, 90);
            return (
              <li key={event.id} className={selected.has(event.id) ? 'selected' : undefined}>
                <label>
                  <input type="checkbox" checked={selected.has(event.id)} onChange={() => onToggle(event)} aria-label={`Choose: ${formatPreciseDate(annotation.eventDate)} ${quote}`} />
                  <span className="timeline-date">{formatPreciseDate(annotation.eventDate)}</span>
                </label>{' '}
                <span className="timeline-shape">({describeShape(event)})</span> <strong>{KIND_LABELS[annotation.kind]}</strong>
                {annotation.actor && (
                  <>
                    {' '}
                    by <IsolatedText text={annotation.actor} />
                  </>
                )}
                : <q dir="auto">{quote}</q> <span className="claim-source">(<IsolatedText text={titleOf(annotation.sourceId)} />)</span>{' '}
                <button type="button" onClick={() => onFollow(annotation)} aria-label={`Go to: ${quote}`}>
                  Go to
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {count > SHOWN && <p>And {(count - SHOWN).toLocaleString('en')} more in this window: zoom in or filter to list them.</p>}
    </section>
  );
}
