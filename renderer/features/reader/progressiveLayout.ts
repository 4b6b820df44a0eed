// Opens a long article fast and keeps it smooth to scroll: paragraphs start out skipped by
// layout (content-visibility: auto, see reader.css), so the first frame lays out only what is
// in view; the rest are laid out in idle time, a batch at a time, after which scrolling does
// no layout at all (skipped paragraphs cost layout and visibility checks on every frame).
import type { Paragraph } from '../../../shared/text/normalise';

/** Class that takes a paragraph out of content-visibility skipping (see reader.css). */
export const LAID_OUT_CLASS = 'laid-out';
const BATCH = 8;
/** Idle time left unused in each slice. */
const RESERVE_MS = 4;
/**
 * Longest slice: an idle period can last 50 ms, and a key pressed meanwhile waits for the
 * slice to end, so slices stay well inside a frame.
 */
const SLICE_MS = 8;

type IdleHandle = { cancel: () => void };

function whenIdle(callback: (deadline: { timeRemaining: () => number }) => void): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 1000 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(() => callback({ timeRemaining: () => 12 }), 16);
  return { cancel: () => clearTimeout(id) };
}

/**
 * Sets the height a skipped paragraph is assumed to have (an average by text length, which
 * keeps the scrollbar close to the real one), then lays paragraphs out in idle slices.
 * Returns a function that stops the work.
 */
export function layOutProgressively(root: HTMLElement, paragraphs: readonly Paragraph[]): () => void {
  const style = getComputedStyle(root);
  const fontSize = parseFloat(style.fontSize) || 16;
  const lineHeight = parseFloat(style.lineHeight) || fontSize * 1.5;
  // Average advance of prose glyphs is about half the font size.
  const charsPerLine = Math.max(20, root.clientWidth / (fontSize * 0.5));
  const averageLength = paragraphs.reduce((sum, p) => sum + (p.end - p.start), 0) / Math.max(1, paragraphs.length);
  const margin = fontSize * 0.9;
  root.style.setProperty('--paragraph-estimate', `${Math.ceil(averageLength / charsPerLine) * lineHeight + margin}px`);

  let next = 0;
  let handle: IdleHandle | null = null;
  const slice = (deadline: { timeRemaining: () => number }): void => {
    const children = root.children;
    const started = performance.now();
    while (next < children.length && deadline.timeRemaining() > RESERVE_MS && performance.now() - started < SLICE_MS) {
      for (const end = Math.min(children.length, next + BATCH); next < end; next += 1) children[next]?.classList.add(LAID_OUT_CLASS);
      // Lay the batch out now, inside the idle slice, rather than in the next frame.
      void root.offsetHeight;
    }
    if (next < children.length) handle = whenIdle(slice);
    else {
      handle = null;
      // For the benchmark and the performance panel: when the whole article was laid out.
      performance.mark('dw:article-laid-out', { detail: { paragraphs: children.length } });
    }
  };
  handle = whenIdle(slice);
  return () => handle?.cancel();
}
