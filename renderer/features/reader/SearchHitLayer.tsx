// Lives inside the reader's Lexical composer: when a search result opens this article, scrolls the
// hit into the middle of the view and paints it with its own Custom Highlight (dw-search-hit),
// beside the annotation highlights and without touching the document.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState, type ReactNode } from 'react';
import type { Paragraph } from '../../../shared/text/normalise';
import { scrollParentOf } from '../../ui/scrollParent';
import { useSearchJump } from '../common/searchJump';
import { highlightsSupported } from './highlightPainter';
import { LAID_OUT_CLASS } from './progressiveLayout';
import { paragraphIndexAt, staticRangesFor } from './textOffsets';

export const SEARCH_HIT_HIGHLIGHT = 'dw-search-hit';

function centre(root: HTMLElement, range: StaticRange): void {
  const scroller = scrollParentOf(root);
  if (!scroller) return;
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  const box = live.getBoundingClientRect();
  const frame = scroller.getBoundingClientRect();
  scroller.scrollTop += box.top - frame.top - (scroller.clientHeight - box.height) / 2;
}

export function SearchHitLayer({ sourceId, paragraphs }: { readonly sourceId: string; readonly paragraphs: readonly Paragraph[] }): ReactNode {
  const [editor] = useLexicalComposerContext();
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const jump = useSearchJump();
  useEffect(() => editor.registerRootListener((element) => setRoot(element)), [editor]);

  useEffect(() => {
    if (!root || !jump || jump.sourceId !== sourceId || !highlightsSupported()) return;
    let frame = 0;
    const show = (): void => {
      // The reader builds its paragraphs in the first frames after opening.
      if (root.children.length !== paragraphs.length) {
        frame = requestAnimationFrame(show);
        return;
      }
      const index = paragraphIndexAt(paragraphs, jump.start);
      const paragraph = root.children[index];
      // Its real height, not the estimate, so the scroll lands where the hit is.
      paragraph?.classList.add(LAID_OUT_CLASS);
      paragraph?.scrollIntoView({ block: 'center' });
      const ranges = staticRangesFor(root, paragraphs, jump.start, jump.end);
      const highlight = new Highlight(...ranges);
      highlight.priority = 3;
      CSS.highlights.set(SEARCH_HIT_HIGHLIGHT, highlight);
      if (ranges[0]) centre(root, ranges[0]);
      // The analyst goes on in the article: C, D or A tag, the arrow keys move its caret.
      root.focus({ preventScroll: true });
      performance.mark('dw:search-hit-shown', { detail: { start: jump.start, end: jump.end } });
    };
    show();
    return () => {
      cancelAnimationFrame(frame);
      CSS.highlights.delete(SEARCH_HIT_HIGHLIGHT);
    };
  }, [root, jump, sourceId, paragraphs]);
  return null;
}
