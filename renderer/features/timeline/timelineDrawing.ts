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

/** Draws one frame; returns how many events it drew. */
export function drawTimeline(context: CanvasRenderingContext2D, x: ScaleTime<number, number>, layout: TimelineLayout, selected: ReadonlySet<string>): number {
  context.clearRect(0, 0, layout.width, layout.height);
  drawAxis(context, x, layout);
  context.save();
  context.beginPath();
  context.rect(LABEL_WIDTH, 0, layout.width - LABEL_WIDTH, layout.height);
  context.clip();
  const [from, to] = x.domain().map((d) => d.getTime()) as [number, number];
  context.fillStyle = PUBLICATION_COLOUR;
  for (let i = firstEndingAfter(layout.publications, from, 86_400_000); i < layout.publications.length; i += 1) {
    const publication = layout.publications[i];
    if (!publication || publication.span.start > to) break;
    const at = x(publication.span.start);
    context.fillRect(at - 1, AXIS_HEIGHT + 8 + (i % ROWS_PER_LANE) * 8, 3, 8);
  }
  let drawn = 0;
  visibleBoxes(layout, x, ({ event, x: left, y, width, height }) => {
    drawn += 1;
    const colour = KIND_COLOURS[event.annotation.kind];
    if (event.span.shape === 'point') {
      context.fillStyle = colour;
      context.beginPath();
      context.arc(left, y + height / 2, 4.5, 0, 2 * Math.PI);
      context.fill();
    } else if (event.span.fuzzy) {
      // Approximate: fades in and out at both ends, with a dashed outline.
      const gradient = context.createLinearGradient(left, 0, left + width, 0);
      gradient.addColorStop(0, `${colour}00`);
      gradient.addColorStop(0.3, `${colour}99`);
      gradient.addColorStop(0.7, `${colour}99`);
      gradient.addColorStop(1, `${colour}00`);
      context.fillStyle = gradient;
      context.fillRect(left, y, width, height);
      context.setLineDash([3, 3]);
      context.strokeStyle = colour;
      context.strokeRect(left + 0.5, y + 0.5, width - 1, height - 1);
      context.setLineDash([]);
    } else {
      context.fillStyle = `${colour}cc`;
      context.fillRect(left, y, width, height);
    }
    if (selected.has(event.id)) {
      context.strokeStyle = '#1a56db';
      context.lineWidth = 2;
      context.strokeRect(left - 5, y - 2, Math.max(width, 0) + 10, height + 4);
      context.lineWidth = 1;
    }
  });
  context.restore();
  drawLaneLabels(context, layout);
  return drawn;
}
