// The packed timeline the views worker sends: columns by lane and start, the window's events in
// time order found by binary search, and the extent shown at zoom 1.
import { describe, expect, it } from 'vitest';
import { eventsInWindow, FUZZY_BIT, packTimeline, POINT_BIT, timelineExtent, windowInTimeOrder } from '../../../shared/timeline/packedTimeline';
import { NO_TIMELINE_FILTER, timelineEvents, timelineLanes } from '../../../shared/timeline/timelineEvents';
import { annotation } from '../claims/fixtures';

const day = (value: string): number => Date.parse(`${value}T00:00:00Z`);

describe('packTimeline', () => {
  const events = timelineEvents(
    [
      annotation('c1', 'claim', 'One', { eventDate: { value: '2026-03-05', precision: 'day' } }),
      annotation('d1', 'denial', 'Two', { eventDate: { value: '2026-03', precision: 'month' } }),
      annotation('a1', 'action', 'Three', { eventDate: { value: '2026-06', precision: 'approximate' } }),
      annotation('c2', 'claim', 'Four', { eventDate: { value: '2026-01-02', precision: 'day' } }),
      annotation('u', 'claim', 'Undated'),
    ],
    NO_TIMELINE_FILTER,
  );
  const packed = packTimeline(events, timelineLanes(events, 'kind'), [day('2026-02-01')]);

  it('keeps each lane in start order with its shape and kind codes', () => {
    expect(packed.lanes.map((l) => [l.name, l.count])).toEqual([['claim', 2], ['denial', 1], ['action', 1]]);
    expect(packed.ids).toEqual(['c2', 'c1', 'd1', 'a1']);
    expect(packed.events.code[0]).toBe(0 | POINT_BIT);
    expect(packed.events.code[2]).toBe(1);
    expect(packed.events.code[3]).toBe(2 | FUZZY_BIT);
  });

  it('lists the events of a window in time order and counts them', () => {
    const { indexes, count } = windowInTimeOrder(packed, day('2026-03-04'), day('2026-03-20'), 10);
    expect(indexes.map((i) => packed.ids[i])).toEqual(['d1', 'c1']);
    expect(count).toBe(2);
    expect(windowInTimeOrder(packed, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 1)).toEqual({ indexes: [0], count: 4 });
  });

  it('finds a lane’s events in a window, long spans starting before it included', () => {
    const seen: string[] = [];
    const denials = packed.lanes[1];
    if (denials) eventsInWindow(packed, denials, day('2026-03-30'), day('2026-04-10'), (i) => seen.push(packed.ids[i] ?? ''));
    expect(seen).toEqual(['d1']);
  });

  it('spans the events and publications with a margin', () => {
    const [from, to] = timelineExtent(packed);
    expect(from).toBeLessThan(day('2026-01-02'));
    expect(to).toBeGreaterThan(day('2026-07-01'));
    expect(timelineExtent(packTimeline([], [], []))).toEqual([Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)]);
  });
});
