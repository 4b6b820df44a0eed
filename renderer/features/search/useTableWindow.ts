// Which rows of a long table are in or near the visible part of its scrolling pane, so a table
// of 50,000 annotations renders a few dozen rows. Rows are styled to one height, measured once.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { scrollParentOf } from '../../ui/scrollParent';

export interface TableWindow {
  /** First rendered row (inclusive) and last (exclusive). */
  readonly first: number;
  readonly last: number;
  readonly rowHeight: number;
}

/** Rows rendered beyond each edge of the visible part, so fast scrolling shows no gap. */
const OVERSCAN_ROWS = 12;

/** `body` holds the rows (marked `data-row`) between two spacer rows. */
export function useTableWindow(body: RefObject<HTMLElement | null>, count: number, estimatedRowHeight: number): TableWindow {
  const [rowHeight, setRowHeight] = useState(estimatedRowHeight);
  const [range, setRange] = useState({ first: 0, last: Math.min(count, 3 * OVERSCAN_ROWS) });

  // Fonts and zoom change the height: measure after every render; the guard settles at once.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- runs after every render by design
  useLayoutEffect(() => {
    const row = body.current?.querySelector('[data-row]');
    const measured = row ? row.getBoundingClientRect().height : 0;
    if (measured > 0 && Math.abs(measured - rowHeight) > 0.5) setRowHeight(measured);
  });

  useLayoutEffect(() => {
    const element = body.current;
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
  }, [body, count, rowHeight]);

  return { first: Math.min(range.first, count), last: Math.min(range.last, count), rowHeight };
}
