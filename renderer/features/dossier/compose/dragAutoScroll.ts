// While an item is dragged, holding it near the top or bottom edge of the pane scrolls the pane,
// faster the nearer the edge, so an item can travel the length of a long dossier in one drag.
// Native drag and drop only reports the pointer when it moves, so a frame loop keeps scrolling
// while the pointer rests in the edge band. Scrolling starts after a short rest in the band, so a
// drop aimed at an item near the edge is not carried off by a pane that moved under it.
import { scrollParentOf } from '../../../ui/scrollParent';

/**
 * How deep the edge band is, and the slowest and fastest scroll in px per ms: by time rather than
 * by frame, so a busy machine dropping frames scrolls as far.
 */
const EDGE_BAND_PX = 56;
const MIN_SPEED = 0.3;
const MAX_SPEED = 1.5;
const REST_MS = 250;
/** A longer gap between frames (a stall) does not turn into a jump. */
const MAX_FRAME_MS = 50;

export interface DragAutoScroll {
  /** Called from dragover with the pointer's viewport y. */
  readonly follow: (element: Element, clientY: number) => void;
  readonly stop: () => void;
}

/** The scroll speed in px per ms for a pointer at `clientY` in a pane spanning `top`…`bottom` (negative: up). */
export function edgeScrollSpeed(clientY: number, top: number, bottom: number): number {
  const band = Math.min(EDGE_BAND_PX, (bottom - top) / 4);
  const depth = clientY < top + band ? top + band - clientY : clientY > bottom - band ? clientY - (bottom - band) : 0;
  if (depth <= 0) return 0;
  const speed = Math.max(MIN_SPEED, MAX_SPEED * Math.min(1, depth / band));
  return clientY < top + band ? -speed : speed;
}

export function createDragAutoScroll(): DragAutoScroll {
  let pane: HTMLElement | null = null;
  let pointerY = 0;
  let frame = 0;
  /** When the pointer entered the edge band (null: outside it). */
  let inBandSince: number | null = null;
  let lastFrame = 0;
  const tick = (now: number): void => {
    frame = 0;
    if (!pane) return;
    const box = pane.getBoundingClientRect();
    const speed = edgeScrollSpeed(pointerY, box.top, box.bottom);
    const elapsed = Math.min(MAX_FRAME_MS, now - lastFrame);
    lastFrame = now;
    if (speed === 0) {
      inBandSince = null;
      return;
    }
    inBandSince ??= now;
    if (now - inBandSince < REST_MS) {
      frame = requestAnimationFrame(tick);
      return;
    }
    const before = pane.scrollTop;
    // Whole pixels, at least one: fractional scrollTop may round back to where it was.
    pane.scrollTop += Math.sign(speed) * Math.max(1, Math.round(Math.abs(speed) * elapsed));
    // At the end of the pane there is nothing more to scroll: wait for the pointer to move.
    if (pane.scrollTop !== before) frame = requestAnimationFrame(tick);
  };
  return {
    follow: (element, clientY) => {
      pane ??= scrollParentOf(element);
      pointerY = clientY;
      if (frame === 0) frame = requestAnimationFrame(tick);
    },
    stop: () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      pane = null;
      inBandSince = null;
    },
  };
}
