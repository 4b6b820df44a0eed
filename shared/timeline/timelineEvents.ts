// The timeline's events: every annotation with an event date, placed at its precision, in lanes
// by actor or by kind, and the articles' publication dates as a lane of their own.
import type { Annotation, AnnotationKind } from '../model';
import { eventSpan, spanMeetsRange, type EventSpan } from './eventSpan';

export type LaneGrouping = 'actor' | 'kind';

export interface TimelineEvent {
  readonly id: string;
  readonly annotation: Annotation;
  readonly span: EventSpan;
  readonly lane: string;
}

export interface PublicationEvent {
  readonly sourceId: string;
  readonly title: string;
  readonly span: EventSpan;
}

export interface TimelineFilter {
  readonly actor: string;
  readonly kind: AnnotationKind | '';
  readonly tag: string;
  readonly from: string;
  readonly to: string;
  readonly lanes: LaneGrouping;
}

export const NO_TIMELINE_FILTER: TimelineFilter = { actor: '', kind: '', tag: '', from: '', to: '', lanes: 'kind' };
export const NO_ACTOR_LANE = '(no actor)';
export const PUBLICATION_LANE = 'Published';

const fold = (name: string): string => name.trim().toLocaleLowerCase();

/** The dated annotations that pass the filter, sorted by start (then end). */
export function timelineEvents(annotations: readonly Annotation[], filter: TimelineFilter): TimelineEvent[] {
  const actor = fold(filter.actor);
  const tag = fold(filter.tag);
  const events: TimelineEvent[] = [];
  for (const annotation of annotations) {
    if (filter.kind && annotation.kind !== filter.kind) continue;
    if (actor && fold(annotation.actor) !== actor) continue;
    if (tag && !annotation.tags.some((t) => fold(t) === tag)) continue;
    const span = eventSpan(annotation.eventDate);
    if (!span || !spanMeetsRange(span, filter.from, filter.to)) continue;
    const lane = filter.lanes === 'kind' ? annotation.kind : annotation.actor.trim() || NO_ACTOR_LANE;
    events.push({ id: annotation.id, annotation, span, lane });
  }
  return events.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** The lanes in the order they are drawn: kinds in their usual order, actors by how many events. */
export function timelineLanes(events: readonly TimelineEvent[], grouping: LaneGrouping): string[] {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.lane, (counts.get(event.lane) ?? 0) + 1);
  if (grouping === 'kind') return (['claim', 'denial', 'action'] as const).filter((kind) => counts.has(kind));
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([lane]) => lane);
}

/** Articles' publication dates (day precision), sorted, within the filter's dates. */
export function publicationEvents(
  sources: readonly { readonly id: string; readonly title: string; readonly publishedDate: string }[],
  filter: Pick<TimelineFilter, 'from' | 'to'>,
): PublicationEvent[] {
  const events: PublicationEvent[] = [];
  for (const source of sources) {
    const span = eventSpan({ value: source.publishedDate, precision: 'day' });
    if (span && spanMeetsRange(span, filter.from, filter.to)) events.push({ sourceId: source.id, title: source.title, span });
  }
  return events.sort((a, b) => a.span.start - b.span.start);
}

/** Index of the first event whose span ends after `time` (events sorted by start): where drawing a window begins. */
export function firstEndingAfter(events: readonly { readonly span: EventSpan }[], time: number, longest: number): number {
  // Sorted by start, so any event ending after `time` starts after `time - longest`.
  let low = 0;
  let high = events.length;
  const from = time - longest;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((events[mid]?.span.start ?? 0) < from) low = mid + 1;
    else high = mid;
  }
  return low;
}
