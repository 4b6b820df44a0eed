// The figure as the window paints it: shapes painted into pixels and put on the canvas in one
// call (a dot, a bar its length at 80 %, an approximate date pale with a dashed edge), read back
// from the pixels; and the pixel painter's clipping and blending.
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { packTimeline } from '../../../shared/timeline/packedTimeline';
import { NO_TIMELINE_FILTER, timelineEvents } from '../../../shared/timeline/timelineEvents';
import { DOT_RADIUS } from '../../../renderer/features/timeline/glyphDrawing';
import { colourOf, GlyphRaster } from '../../../renderer/features/timeline/glyphRaster';
import { canvasHeight, drawTimeline, type TimelineLayout } from '../../../renderer/features/timeline/timelineDrawing';
import { annotation } from '../claims/fixtures';

/** A 2D context that records the names of the calls made on it (jsdom has no canvas). */
function recordingContext(): { context: CanvasRenderingContext2D; calls: string[] } {
  const calls: string[] = [];
  const state: Record<string, unknown> = {};
  const context = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      return () => void calls.push(key);
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { context, calls };
}

function rasterOf(width: number, height: number): GlyphRaster<ImageData> {
  // The painter needs only the pixels and their size: what ImageData holds.
  const image = { data: new Uint8ClampedArray(width * height * 4), width, height, colorSpace: 'srgb' } as ImageData;
  return new GlyphRaster(image, 1, DOT_RADIUS);
}

function pixel(raster: GlyphRaster, x: number, y: number): [number, number, number, number] {
  const at = (y * raster.image.width + x) * 4;
  const { data } = raster.image;
  return [data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0, data[at + 3] ?? 0];
}

describe('drawTimeline into pixels', () => {
  const events = timelineEvents(
    [
      annotation('day', 'claim', 'A day', { eventDate: { value: '2026-03-05', precision: 'day' } }),
      annotation('month', 'denial', 'A month', { eventDate: { value: '2026-03', precision: 'month' } }),
      annotation('year', 'action', 'A year', { eventDate: { value: '2026', precision: 'year' } }),
      annotation('about', 'action', 'About then', { eventDate: { value: '2026-06', precision: 'approximate' } }),
    ],
    NO_TIMELINE_FILTER,
  );
  const layout: TimelineLayout = { packed: packTimeline(events, ['claim', 'denial', 'action'], []), laneNames: ['Claims', 'Denials', 'Actions'], width: 1515, height: canvasHeight(3) };
  const x = scaleUtc().domain([new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2027, 0, 1))]).range([150, 1515]);
  // Rows of a lane: the publication lane first, 6 pixels into a lane, 11 pixels a row.
  const rowTop = (lane: number, row: number): number => 28 + 40 * (lane + 1) + 6 + row * 11;

  it('puts the shapes on the canvas in one call and draws only text with calls', () => {
    const raster = rasterOf(layout.width, layout.height);
    const { context, calls } = recordingContext();
    expect(drawTimeline(context, x, layout, [], raster)).toBe(4);
    expect(calls.filter((call) => call === 'putImageData')).toHaveLength(1);
    expect(calls.filter((call) => !['putImageData', 'fillText'].includes(call))).toEqual([]);
  });

  it('paints a day as a solid dot, a month as a bar its length, an approximate date pale with a dashed edge', () => {
    const raster = rasterOf(layout.width, layout.height);
    drawTimeline(recordingContext().context, x, layout, [], raster);
    const claim = colourOf('#c99a00');
    const denial = colourOf('#c0262d');
    const action = colourOf('#1f7a3a');
    // The dot: its middle solid, outside it nothing.
    const dotLeft = Math.round(x(Date.UTC(2026, 2, 5)) - DOT_RADIUS);
    const dotTop = Math.round(rowTop(0, 0) + 5 - DOT_RADIUS);
    expect(pixel(raster, dotLeft + 4, dotTop + 4)).toEqual([claim.r, claim.g, claim.b, 255]);
    expect(pixel(raster, dotLeft + 12, dotTop + 4)[3]).toBe(0);
    // The month: 80 % from its first day to its last, not beyond.
    const [marchStart, aprilStart] = [x(Date.UTC(2026, 2, 1)), x(Date.UTC(2026, 3, 1))];
    expect(pixel(raster, Math.round(marchStart) + 2, rowTop(1, 0) + 5)).toEqual([denial.r, denial.g, denial.b, 204]);
    expect(pixel(raster, Math.round(aprilStart) - 2, rowTop(1, 0) + 5)).toEqual([denial.r, denial.g, denial.b, 204]);
    expect(pixel(raster, Math.round(aprilStart) + 3, rowTop(1, 0) + 5)[3]).toBe(0);
    // June, approximately (the second row of the actions' lane): pale inside, its top edge dashed.
    const [juneStart, julyStart] = [Math.round(x(Date.UTC(2026, 5, 1))), Math.round(x(Date.UTC(2026, 6, 1)))];
    const top = rowTop(2, 1);
    expect(pixel(raster, (juneStart + julyStart) >> 1, top + 5)).toEqual([action.r, action.g, action.b, 64]);
    const edge = Array.from({ length: julyStart - juneStart - 4 }, (_, i) => pixel(raster, juneStart + 2 + i, top)[3]);
    expect(new Set(edge)).toEqual(new Set([255, 64]));
    expect(edge.filter((alpha) => alpha === 255).length).toBeGreaterThan(edge.length / 3);
  });

  it('paints nothing left of the lane labels and nothing for a window without events', () => {
    const raster = rasterOf(layout.width, layout.height);
    const march = scaleUtc().domain([new Date(Date.UTC(2026, 2, 10)), new Date(Date.UTC(2026, 2, 20))]).range([150, 1515]);
    drawTimeline(recordingContext().context, march, layout, [], raster);
    // The claims' row: the day (5 March) is outside the window.
    const row = Array.from({ length: layout.width - 150 }, (_, i) => pixel(raster, 150 + i, rowTop(0, 0) + 5));
    expect(row.every(([r, g, b]) => !(r === 0xc9 && g === 0x9a && b === 0))).toBe(true);
  });
});

describe('GlyphRaster', () => {
  it('reads colours written with six digits or three', () => {
    expect(colourOf('#c0262d')).toEqual({ r: 0xc0, g: 0x26, b: 0x2d });
    expect(colourOf('#ddd')).toEqual({ r: 0xdd, g: 0xdd, b: 0xdd });
  });

  it('cuts off what lies left of the clip and blends a pale fill over what is there', () => {
    const raster = rasterOf(20, 4);
    const white = colourOf('#ffffff');
    const black = colourOf('#000000');
    raster.fillRect(0, 0, 20, 4, white);
    raster.fillRect(2, 1, 10, 1, black, 0.25, 5);
    expect(pixel(raster, 4, 1)).toEqual([255, 255, 255, 255]);
    expect(pixel(raster, 5, 1)).toEqual([191, 191, 191, 255]);
    expect(pixel(raster, 11, 1)).toEqual([191, 191, 191, 255]);
    expect(pixel(raster, 12, 1)).toEqual([255, 255, 255, 255]);
    raster.clear();
    expect(pixel(raster, 5, 1)).toEqual([0, 0, 0, 0]);
  });

  it('paints at the device pixel ratio', () => {
    const image = { data: new Uint8ClampedArray(40 * 8 * 4), width: 40, height: 8, colorSpace: 'srgb' } as ImageData;
    const raster = new GlyphRaster(image, 2, DOT_RADIUS);
    raster.fillRect(3, 1, 2, 1, colourOf('#102030'));
    const painted = Array.from({ length: 40 * 8 }, (_, i) => i).filter((i) => (image.data[i * 4 + 3] ?? 0) > 0);
    expect(painted).toEqual([2 * 40 + 6, 2 * 40 + 7, 2 * 40 + 8, 2 * 40 + 9, 3 * 40 + 6, 3 * 40 + 7, 3 * 40 + 8, 3 * 40 + 9]);
  });
});
