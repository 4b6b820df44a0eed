// A caret in the read-only article, so a keyboard user can select and tag: arrow keys move it,
// Shift+arrows select by character, Ctrl+Shift+arrows by word (across paragraphs), Home/End to
// the line's ends, Ctrl+A selects the article (not the whole window). The browser draws no caret
// in text that cannot be edited, so this draws one where the collapsed selection is.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState, type ReactNode } from 'react';

type Direction = 'left' | 'right' | 'backward' | 'forward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

interface Move {
  readonly direction: Direction;
  readonly granularity: Granularity;
  /** With Ctrl (Alt on macOS is not handled: the platform's word keys stay the browser's). */
  readonly bigGranularity: Granularity;
}

/** Left and right follow the text's direction on screen, so they work in Persian and Arabic too. */
const MOVES: Readonly<Record<string, Move>> = {
  ArrowLeft: { direction: 'left', granularity: 'character', bigGranularity: 'word' },
  ArrowRight: { direction: 'right', granularity: 'character', bigGranularity: 'word' },
  ArrowUp: { direction: 'backward', granularity: 'line', bigGranularity: 'line' },
  ArrowDown: { direction: 'forward', granularity: 'line', bigGranularity: 'line' },
  Home: { direction: 'backward', granularity: 'lineboundary', bigGranularity: 'lineboundary' },
  End: { direction: 'forward', granularity: 'lineboundary', bigGranularity: 'lineboundary' },
};

interface CaretBox {
  readonly top: number;
  readonly left: number;
  readonly height: number;
}

/** Puts a collapsed selection at the start of the first paragraph in view, unless one is inside already. */
function ensureCaretInside(root: HTMLElement, selection: Selection): void {
  if (selection.rangeCount > 0 && root.contains(selection.getRangeAt(0).startContainer)) return;
  const top = root.getBoundingClientRect().top;
  const first = Array.from(root.children).find((child) => child.getBoundingClientRect().bottom > Math.max(top, 0)) ?? root.firstElementChild;
  if (!first) return;
  selection.collapse(first, 0);
}

function caretBox(selection: Selection, root: HTMLElement): CaretBox | null {
  if (selection.rangeCount === 0 || !selection.isCollapsed || document.activeElement !== root) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer)) return null;
  const rect = range.getClientRects()[0] ?? (range.startContainer instanceof Element ? range.startContainer.getBoundingClientRect() : null);
  if (!rect || rect.height === 0) return null;
  return { top: rect.top, left: rect.left, height: rect.height };
}

export function KeyboardCaret(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [caret, setCaret] = useState<CaretBox | null>(null);
  useEffect(() => editor.registerRootListener((element) => setRoot(element)), [editor]);

  useEffect(() => {
    if (!root) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      const selection = document.getSelection();
      if (!selection || event.altKey || event.metaKey) return;
      if (event.ctrlKey && !event.shiftKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        selection.selectAllChildren(root);
        return;
      }
      const move = MOVES[event.key];
      if (!move) return;
      event.preventDefault();
      ensureCaretInside(root, selection);
      selection.modify(event.shiftKey ? 'extend' : 'move', move.direction, event.ctrlKey ? move.bigGranularity : move.granularity);
      selection.focusNode?.parentElement?.scrollIntoView({ block: 'nearest' });
    };
    const update = (): void => {
      const selection = document.getSelection();
      setCaret(selection ? caretBox(selection, root) : null);
    };
    const onFocus = (): void => {
      const selection = document.getSelection();
      if (selection) ensureCaretInside(root, selection);
      update();
    };
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('focus', onFocus);
    root.addEventListener('blur', update);
    document.addEventListener('selectionchange', update);
    // The caret is drawn in viewport coordinates: follow the pane as it scrolls.
    document.addEventListener('scroll', update, { capture: true, passive: true });
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('focus', onFocus);
      root.removeEventListener('blur', update);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('scroll', update, { capture: true });
    };
  }, [root]);

  return caret ? <div className="reader-caret" aria-hidden="true" style={{ top: caret.top, left: caret.left, height: caret.height }} /> : null;
}
