// Which stretch of a long article gets its highlights painted. Chromium rebuilds the markers of
// every highlight range, and repaints the text they cover, after any change to the DOM or to
// styles anywhere in the page (each key typed in a note, a hover), so that cost must follow
// what is on screen rather than how many annotations the article has: measured while typing,
// 44 ranges added 4.4 ms of paint to every key press, 12 ranges 1.4 ms.
import type { Paragraph } from '../../../shared/text/normalise';
import type { PaintedSpan } from './highlightPainter';

export interface TextWindow {
  readonly start: number;
  readonly end: number;
}

/** Up to this many spans an article is painted whole, once: a short article never repaints on scroll. */
export const PAINT_ALL_UP_TO = 32;

/**
 * Pixels beyond each edge of the view whose paragraphs are painted too, about one frame of a
 * fast scroll, so lines the compositor scrolls in before the page repaints are seldom bare.
 * Measured while typing in a note, a wider margin of two or three paragraphs cost about 1 ms
 * more per key press.
 */
export const VIEW_MARGIN_PX = 120;

/** Text offsets of the paragraphs at least partly within `scroller`'s view (and its margin), or null before layout. */
export function visibleText(root: HTMLElement, paragraphs: readonly Paragraph[], scroller: HTMLElement | null): TextWindow | null {
  const count = Math.min(root.children.length, paragraphs.length);
  if (count === 0) return null;
  const box = (scroller ?? root.ownerDocument.documentElement).getBoundingClientRect();
  const view = root.ownerDocument.defaultView;
  const top = Math.max(0, box.top) - VIEW_MARGIN_PX;
  const bottom = Math.min(view?.innerHeight ?? box.bottom, box.bottom) + VIEW_MARGIN_PX;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((root.children[mid]?.getBoundingClientRect().bottom ?? 0) <= top) low = mid + 1;
    else high = mid;
  }
  let last = low;
  while (last + 1 < count && (root.children[last + 1]?.getBoundingClientRect().top ?? bottom) < bottom) last += 1;
  const first = paragraphs[low];
  const end = paragraphs[last];
  return first && end ? { start: first.start, end: end.end } : null;
}

export function windowAround(visible: TextWindow, textLength: number, spanCount: number): TextWindow {
  return spanCount <= PAINT_ALL_UP_TO ? { start: 0, end: textLength } : visible;
}

/** True while the painted window still holds everything in view. */
export function windowCovers(painted: TextWindow, visible: TextWindow): boolean {
  return visible.start >= painted.start && visible.end <= painted.end;
}

/** Spans overlapping the window, plus the selected one wherever it is. */
export function spansInWindow(spans: readonly PaintedSpan[], window: TextWindow, selectedId: string | null): PaintedSpan[] {
  return spans.filter((span) => (span.start < window.end && span.end > window.start) || span.id === selectedId);
}
