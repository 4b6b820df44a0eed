// The figure at each precision, read from the drawing calls: a day is a dot (arc), a month and a
// year are bars as wide as their stretch of the axis, an approximate date a pale dashed bar.
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { packTimeline } from '../../../shared/timeline/packedTimeline';
import { NO_TIMELINE_FILTER, timelineEvents } from '../../../shared/timeline/timelineEvents';
import { drawTimeline, type TimelineLayout } from '../../../renderer/features/timeline/timelineDrawing';
import { annotation } from '../claims/fixtures';

interface Call {
  readonly name: string;
  readonly args: readonly unknown[];
  readonly dashed: boolean;
  readonly fill: unknown;
}

/** A 2D context that records what is drawn (jsdom has no canvas). */
function recordingContext(): { context: CanvasRenderingContext2D; calls: Call[] } {
  const calls: Call[] = [];
  let dashed = false;
  const state: Record<string, unknown> = {};
  const context = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      if (key === 'setLineDash') return (dash: number[]) => void (dashed = dash.length > 0);
      if (key === 'createLinearGradient') return () => ({ gradient: true, addColorStop: () => undefined });
      return (...args: unknown[]) => void calls.push({ name: key, args, dashed, fill: target.fillStyle });
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { context, calls };
}

describe('drawTimeline', () => {
  const events = timelineEvents(
    [
      annotation('day', 'claim', 'A day', { eventDate: { value: '2026-03-05', precision: 'day' } }),
      annotation('month', 'denial', 'A month', { eventDate: { value: '2026-03', precision: 'month' } }),
      annotation('year', 'action', 'A year', { eventDate: { value: '2026', precision: 'year' } }),
      annotation('about', 'action', 'About then', { eventDate: { value: '2026-06', precision: 'approximate' } }),
    ],
    NO_TIMELINE_FILTER,
  );
  const packed = packTimeline(events, ['claim', 'denial', 'action'], []);
  const layout: TimelineLayout = { packed, laneNames: ['Claims', 'Denials', 'Actions'], width: 1515, height: 300 };
  // 2026 across 1,365 pixels (150 to 1515): about 3.74 pixels a day.
  const x = scaleUtc().domain([new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2027, 0, 1))]).range([150, 1515]);

  it('draws a day as a dot and a month or a year as a bar its length', () => {
    const { context, calls } = recordingContext();
    expect(drawTimeline(context, x, layout, [])).toBe(4);
    const arcs = calls.filter((c) => c.name === 'arc');
    expect(arcs).toHaveLength(1);
    expect(arcs[0]?.args[0]).toBeCloseTo(x(new Date(Date.UTC(2026, 2, 5))), 5);
    const bars = calls.filter((c) => c.name === 'fillRect' && typeof c.fill === 'string' && /^#[0-9a-f]{6}cc$/.test(c.fill));
    const widths = bars.map((c) => Math.round(Number(c.args[2]))).sort((a, b) => b - a);
    expect(widths).toEqual([Math.round(x(Date.UTC(2026, 3, 1)) - x(Date.UTC(2026, 2, 1))), Math.round(x(Date.UTC(2027, 0, 1)) - x(Date.UTC(2026, 0, 1)))].sort((a, b) => b - a));
  });

  it('draws an approximate date pale with a dashed edge', () => {
    const { context, calls } = recordingContext();
    drawTimeline(context, x, layout, []);
    const faded = calls.filter((c) => c.name === 'fillRect' && typeof c.fill === 'string' && /^#[0-9a-f]{6}40$/.test(c.fill));
    expect(faded).toHaveLength(1);
    expect(Math.round(Number(faded[0]?.args[2]))).toBe(Math.round(x(Date.UTC(2026, 6, 1)) - x(Date.UTC(2026, 5, 1))));
    expect(calls.some((c) => c.name === 'strokeRect' && c.dashed)).toBe(true);
  });

  it('draws only what the window shows', () => {
    const { context } = recordingContext();
    const march = scaleUtc().domain([new Date(Date.UTC(2026, 2, 10)), new Date(Date.UTC(2026, 2, 20))]).range([150, 1515]);
    // The day (5 March) is outside; the month and the year cover the window; June is outside.
    expect(drawTimeline(context, march, layout, [])).toBe(2);
  });

  it('draws a day repeated on the same row once, but counts every event', () => {
    const same = timelineEvents(
      Array.from({ length: 7 }, (_, i) => annotation(`d${i}`, 'claim', `Day ${i}`, { eventDate: { value: '2026-03-05', precision: 'day' } })),
      NO_TIMELINE_FILTER,
    );
    const many = packTimeline(same, ['claim'], []);
    // Seven events in three rows: three boxes to draw.
    expect(many.glyphs.start).toHaveLength(3);
    const { context, calls } = recordingContext();
    expect(drawTimeline(context, x, { packed: many, laneNames: ['Claims'], width: 1515, height: 200 }, [])).toBe(7);
    expect(calls.filter((c) => c.name === 'arc')).toHaveLength(3);
  });

  it('draws dots closer than a few pixels as one capsule per row, and apart when zoomed in', () => {
    // Nine days in a row, in three rows (every third day in each row).
    const days = timelineEvents(
      Array.from({ length: 9 }, (_, i) => annotation(`n${i}`, 'claim', `Day ${i}`, { eventDate: { value: `2026-03-0${i + 1}`, precision: 'day' } })),
      NO_TIMELINE_FILTER,
    );
    const nine = { packed: packTimeline(days, ['claim'], []), laneNames: ['Claims'], width: 1515, height: 200 };
    const apart = recordingContext();
    expect(drawTimeline(apart.context, x, nine, [])).toBe(9);
    expect(apart.calls.filter((c) => c.name === 'arc')).toHaveLength(9);
    // Ten years across the same width: three days are about a pixel apart.
    const decade = scaleUtc().domain([new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2030, 0, 1))]).range([150, 1515]);
    const merged = recordingContext();
    expect(drawTimeline(merged.context, decade, nine, [])).toBe(9);
    expect(merged.calls.filter((c) => c.name === 'rect' && c.args[3] === 9)).toHaveLength(3);
    expect(merged.calls.filter((c) => c.name === 'arc')).toHaveLength(6);
  });
});
