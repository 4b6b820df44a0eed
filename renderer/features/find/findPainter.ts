// Paints find hits over the article with the CSS Custom Highlight API, as the reader paints
// annotations: no change to the document, static ranges, and only the hits near the view (a
// common word has thousands, and Chromium re-marks every range after any change to the page).
import type { OriginalRange } from '../../../shared/search/textFolding';
import type { Paragraph } from '../../../shared/text/normalise';
import { highlightsSupported } from '../reader/highlightPainter';
import { visibleText, windowCovers, type TextWindow } from '../reader/paintWindow';
import { paragraphIndexAt, staticRangesFor, type TextNodeLookup } from '../reader/textOffsets';

export const FIND_HIGHLIGHTS = { all: 'dw-find', current: 'dw-find-current' } as const;

/** Up to this many hits the article is painted whole: scrolling then never repaints. */
export const PAINT_ALL_HITS_UP_TO = 200;

/** The first hit ending after `offset` (hits are sorted and do not overlap). */
function firstHitEndingAfter(hits: readonly OriginalRange[], offset: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((hits[mid]?.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface FindPaint {
  readonly root: HTMLElement;
  readonly paragraphs: readonly Paragraph[];
  readonly textNodeAt: TextNodeLookup;
  readonly scroller: HTMLElement | null;
}

/**
 * Paints the hits in view (all of them when there are few) and the current one wherever it is.
 * Returns the window painted, or null when the article is not laid out yet.
 */
export function paintFindHits(paint: FindPaint, hits: readonly OriginalRange[], current: number, textLength: number): TextWindow | null {
  if (!highlightsSupported()) return null;
  const { root, paragraphs, textNodeAt, scroller } = paint;
  if (root.children.length !== paragraphs.length) return null;
  const window = hits.length <= PAINT_ALL_HITS_UP_TO ? { start: 0, end: textLength } : visibleText(root, paragraphs, scroller);
  if (!window) return null;
  const ranges: StaticRange[] = [];
  for (let index = firstHitEndingAfter(hits, window.start); index < hits.length; index += 1) {
    const hit = hits[index];
    if (!hit || hit.start >= window.end) break;
    if (index !== current) ranges.push(...staticRangesFor(root, paragraphs, hit.start, hit.end, textNodeAt));
  }
  const all = new Highlight(...ranges);
  all.priority = 3;
  CSS.highlights.set(FIND_HIGHLIGHTS.all, all);
  const currentHit = hits[current];
  const currentRanges = currentHit ? staticRangesFor(root, paragraphs, currentHit.start, currentHit.end, textNodeAt) : [];
  const highlighted = new Highlight(...currentRanges);
  highlighted.priority = 4;
  CSS.highlights.set(FIND_HIGHLIGHTS.current, highlighted);
  return window;
}

/** True when the painted window still covers what is in view. */
export function stillCovered(paint: FindPaint, painted: TextWindow | null): boolean {
  if (!painted) return false;
  const visible = visibleText(paint.root, paint.paragraphs, paint.scroller);
  return visible !== null && windowCovers(painted, visible);
}

export function clearFindHits(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(FIND_HIGHLIGHTS.all);
  CSS.highlights.delete(FIND_HIGHLIGHTS.current);
}

/**
 * Scrolls the hit to the middle of the view unless it is in view already. Its paragraph first
 * (a paragraph not laid out yet has only an estimated place), then the hit's own line, which
 * in a long paragraph may be far below the paragraph's top.
 */
export function scrollHitIntoView(paint: FindPaint, hit: OriginalRange): void {
  const { root, paragraphs, scroller } = paint;
  const paragraph = root.children[paragraphIndexAt(paragraphs, hit.start)];
  if (!paragraph) return;
  const view = (scroller ?? root.ownerDocument.documentElement).getBoundingClientRect();
  const box = paragraph.getBoundingClientRect();
  if (box.bottom < view.top || box.top > view.bottom) paragraph.scrollIntoView({ block: 'center' });
  const [range] = staticRangesFor(root, paragraphs, hit.start, hit.end, paint.textNodeAt);
  if (!range) return;
  const live = root.ownerDocument.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  const rect = live.getBoundingClientRect();
  const now = (scroller ?? root.ownerDocument.documentElement).getBoundingClientRect();
  // Below a sticky find bar, the top of the view is not free: keep a margin of a few lines.
  const margin = Math.min(120, now.height / 4);
  if (rect.top < now.top + margin || rect.bottom > now.bottom - margin) {
    const target = rect.top - (now.top + now.height / 2);
    if (scroller) scroller.scrollBy({ top: target });
    else root.ownerDocument.defaultView?.scrollBy({ top: target });
  }
  // Sideways too, for a long line in a narrow pane; RTL text scrolls the same way.
  if (scroller && (rect.left < now.left || rect.right > now.right)) scroller.scrollBy({ left: rect.left - (now.left + now.width / 2) });
}
