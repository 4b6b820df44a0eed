// Find in the open article (Ctrl+F; Electron has no find of its own): the bar, the hits folded
// as the library search folds text, the hits near the view painted and the current one
// distinct and scrolled to. Plugged into the reader by the app (see reader/findSlot.ts).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { findAllMatches, firstMatchFrom } from '../../../shared/search/findMatches';
import { foldText, type FoldedText } from '../../../shared/search/textFolding';
import { useCommandHandler } from '../../commands/commandsContext';
import { scrollParentOf } from '../../ui/scrollParent';
import { visibleText, type TextWindow } from '../reader/paintWindow';
import type { ReaderFindProps } from '../reader/findSlot';
import { cachedTextNodes } from '../reader/textOffsets';
import { FindBar } from './FindBar';
import { clearFindHits, paintFindHits, scrollHitIntoView, stillCovered, type FindPaint } from './findPainter';

export function FindInArticle({ sourceId, text, paragraphs, textRoot }: ReaderFindProps): ReactNode {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  // The current hit is kept as a text offset: refining the query stays at (or just after) it.
  const [currentStart, setCurrentStart] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [paint, setPaint] = useState<FindPaint | null>(null);

  // Folded once per article, and only once find is first opened on it.
  const folded = useRef<{ readonly text: string; readonly folded: FoldedText } | null>(null);
  const hits = useMemo(() => {
    if (!open) return [];
    if (folded.current?.text !== text) folded.current = { text, folded: foldText(text) };
    return findAllMatches(folded.current.folded, query);
  }, [open, text, query]);
  const current = hits.length === 0 ? 0 : firstMatchFrom(hits, currentStart);

  useEffect(() => setCurrentStart(0), [sourceId]);

  const focusInput = useCallback(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const show = useCallback(() => {
    if (!open) {
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : null;
      // Start from what is in view, as a browser's find does.
      const root = textRoot();
      const visible = root ? visibleText(root, paragraphs, scrollParentOf(root)) : null;
      setCurrentStart(visible?.start ?? 0);
      setOpen(true);
    }
    requestAnimationFrame(focusInput);
  }, [open, textRoot, paragraphs, focusInput]);
  const close = useCallback(() => {
    setOpen(false);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected) back.focus();
    else textRoot()?.focus();
  }, [textRoot]);
  const step = useCallback(
    (by: 1 | -1) => {
      if (hits.length === 0) return;
      const next = (current + by + hits.length) % hits.length;
      setCurrentStart(hits[next]?.start ?? 0);
    },
    [hits, current],
  );
  // F3 with the bar closed opens it (and moves on when it still holds a query), as in a browser.
  const findFrom = (by: 1 | -1): void => {
    if (!open) show();
    else step(by);
  };

  useCommandHandler('reader.find', show);
  useCommandHandler('reader.findNext', () => findFrom(1));
  useCommandHandler('reader.findPrevious', () => findFrom(-1));

  // What painting needs, once the article's text is rendered and while the bar is open.
  useEffect(() => {
    if (!open) return setPaint(null);
    const root = textRoot();
    if (!root) return;
    setPaint({ root, paragraphs, textNodeAt: cachedTextNodes(root), scroller: scrollParentOf(root) });
  }, [open, textRoot, paragraphs]);

  // Paint, and repaint as the analyst scrolls past what was painted. Before the browser paints
  // (a layout effect), so the count and the hits it counts show in the same frame.
  const latest = useRef({ hits, current, length: text.length });
  latest.current = { hits, current, length: text.length };
  useLayoutEffect(() => {
    if (!paint) return;
    let painted: TextWindow | null = paintFindHits(paint, hits, current, text.length);
    let frame = 0;
    const onScroll = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (stillCovered(paint, painted)) return;
        const now = latest.current;
        painted = paintFindHits(paint, now.hits, now.current, now.length);
      });
    };
    paint.scroller?.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      paint.scroller?.removeEventListener('scroll', onScroll);
    };
  }, [paint, hits, current, text.length]);
  useEffect(() => (paint ? clearFindHits : undefined), [paint]);

  // The current hit into view whenever it changes (typing, next, previous).
  const currentHit = hits[current];
  useLayoutEffect(() => {
    if (paint && currentHit) scrollHitIntoView(paint, currentHit);
  }, [paint, currentHit]);

  if (!open) return null;
  return (
    <FindBar
      query={query}
      onQueryChange={setQuery}
      count={hits.length}
      current={current}
      onNext={() => step(1)}
      onPrevious={() => step(-1)}
      onClose={close}
      input={input}
    />
  );
}
