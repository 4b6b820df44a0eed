// Draws the timeline on a canvas: the time axis (d3-scale's UTC ticks), the publication lane and
// a lane per actor or kind. A frame draws the lanes' glyphs (distinct boxes, packed by the views
// worker) inside the visible window, found by binary search, with plain arithmetic for x: a zoom
// step costs what is on screen, not the whole library. In the window the shapes are painted into
// pixels (GlyphRaster) and put on the canvas at once; only the text is drawn with canvas calls.
import type { ScaleTime } from 'd3-scale';
import { eventsInWindow, FUZZY_BIT, KIND_CODES, lowerBound, POINT_BIT, ROWS_PER_LANE, type PackedColumns, type PackedTimeline } from '../../../shared/timeline/packedTimeline';
import type { AnnotationKind } from '../../../shared/model';
import { drawGlyphPaths, paintGlyphs } from './glyphDrawing';
import { colourOf, type GlyphRaster } from './glyphRaster';

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

const GRID_COLOUR = '#ddd';
const LABEL_BACKGROUND = '#f6f6f6';
const LANE_RULE_COLOUR = '#e4e4e4';

/** The axis ticks inside the figure: where (x, CSS pixels) and what they say. */
function axisTicks(x: ScaleTime<number, number>, layout: TimelineLayout): { readonly at: number; readonly label: string }[] {
  const format = x.tickFormat();
  return x
    .ticks(Math.max(2, Math.floor((layout.width - LABEL_WIDTH) / 110)))
    .map((tick) => ({ at: Math.round(x(tick)), label: format(tick) }))
    .filter(({ at }) => at + 0.5 >= LABEL_WIDTH);
}

/** The ticks' grid lines, under everything else. */
function drawGrid(context: CanvasRenderingContext2D, raster: GlyphRaster | null, ticks: ReturnType<typeof axisTicks>, layout: TimelineLayout): void {
  if (raster) {
    const grid = colourOf(GRID_COLOUR);
    for (const { at } of ticks) raster.fillRect(at, AXIS_HEIGHT - 6, 1, layout.height - AXIS_HEIGHT + 6, grid);
    return;
  }
  context.strokeStyle = GRID_COLOUR;
  for (const { at } of ticks) {
    context.beginPath();
    context.moveTo(at + 0.5, AXIS_HEIGHT - 6);
    context.lineTo(at + 0.5, layout.height);
    context.stroke();
  }
}

function drawTickLabels(context: CanvasRenderingContext2D, ticks: ReturnType<typeof axisTicks>): void {
  context.fillStyle = '#333';
  context.font = '12px system-ui, sans-serif';
  context.textBaseline = 'middle';
  for (const { at, label } of ticks) context.fillText(label, at + 3.5, AXIS_HEIGHT / 2);
}

/** The lanes' label column and the rules between lanes, over the glyphs. */
function drawLaneRules(context: CanvasRenderingContext2D, raster: GlyphRaster | null, layout: TimelineLayout): void {
  const tops = Array.from({ length: layout.laneNames.length + 1 }, (_, index) => AXIS_HEIGHT + index * LANE_HEIGHT);
  if (raster) {
    raster.fillRect(0, AXIS_HEIGHT, LABEL_WIDTH, layout.height - AXIS_HEIGHT, colourOf(LABEL_BACKGROUND));
    const rule = colourOf(LANE_RULE_COLOUR);
    for (const top of tops) raster.fillRect(0, top, layout.width, 1, rule);
    return;
  }
  context.fillStyle = LABEL_BACKGROUND;
  context.fillRect(0, AXIS_HEIGHT, LABEL_WIDTH, layout.height - AXIS_HEIGHT);
  context.strokeStyle = LANE_RULE_COLOUR;
  for (const top of tops) {
    context.beginPath();
    context.moveTo(0, top + 0.5);
    context.lineTo(layout.width, top + 0.5);
    context.stroke();
  }
}

function drawLaneLabels(context: CanvasRenderingContext2D, layout: TimelineLayout): void {
  context.fillStyle = '#222';
  context.font = '12px system-ui, sans-serif';
  context.textBaseline = 'middle';
  ['Published', ...layout.laneNames].forEach((name, index) => {
    const label = name.length > 22 ? `${name.slice(0, 21)}…` : name;
    context.fillText(label, 6, AXIS_HEIGHT + index * LANE_HEIGHT + LANE_HEIGHT / 2);
  });
}

function drawPublications(context: CanvasRenderingContext2D, raster: GlyphRaster | null, publications: Float64Array, a: number, b: number, from: number, to: number): void {
  const colour = colourOf(PUBLICATION_COLOUR);
  if (!raster) {
    context.fillStyle = PUBLICATION_COLOUR;
    context.beginPath();
  }
  let last = Number.NaN;
  for (let i = lowerBound(publications, from - DAY, 0, publications.length); i < publications.length; i += 1) {
    const day = publications[i] ?? 0;
    if (day > to) break;
    const at = Math.round(a * day + b);
    const key = at * 4 + (i % ROWS_PER_LANE);
    if (key === last) continue;
    last = key;
    if (raster) raster.fillRect(at - 1, AXIS_HEIGHT + 8 + (i % ROWS_PER_LANE) * 8, 3, 8, colour, 1, LABEL_WIDTH);
    else context.rect(at - 1, AXIS_HEIGHT + 8 + (i % ROWS_PER_LANE) * 8, 3, 8);
  }
  if (!raster) context.fill();
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

/** The glyphs of the window, merged into runs, as box lists (left, top, width, height) by kind × (dot, bar, pale bar); and how many events the window holds. */
function gatherGlyphs(packed: PackedTimeline, a: number, b: number, from: number, to: number): { readonly boxes: number[][]; readonly drawn: number } {
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
  return { boxes, drawn };
}

/** The chosen events' outlines (the context clips them to the figure). */
function drawChosen(context: CanvasRenderingContext2D, packed: PackedTimeline, chosen: readonly number[], a: number, b: number, from: number, to: number): void {
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
}

function clipToFigure(context: CanvasRenderingContext2D, layout: TimelineLayout): void {
  context.beginPath();
  context.rect(LABEL_WIDTH, 0, layout.width - LABEL_WIDTH, layout.height);
  context.clip();
}

/**
 * Draws one frame; returns how many events are in the window. Glyphs are gathered into one list
 * per kind and shape, and a glyph that would cover exactly the pixels of one already drawn in its
 * row is not added again: at full zoom-out thousands share a pixel. With a raster (in the window)
 * every shape is painted into its pixels and put on the canvas in one call, then the text drawn
 * over it; without one (unit tests) the shapes are canvas calls.
 */
export function drawTimeline(context: CanvasRenderingContext2D, x: ScaleTime<number, number>, layout: TimelineLayout, chosen: readonly number[], raster: GlyphRaster<ImageData> | null = null): number {
  const { packed } = layout;
  const { a, b, from, to } = lineOf(x);
  const ticks = axisTicks(x, layout);
  const { boxes, drawn } = gatherGlyphs(packed, a, b, from, to);
  const kinds = KIND_CODES.map((kind, kindIndex) => ({ colour: KIND_COLOURS[kind], dots: boxes[kindIndex * 3] ?? [], bars: boxes[kindIndex * 3 + 1] ?? [], fuzzy: boxes[kindIndex * 3 + 2] ?? [] }));
  if (raster) {
    raster.clear();
    drawGrid(context, raster, ticks, layout);
    drawPublications(context, raster, packed.publications, a, b, from, to);
    for (const lists of kinds) paintGlyphs(raster, lists, LABEL_WIDTH);
    drawLaneRules(context, raster, layout);
    context.putImageData(raster.image, 0, 0);
  } else {
    context.clearRect(0, 0, layout.width, layout.height);
    drawGrid(context, null, ticks, layout);
    context.save();
    clipToFigure(context, layout);
    drawPublications(context, null, packed.publications, a, b, from, to);
    for (const lists of kinds) drawGlyphPaths(context, lists);
    context.restore();
    drawLaneRules(context, null, layout);
  }
  drawTickLabels(context, ticks);
  if (chosen.length > 0) {
    context.save();
    clipToFigure(context, layout);
    drawChosen(context, packed, chosen, a, b, from, to);
    context.restore();
  }
  drawLaneLabels(context, layout);
  return drawn;
}
