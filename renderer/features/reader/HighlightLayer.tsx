// Lives inside the reader's Lexical composer: paints the highlights near the view (repainting
// as the analyst scrolls far), lays long articles out in the background, follows the
// analyst's text selection, and turns clicks on highlights into annotation choices.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Paragraph } from '../../../shared/text/normalise';
import { scrollParentOf } from '../../ui/scrollParent';
import { clearHighlights, paintHighlights, spansAt, type PaintedSpan } from './highlightPainter';
import { spansInWindow, visibleText, windowAround, windowCovers, type TextWindow } from './paintWindow';
import { layOutProgressively } from './progressiveLayout';
import { cachedTextNodes, textOffsetAt } from './textOffsets';

export interface TextSelection {
  readonly start: number;
  readonly end: number;
  /** Viewport rectangle of the selection, for placing the tag toolbar. */
  readonly rect: { readonly top: number; readonly left: number; readonly bottom: number };
}

export interface HitChoice {
  readonly spans: readonly PaintedSpan[];
  readonly x: number;
  readonly y: number;
}

interface HighlightLayerProps {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  /** Every span of the article, sorted by start. */
  readonly spans: readonly PaintedSpan[];
  readonly selectedId: string | null;
  readonly onSelection: (selection: TextSelection | null) => void;
  readonly onHit: (choice: HitChoice | null) => void;
  /**
   * Set to a function that reads the page's selection now. A tag key can arrive before the
   * browser's selectionchange event (input is handled first on a busy machine): it reads this.
   */
  readonly selectionNow?: { current: (() => TextSelection | null) | null };
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function HighlightLayer({ text, paragraphs, spans, selectedId, onSelection, onHit, selectionNow }: HighlightLayerProps): ReactNode {
  const [editor] = useLexicalComposerContext();
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const painted = useRef<TextWindow | null>(null);
  const repaint = useRef<(() => void) | null>(null);
  // The latest props, for the scroll listener (registered once per root).
  const latest = useRef({ spans, selectedId });
  latest.current = { spans, selectedId };

  useEffect(() => editor.registerRootListener((element) => setRoot(element)), [editor]);

  useEffect(() => {
    if (!root) return;
    const scroller = scrollParentOf(root);
    const textNodeAt = cachedTextNodes(root);
    const paint = (force: boolean): void => {
      if (root.children.length !== paragraphs.length) return;
      const visible = visibleText(root, paragraphs, scroller);
      if (!visible) return;
      if (!force && painted.current && windowCovers(painted.current, visible)) return;
      const { spans: all, selectedId: selected } = latest.current;
      const window = windowAround(visible, text.length, all.length);
      painted.current = window;
      paintHighlights(root, paragraphs, spansInWindow(all, window, selected), selected, textNodeAt);
    };
    repaint.current = () => paint(true);
    paint(true);
    let frame = 0;
    const onScroll = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        paint(false);
      });
    };
    scroller?.addEventListener('scroll', onScroll, { passive: true });
    // A resized pane, or paragraphs laid out late (progressiveLayout.ts), can move what is in view.
    const resized = new ResizeObserver(onScroll);
    resized.observe(root);
    if (scroller) resized.observe(scroller);
    // The reader's document is built once; repaint if Lexical ever reconciles it again.
    const unregister = editor.registerUpdateListener(() => paint(true));
    const stopLayout = layOutProgressively(root, paragraphs);
    return () => {
      cancelAnimationFrame(frame);
      scroller?.removeEventListener('scroll', onScroll);
      resized.disconnect();
      unregister();
      stopLayout();
      painted.current = null;
      repaint.current = null;
    };
  }, [editor, root, paragraphs, text.length]);
  useEffect(() => repaint.current?.(), [spans, selectedId]);
  useEffect(() => clearHighlights, []);

  useEffect(() => {
    if (!root) return;
    const currentSelection = (): TextSelection | null => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
      const range = selection.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return null;
      const start = textOffsetAt(root, paragraphs, range.startContainer, range.startOffset);
      const end = textOffsetAt(root, paragraphs, range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start || text.slice(start, end).trim() === '') return null;
      const rect = range.getBoundingClientRect();
      return { start, end, rect: { top: rect.top, left: rect.left + rect.width / 2, bottom: rect.bottom } };
    };
    const readSelection = (): void => onSelection(currentSelection());
    if (selectionNow) selectionNow.current = currentSelection;
    const onClick = (event: MouseEvent): void => {
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed) return;
      const caret = caretAt(event.clientX, event.clientY);
      const offset = caret ? textOffsetAt(root, paragraphs, caret.node, caret.offset) : null;
      const hits = offset === null ? [] : spansAt(latest.current.spans, offset);
      onHit(hits.length === 0 ? null : { spans: hits, x: event.clientX, y: event.clientY });
    };
    document.addEventListener('selectionchange', readSelection);
    root.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('selectionchange', readSelection);
      root.removeEventListener('click', onClick);
      if (selectionNow?.current === currentSelection) selectionNow.current = null;
    };
  }, [root, paragraphs, text, onSelection, onHit, selectionNow]);

  return null;
}
