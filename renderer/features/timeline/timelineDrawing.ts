// Draws the timeline on a canvas: the time axis (d3-scale's UTC ticks), the publication lane and
// a lane per actor or kind. Only events inside the visible time window are drawn (found by binary
// search in start order), so a zoom step costs what is on screen, not the whole library.
import type { ScaleTime } from 'd3-scale';
import type { AnnotationKind } from '../../../shared/model';
import { firstEndingAfter, type PublicationEvent, type TimelineEvent } from '../../../shared/timeline/timelineEvents';

export const AXIS_HEIGHT = 28;
export const LANE_HEIGHT = 40;
export const LABEL_WIDTH = 150;
const ROWS_PER_LANE = 3;
const ROW_HEIGHT = 10;

const KIND_COLOURS: Readonly<Record<AnnotationKind, string>> = { claim: '#c99a00', denial: '#c0262d', action: '#1f7a3a' };
const PUBLICATION_COLOUR = '#4a5a80';

export interface LaneData {
  readonly name: string;
  /** Sorted by start. */
  readonly events: readonly TimelineEvent[];
  /** The longest span in the lane, for the window search. */
  readonly longest: number;
}

export interface TimelineLayout {
  readonly lanes: readonly LaneData[];
  readonly publications: readonly PublicationEvent[];
  readonly width: number;
  readonly height: number;
}

export function canvasHeight(laneCount: number): number {
  return AXIS_HEIGHT + LANE_HEIGHT * (laneCount + 1);
}

/** Where an event sits vertically: its lane (after the publication lane) and a row inside it. */
export function eventTop(laneIndex: number, eventIndex: number): number {
  return AXIS_HEIGHT + LANE_HEIGHT * (laneIndex + 1) + 6 + (eventIndex % ROWS_PER_LANE) * (ROW_HEIGHT + 1);
}

export interface EventBox {
  readonly event: TimelineEvent;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The events drawn inside the window, with their boxes (for drawing and for hit tests). */
export function visibleBoxes(layout: TimelineLayout, x: ScaleTime<number, number>, visit: (box: EventBox) => void): void {
  const [from, to] = x.domain().map((d) => d.getTime()) as [number, number];
  layout.lanes.forEach((lane, laneIndex) => {
    for (let i = firstEndingAfter(lane.events, from, lane.longest); i < lane.events.length; i += 1) {
      const event = lane.events[i];
      if (!event || event.span.start > to) break;
      if (event.span.end < from) continue;
      const left = x(event.span.start);
      const width = event.span.shape === 'point' ? 0 : Math.max(3, x(event.span.end) - left);
      visit({ event, x: left, y: eventTop(laneIndex, i), width, height: ROW_HEIGHT });
    }
  });
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
  const names = ['Published', ...layout.lanes.map((lane) => lane.name)];
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

const SHAPE_GROUPS = 3;
type ShapeGroup = 0 | 1 | 2;
const POINT: ShapeGroup = 0;
const BAR: ShapeGroup = 1;
const FUZZY: ShapeGroup = 2;
const KIND_ORDER: readonly AnnotationKind[] = ['claim', 'denial', 'action'];

/**
 * Draws one frame; returns how many events are in the window. Events are gathered into one path
 * per kind and shape (a fill per path, not per event), and an event that would cover exactly the
 * pixels of one already in its row is not added again: at full zoom-out thousands share a pixel.
 */
export function drawTimeline(context: CanvasRenderingContext2D, x: ScaleTime<number, number>, layout: TimelineLayout, selected: ReadonlySet<string>): number {
  context.clearRect(0, 0, layout.width, layout.height);
  drawAxis(context, x, layout);
  context.save();
  context.beginPath();
  context.rect(LABEL_WIDTH, 0, layout.width - LABEL_WIDTH, layout.height);
  context.clip();
  const [from, to] = x.domain().map((d) => d.getTime()) as [number, number];
  context.fillStyle = PUBLICATION_COLOUR;
  context.beginPath();
  let lastPublication = Number.NaN;
  for (let i = firstEndingAfter(layout.publications, from, 86_400_000); i < layout.publications.length; i += 1) {
    const publication = layout.publications[i];
    if (!publication || publication.span.start > to) break;
    const at = Math.round(x(publication.span.start));
    const key = at * 4 + (i % ROWS_PER_LANE);
    if (key === lastPublication) continue;
    lastPublication = key;
    context.rect(at - 1, AXIS_HEIGHT + 8 + (i % ROWS_PER_LANE) * 8, 3, 8);
  }
  context.fill();
  // Boxes by kind and shape, as flat numbers: x, y, width, height.
  const boxes: number[][] = Array.from({ length: KIND_ORDER.length * SHAPE_GROUPS }, () => []);
  const seen = new Set<number>();
  const chosen: EventBox[] = [];
  let drawn = 0;
  visibleBoxes(layout, x, (box) => {
    drawn += 1;
    const { event } = box;
    const group: ShapeGroup = event.span.shape === 'point' ? POINT : event.span.fuzzy ? FUZZY : BAR;
    const slot = KIND_ORDER.indexOf(event.annotation.kind) * SHAPE_GROUPS + group;
    const left = Math.round(box.x);
    const width = Math.round(box.width);
    const key = ((Math.round(box.y) * 16 + slot) * 16_384 + left + 4096) * 16_384 + width;
    if (selected.has(event.id)) chosen.push(box);
    if (seen.has(key)) return;
    seen.add(key);
    boxes[slot]?.push(box.x, box.y, box.width, box.height);
  });
  KIND_ORDER.forEach((kind, kindIndex) => {
    const colour = KIND_COLOURS[kind];
    for (let group = 0; group < SHAPE_GROUPS; group += 1) {
      const list = boxes[kindIndex * SHAPE_GROUPS + group] ?? [];
      if (list.length === 0) continue;
      // Approximate: pale, with a dashed edge; a precise span solid; a day a solid dot. Dots go
      // in one path; bars are filled one by one (a path of overlapping rectangles fills slowly).
      context.fillStyle = group === FUZZY ? `${colour}40` : group === BAR ? `${colour}cc` : colour;
      if (group === POINT) {
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
      if (group === FUZZY) {
        context.setLineDash([3, 3]);
        context.strokeStyle = colour;
      }
      for (let i = 0; i < list.length; i += 4) {
        const left = list[i] ?? 0;
        const top = list[i + 1] ?? 0;
        const width = list[i + 2] ?? 0;
        const height = list[i + 3] ?? 0;
        context.fillRect(left, top, width, height);
        if (group === FUZZY) context.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
      }
      if (group === FUZZY) context.setLineDash([]);
    }
  });
  context.strokeStyle = '#1a56db';
  context.lineWidth = 2;
  for (const { x: left, y, width, height } of chosen) context.strokeRect(left - 5, y - 2, Math.max(width, 0) + 10, height + 4);
  context.lineWidth = 1;
  context.restore();
  drawLaneLabels(context, layout);
  return drawn;
}
