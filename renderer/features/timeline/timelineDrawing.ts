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

const DOT_RADIUS = 4.5;
const DASH = 3;

/**
 * Stamps drawn once per colour (a dot, a dash pattern), for a canvas without a GPU: there the
 * drawing is rasterised when the frame commits, and a path of thousands of arcs or dashed edges
 * took most of a wheel step's frame, where copying a small bitmap costs almost nothing. Null
 * where there is no OffscreenCanvas (unit tests): the shapes are then drawn as paths.
 */
interface Stamps {
  readonly dot: ImageBitmap;
  readonly dash: CanvasPattern;
}
const stampsByColour = new Map<string, Stamps | null>();
function stampsOf(context: CanvasRenderingContext2D, colour: string): Stamps | null {
  const ratio = typeof OffscreenCanvas === 'undefined' ? 1 : context.getTransform().a || 1;
  const key = `${colour}|${ratio}`;
  if (stampsByColour.has(key)) return stampsByColour.get(key) ?? null;
  let stamps: Stamps | null = null;
  if (typeof OffscreenCanvas !== 'undefined') {
    // Drawn at the device's pixel ratio so a stamp copies pixel for pixel.
    const size = Math.ceil(DOT_RADIUS * 2 * ratio);
    const dot = new OffscreenCanvas(size, size);
    const dotContext = dot.getContext('2d');
    const dash = new OffscreenCanvas(DASH * 2, 1);
    const dashContext = dash.getContext('2d');
    if (dotContext && dashContext) {
      dotContext.fillStyle = colour;
      dotContext.beginPath();
      dotContext.arc(size / 2, size / 2, DOT_RADIUS * ratio, 0, 2 * Math.PI);
      dotContext.fill();
      dashContext.fillStyle = colour;
      dashContext.fillRect(0, 0, DASH, 1);
      const pattern = context.createPattern(dash, 'repeat');
      // A bitmap, not the canvas: drawing a canvas snapshots it at every call.
      if (pattern) stamps = { dot: dot.transferToImageBitmap(), dash: pattern };
    }
  }
  stampsByColour.set(key, stamps);
  return stamps;
}

/** Day events: dots, stamped (or one path of arcs without stamps). */
function drawDots(context: CanvasRenderingContext2D, list: readonly number[], colour: string, stamps: Stamps | null): void {
  context.fillStyle = colour;
  if (stamps) {
    const size = DOT_RADIUS * 2;
    for (let i = 0; i < list.length; i += 4) {
      // Whole pixels: a stamp at a fraction of a pixel would be resampled.
      const left = Math.round((list[i] ?? 0) - DOT_RADIUS);
      const top = Math.round((list[i + 1] ?? 0) + (list[i + 3] ?? 0) / 2 - DOT_RADIUS);
      const width = Math.round(list[i + 2] ?? 0);
      context.drawImage(stamps.dot, left, top, size, size);
      if (width < 1) continue;
      context.fillRect(left + DOT_RADIUS, top, width, size);
      context.drawImage(stamps.dot, left + width, top, size, size);
    }
    return;
  }
  context.beginPath();
  for (let i = 0; i < list.length; i += 4) {
    const left = list[i] ?? 0;
    const width = list[i + 2] ?? 0;
    const middle = (list[i + 1] ?? 0) + (list[i + 3] ?? 0) / 2;
    context.moveTo(left + DOT_RADIUS, middle);
    context.arc(left, middle, DOT_RADIUS, 0, 2 * Math.PI);
    if (width < 1) continue;
    context.rect(left, middle - DOT_RADIUS, width, DOT_RADIUS * 2);
    context.moveTo(left + width + DOT_RADIUS, middle);
    context.arc(left + width, middle, DOT_RADIUS, 0, 2 * Math.PI);
  }
  context.fill();
}

/** Approximate dates: pale bars with a dashed edge (the pattern's dashes along the top and bottom, without stamps a dashed stroke). */
function drawFuzzyBars(context: CanvasRenderingContext2D, list: readonly number[], colour: string, stamps: Stamps | null): void {
  context.fillStyle = `${colour}40`;
  for (let i = 0; i < list.length; i += 4) context.fillRect(list[i] ?? 0, list[i + 1] ?? 0, list[i + 2] ?? 0, list[i + 3] ?? 0);
  if (stamps) {
    context.fillStyle = stamps.dash;
    for (let i = 0; i < list.length; i += 4) {
      const [left, top, width, height] = [list[i] ?? 0, list[i + 1] ?? 0, list[i + 2] ?? 0, list[i + 3] ?? 0];
      context.fillRect(left, top, width, 1);
      context.fillRect(left, top + height - 1, width, 1);
    }
    context.fillStyle = colour;
    for (let i = 0; i < list.length; i += 4) {
      const [left, top, width, height] = [list[i] ?? 0, list[i + 1] ?? 0, list[i + 2] ?? 0, list[i + 3] ?? 0];
      context.fillRect(left, top + DASH, 1, height - 2 * DASH);
      context.fillRect(left + width - 1, top + DASH, 1, height - 2 * DASH);
    }
    return;
  }
  context.setLineDash([DASH, DASH]);
  context.strokeStyle = colour;
  for (let i = 0; i < list.length; i += 4) context.strokeRect((list[i] ?? 0) + 0.5, (list[i + 1] ?? 0) + 0.5, (list[i + 2] ?? 0) - 1, (list[i + 3] ?? 0) - 1);
  context.setLineDash([]);
}

/** Slots: kind × (point, bar, fuzzy bar). */
const SLOTS = 9;
/**
 * Dots closer than this (pixels) are drawn as one capsule, and overlapping bars of a row as one:
 * zoomed out, a year of daily events is a band either way, and drawing it glyph by glyph made a
 * wheel step's frame several times too long.
 */
const MERGE_GAP = 3;

/** How many of the lane's events meet [from, to] (the figure's count, not drawn one by one). */
function countInWindow(packed: PackedTimeline, lane: PackedTimeline['lanes'][number], from: number, to: number): number {
  const { start, end } = packed.events;
  const last = lane.offset + lane.count;
  let count = 0;
  for (let i = lowerBound(start, from - lane.longest, lane.offset, last); i < last; i += 1) {
    if ((start[i] ?? 0) > to) break;
    if ((end[i] ?? 0) >= from) count += 1;
  }
  return count;
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
  const { glyphs } = packed;
  let drawn = 0;
  // Per row and slot of the lane being drawn: the run of glyphs merged so far (left, right; NaN: none).
  const runs = new Float64Array(ROWS_PER_LANE * SLOTS * 2);
  const flush = (run: number, top: number): void => {
    const left = runs[run * 2] ?? Number.NaN;
    if (Number.isNaN(left)) return;
    boxes[run % SLOTS]?.push(left, top, (runs[run * 2 + 1] ?? left) - left, ROW_HEIGHT);
    runs[run * 2] = Number.NaN;
  };
  packed.lanes.forEach((lane, laneIndex) => {
    drawn += countInWindow(packed, lane, from, to);
    runs.fill(Number.NaN);
    const last = lane.glyphOffset + lane.glyphCount;
    // Inlined box arithmetic: this loop runs for every glyph of every frame, so it allocates nothing.
    for (let i = lowerBound(glyphs.start, from - lane.longest, lane.glyphOffset, last); i < last; i += 1) {
      const start = glyphs.start[i] ?? 0;
      if (start > to) break;
      if ((glyphs.end[i] ?? 0) < from) continue;
      const code = glyphs.code[i] ?? 0;
      const left = a * start + b;
      const point = (code & POINT_BIT) !== 0;
      const right = point ? left : left + Math.max(3, a * (glyphs.end[i] ?? 0) + b - left);
      const row = glyphs.row[i] ?? 0;
      const run = row * SLOTS + slotOf(code);
      // Glyphs come in start order: one that meets the run (dots closer than MERGE_GAP) widens it.
      const runLeft = runs[run * 2] ?? Number.NaN;
      if (!Number.isNaN(runLeft) && left <= (runs[run * 2 + 1] ?? 0) + (point ? MERGE_GAP : 0)) {
        runs[run * 2 + 1] = Math.max(runs[run * 2 + 1] ?? 0, right);
        continue;
      }
      flush(run, rowTop(laneIndex, row));
      runs[run * 2] = left;
      runs[run * 2 + 1] = right;
    }
    for (let run = 0; run < ROWS_PER_LANE * SLOTS; run += 1) flush(run, rowTop(laneIndex, Math.floor(run / SLOTS)));
  });
  KIND_CODES.forEach((kind, kindIndex) => {
    const colour = KIND_COLOURS[kind];
    const [dots = [], bars = [], fuzzy = []] = [0, 1, 2].map((group) => boxes[kindIndex * 3 + group] ?? []);
    const stamps = dots.length + fuzzy.length > 0 ? stampsOf(context, colour) : null;
    // A day a solid dot; a precise span a solid bar (filled one by one: a path of overlapping
    // rectangles fills slowly); an approximate date pale, with a dashed edge.
    if (dots.length > 0) drawDots(context, dots, colour, stamps);
    context.fillStyle = `${colour}cc`;
    for (let i = 0; i < bars.length; i += 4) context.fillRect(bars[i] ?? 0, bars[i + 1] ?? 0, bars[i + 2] ?? 0, bars[i + 3] ?? 0);
    if (fuzzy.length > 0) drawFuzzyBars(context, fuzzy, colour, stamps);
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
