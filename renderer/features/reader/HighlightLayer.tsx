// Lives inside the reader's Lexical composer: paints the highlights, follows the analyst's
// text selection, and turns clicks on highlights into annotation choices.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { splitParagraphs } from '../../../shared/text/normalise';
import { clearHighlights, paintHighlights, spansAt, type PaintedSpan } from './highlightPainter';
import { textOffsetAt } from './textOffsets';

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
  readonly spans: readonly PaintedSpan[];
  readonly selectedId: string | null;
  readonly onSelection: (selection: TextSelection | null) => void;
  readonly onHit: (choice: HitChoice | null) => void;
  readonly onPainted?: (rangeCount: number) => void;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function HighlightLayer({ text, spans, selectedId, onSelection, onHit, onPainted }: HighlightLayerProps): ReactNode {
  const [editor] = useLexicalComposerContext();
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const [root, setRoot] = useState<HTMLElement | null>(null);

  useEffect(() => editor.registerRootListener((element) => setRoot(element)), [editor]);

  useEffect(() => {
    const paint = (): void => {
      const element = editor.getRootElement();
      if (!element || element.children.length === 0) return;
      const painted = paintHighlights(element, paragraphs, spans, selectedId);
      onPainted?.(painted);
    };
    paint();
    // The reader's document is built once; repaint if Lexical ever reconciles it again.
    return editor.registerUpdateListener(paint);
  }, [editor, paragraphs, spans, selectedId, onPainted]);
  useEffect(() => clearHighlights, []);

  useEffect(() => {
    if (!root) return;
    const readSelection = (): void => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return onSelection(null);
      const range = selection.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return onSelection(null);
      const start = textOffsetAt(root, paragraphs, range.startContainer, range.startOffset);
      const end = textOffsetAt(root, paragraphs, range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start || text.slice(start, end).trim() === '') return onSelection(null);
      const rect = range.getBoundingClientRect();
      onSelection({ start, end, rect: { top: rect.top, left: rect.left + rect.width / 2, bottom: rect.bottom } });
    };
    const onClick = (event: MouseEvent): void => {
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed) return;
      const caret = caretAt(event.clientX, event.clientY);
      const offset = caret ? textOffsetAt(root, paragraphs, caret.node, caret.offset) : null;
      const hits = offset === null ? [] : spansAt(spans, offset);
      onHit(hits.length === 0 ? null : { spans: hits, x: event.clientX, y: event.clientY });
    };
    document.addEventListener('selectionchange', readSelection);
    root.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('selectionchange', readSelection);
      root.removeEventListener('click', onClick);
    };
  }, [root, paragraphs, spans, text, onSelection, onHit]);

  return null;
}
