// Draws the timeline on a canvas: the time axis (d3-scale's UTC ticks), the publication lane and
// a lane per actor or kind. A frame draws the lanes' glyphs (distinct boxes, packed by the views
// worker) inside the visible window, found by binary search, with plain arithmetic for x: a zoom
// step costs what is on screen, not the whole library.
import type { ScaleTime } from 'd3-scale';
import { eventsInWindow, FUZZY_BIT, KIND_CODES, lowerBound, POINT_BIT, ROWS_PER_LANE, type PackedColumns, type PackedTimeline } from '../../../shared/timeline/packedTimeline';
import type { AnnotationKind } from '../../../shared/model';

export const AXIS_HEIGHT = 28;
export const LANE_HEIGHT = 40;
export const LABEL_WIDTH = 150;
const ROW_HEIGHT = 10;
const DAY = 86_400_000;

const KIND_COLOURS: Readonly<Record<AnnotationKind, string>> = { claim: '#c99a00', denial: '#c0262d', action: '#1f7a3a' };
const PUBLICATION_COLOUR = '#4a5a80';

export interface TimelineLayout {
  readonly packed: PackedTimeline;
  /** The lanes' names as shown, in the packed lanes' order. */
  readonly laneNames: readonly string[];
  readonly width: number;
  readonly height: number;
}

export function canvasHeight(laneCount: number): number {
  return AXIS_HEIGHT + LANE_HEIGHT * (laneCount + 1);
}

function rowTop(laneIndex: number, row: number): number {
  return AXIS_HEIGHT + LANE_HEIGHT * (laneIndex + 1) + 6 + row * (ROW_HEIGHT + 1);
}

/** x = a·t + b: the scale's straight line, so a frame calls no scale per event. */
function lineOf(x: ScaleTime<number, number>): { readonly a: number; readonly b: number; readonly from: number; readonly to: number } {
  const [d0, d1] = x.domain().map((d) => d.getTime()) as [number, number];
  const [r0, r1] = x.range() as [number, number];
  const a = (r1 - r0) / (d1 - d0 || 1);
  return { a, b: r0 - a * d0, from: d0, to: d1 };
}

export interface EventBox {
  /** The event's column index in the packed timeline. */
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function boxOf(columns: PackedColumns, i: number, laneIndex: number, a: number, b: number): Omit<EventBox, 'index'> {
  const start = columns.start[i] ?? 0;
  const left = a * start + b;
  const point = ((columns.code[i] ?? 0) & POINT_BIT) !== 0;
  const width = point ? 0 : Math.max(3, a * (columns.end[i] ?? 0) + b - left);
  return { x: left, y: rowTop(laneIndex, columns.row[i] ?? 0), width, height: ROW_HEIGHT };
}

/** The events inside the window with their boxes (hit tests and the chosen events' outlines). */
export function visibleBoxes(layout: TimelineLayout, x: ScaleTime<number, number>, visit: (box: EventBox) => void): void {
  const { a, b, from, to } = lineOf(x);
  layout.packed.lanes.forEach((lane, laneIndex) => eventsInWindow(layout.packed, lane, from, to, (index) => visit({ index, ...boxOf(layout.packed.events, index, laneIndex, a, b) })));
}

function drawAxis(context: CanvasRenderingContext2D, x: ScaleTime<number, number>, layout: TimelineLayout): void {
  const ticks = x.ticks(Math.max(2, Math.floor((layout.width - LABEL_WIDTH) / 110)));
  const format = x.tickFormat();
  context.fillStyle = '#333';
  context.strokeStyle = '#ddd';
  context.font = '12px system-ui, sans-serif';
  context.textBaseline = 'middle';
  for (const tick of ticks) {
    const at = Math.round(x(tick)) + 0.5;
    if (at < LABEL_WIDTH) continue;
    context.beginPath();
    context.moveTo(at, AXIS_HEIGHT - 6);
    context.lineTo(at, layout.height);
    context.stroke();
    context.fillText(format(tick), at + 3, AXIS_HEIGHT / 2);
  }
}

function drawLaneLabels(context: CanvasRenderingContext2D, layout: TimelineLayout): void {
  const names = ['Published', ...layout.laneNames];
  context.fillStyle = '#f6f6f6';
  context.fillRect(0, AXIS_HEIGHT, LABEL_WIDTH, layout.height - AXIS_HEIGHT);
  context.fillStyle = '#222';
  context.font = '12px system-ui, sans-serif';
  context.textBaseline = 'middle';
  names.forEach((name, index) => {
    const top = AXIS_HEIGHT + index * LANE_HEIGHT;
    context.strokeStyle = '#e4e4e4';
    context.beginPath();
    context.moveTo(0, top + 0.5);
    context.lineTo(layout.width, top + 0.5);
    context.stroke();
    const label = name.length > 22 ? `${name.slice(0, 21)}…` : name;
    context.fillText(label, 6, top + LANE_HEIGHT / 2);
  });
}

function drawPublications(context: CanvasRenderingContext2D, publications: Float64Array, a: number, b: number, from: number, to: number): void {
  context.fillStyle = PUBLICATION_COLOUR;
  context.beginPath();
  let last = Number.NaN;
  for (let i = lowerBound(publications, from - DAY, 0, publications.length); i < publications.length; i += 1) {
    const day = publications[i] ?? 0;
    if (day > to) break;
    const at = Math.round(a * day + b);
    const key = at * 4 + (i % ROWS_PER_LANE);
    if (key === last) continue;
    last = key;
    context.rect(at - 1, AXIS_HEIGHT + 8 + (i % ROWS_PER_LANE) * 8, 3, 8);
  }
  context.fill();
}

/** Slot of a glyph code: kind × (point, bar, fuzzy bar). */
const slotOf = (code: number): number => (code & 3) * 3 + ((code & POINT_BIT) !== 0 ? 0 : (code & FUZZY_BIT) !== 0 ? 2 : 1);

/**
 * Draws one frame; returns how many events are in the window. Glyphs are gathered into one list
 * per kind and shape (a fill per path for dots), and a glyph that would cover exactly the pixels
 * of one already drawn in its row is not added again: at full zoom-out thousands share a pixel.
 */
export function drawTimeline(context: CanvasRenderingContext2D, x: ScaleTime<number, number>, layout: TimelineLayout, chosen: readonly number[]): number {
  const { packed } = layout;
  const { a, b, from, to } = lineOf(x);
  context.clearRect(0, 0, layout.width, layout.height);
  drawAxis(context, x, layout);
  context.save();
  context.beginPath();
  context.rect(LABEL_WIDTH, 0, layout.width - LABEL_WIDTH, layout.height);
  context.clip();
  drawPublications(context, packed.publications, a, b, from, to);
  const boxes: number[][] = Array.from({ length: KIND_CODES.length * 3 }, () => []);
  const seen = new Set<number>();
  const { glyphs } = packed;
  let drawn = 0;
  packed.lanes.forEach((lane, laneIndex) => {
    eventsInWindow(packed, lane, from, to, () => {
      drawn += 1;
    });
    const last = lane.glyphOffset + lane.glyphCount;
    // Inlined box arithmetic: this loop runs for every glyph of every frame, so it allocates nothing.
    for (let i = lowerBound(glyphs.start, from - lane.longest, lane.glyphOffset, last); i < last; i += 1) {
      const start = glyphs.start[i] ?? 0;
      if (start > to) break;
      if ((glyphs.end[i] ?? 0) < from) continue;
      const code = glyphs.code[i] ?? 0;
      const left = a * start + b;
      const width = (code & POINT_BIT) !== 0 ? 0 : Math.max(3, a * (glyphs.end[i] ?? 0) + b - left);
      const top = rowTop(laneIndex, glyphs.row[i] ?? 0);
      const slot = slotOf(code);
      const key = ((top * 16 + slot) * 16_384 + Math.round(left) + 4096) * 16_384 + Math.round(width);
      if (seen.has(key)) continue;
      seen.add(key);
      boxes[slot]?.push(left, top, width, ROW_HEIGHT);
    }
  });
  KIND_CODES.forEach((kind, kindIndex) => {
    const colour = KIND_COLOURS[kind];
    for (let group = 0; group < 3; group += 1) {
      const list = boxes[kindIndex * 3 + group] ?? [];
      if (list.length === 0) continue;
      // Approximate: pale, with a dashed edge; a precise span solid; a day a solid dot. Dots go
      // in one path; bars are filled one by one (a path of overlapping rectangles fills slowly).
      context.fillStyle = group === 2 ? `${colour}40` : group === 1 ? `${colour}cc` : colour;
      if (group === 0) {
        context.beginPath();
        for (let i = 0; i < list.length; i += 4) {
          const left = list[i] ?? 0;
          const middle = (list[i + 1] ?? 0) + (list[i + 3] ?? 0) / 2;
          context.moveTo(left + 4.5, middle);
          context.arc(left, middle, 4.5, 0, 2 * Math.PI);
        }
        context.fill();
        continue;
      }
      if (group === 2) {
        context.setLineDash([3, 3]);
        context.strokeStyle = colour;
      }
      for (let i = 0; i < list.length; i += 4) {
        const [left, top, width, height] = [list[i] ?? 0, list[i + 1] ?? 0, list[i + 2] ?? 0, list[i + 3] ?? 0];
        context.fillRect(left, top, width, height);
        if (group === 2) context.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
      }
      if (group === 2) context.setLineDash([]);
    }
  });
  context.strokeStyle = '#1a56db';
  context.lineWidth = 2;
  const laneOf = (index: number): number => packed.lanes.findIndex((lane) => index >= lane.offset && index < lane.offset + lane.count);
  for (const index of chosen) {
    const start = packed.events.start[index] ?? 0;
    if (start > to || (packed.events.end[index] ?? 0) < from) continue;
    const box = boxOf(packed.events, index, laneOf(index), a, b);
    context.strokeRect(box.x - 5, box.y - 2, Math.max(box.width, 0) + 10, box.height + 4);
  }
  context.lineWidth = 1;
  context.restore();
  drawLaneLabels(context, layout);
  return drawn;
}
