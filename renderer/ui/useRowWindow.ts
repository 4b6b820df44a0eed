// Windowing for a long list or table of equal-height rows inside a scrolling pane: which rows are
// in or near the visible part of the pane, so a list of thousands renders a few dozen.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { scrollParentOf } from './scrollParent';

export interface RowWindow {
  /** First rendered row (inclusive) and last (exclusive). */
  readonly first: number;
  readonly last: number;
  readonly rowHeight: number;
}

/** Rows rendered beyond each edge of the visible part, so fast scrolling shows no gap. */
const OVERSCAN_ROWS = 10;

/**
 * `list` holds the rows; a table body that puts spacer rows around them marks its rows with
 * `data-row`, and the height is measured on the first such row (else on the first child).
 */
export function useRowWindow(list: RefObject<HTMLElement | null>, count: number, estimatedRowHeight: number): RowWindow {
  const [rowHeight, setRowHeight] = useState(estimatedRowHeight);
  const [range, setRange] = useState({ first: 0, last: Math.min(count, 2 * OVERSCAN_ROWS) });

  // Rows are styled to one height; measure it once a row exists (fonts and zoom change it). After
  // every render on purpose: the guard below settles on the first stable height.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- runs after every render by design
  useLayoutEffect(() => {
    const row = list.current?.querySelector(':scope > [data-row]') ?? list.current?.firstElementChild;
    const measured = row ? row.getBoundingClientRect().height : 0;
    if (measured > 0 && Math.abs(measured - rowHeight) > 0.5) setRowHeight(measured);
  });

  useLayoutEffect(() => {
    const element = list.current;
    const scroller = element ? scrollParentOf(element) : null;
    if (!element || !scroller) {
      setRange({ first: 0, last: count });
      return;
    }
    const update = (): void => {
      const top = scroller.getBoundingClientRect().top - element.getBoundingClientRect().top;
      const first = Math.max(0, Math.min(count, Math.floor(top / rowHeight) - OVERSCAN_ROWS));
      const last = Math.max(first, Math.min(count, Math.ceil((top + scroller.clientHeight) / rowHeight) + OVERSCAN_ROWS));
      setRange((current) => (current.first === first && current.last === last ? current : { first, last }));
    };
    update();
    scroller.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [list, count, rowHeight]);

  return { first: Math.min(range.first, count), last: Math.min(range.last, count), rowHeight };
}
