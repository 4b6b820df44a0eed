// "p. 3" in the reader's margin where each page of a PDF article begins. Derived from the page
// starts stored with the source; placed from the laid-out text and placed again when it moves.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState, type ReactNode } from 'react';
import type { Paragraph } from '../../../shared/text/normalise';
import { loadPageStarts } from '../../db/sourceFiles';
import { useKeyedLiveQuery } from '../../db/useKeyedLiveQuery';
import { LAID_OUT_CLASS } from '../reader/progressiveLayout';
import { domPointAt, paragraphIndexAt } from '../reader/textOffsets';
import './pages.css';

interface PlacedMark {
  readonly page: number;
  readonly top: number;
}

/**
 * Where each page's first character sits, in pixels from the top of the reader. In a paragraph
 * the reader has not laid out yet (progressiveLayout.ts) the place is estimated from the share of
 * its text before the page break: measuring there would lay it out, and a long article would
 * lose the fast open it gets from skipping them.
 */
function placeMarks(root: HTMLElement, paragraphs: readonly Paragraph[], pageStarts: readonly number[]): PlacedMark[] {
  const frame = root.offsetParent ?? root.parentElement;
  if (!frame) return [];
  const frameTop = frame.getBoundingClientRect().top;
  const range = document.createRange();
  const marks: PlacedMark[] = [];
  pageStarts.forEach((start, index) => {
    // Pages without text of their own begin where the next page does: one mark says both.
    if (index > 0 && pageStarts[index - 1] === start && marks.length > 0) return;
    const paragraphIndex = paragraphIndexAt(paragraphs, start);
    const paragraph = paragraphs[paragraphIndex];
    const element = root.children[paragraphIndex];
    if (!paragraph || !element) return;
    const box = element.getBoundingClientRect();
    let top = box.top;
    if (start > paragraph.start && element.classList.contains(LAID_OUT_CLASS)) {
      const point = domPointAt(root, paragraphs, start);
      if (point) {
        range.setStart(point.node, point.offset);
        range.setEnd(point.node, Math.min(point.node.textContent?.length ?? 0, point.offset + 1));
        top = (range.getClientRects()[0] ?? range.getBoundingClientRect()).top;
      }
    } else if (start > paragraph.start) {
      top += (box.height * (start - paragraph.start)) / Math.max(1, paragraph.end - paragraph.start);
    }
    marks.push({ page: index + 1, top: top - frameTop });
  });
  return marks;
}

export function PageMarks({ sourceId, paragraphs }: { readonly sourceId: string; readonly paragraphs: readonly Paragraph[] }): ReactNode {
  const [editor] = useLexicalComposerContext();
  const pageStarts = useKeyedLiveQuery(sourceId, (id) => loadPageStarts(id));
  const [marks, setMarks] = useState<readonly PlacedMark[]>([]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root || !pageStarts) {
      setMarks([]);
      return undefined;
    }
    let frame = 0;
    const place = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setMarks(placeMarks(root, paragraphs, pageStarts)));
    };
    place();
    // Paragraphs laid out late (progressiveLayout.ts) and a resized pane move the text.
    const observer = new ResizeObserver(place);
    observer.observe(root);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [editor, paragraphs, pageStarts]);

  if (!pageStarts || marks.length === 0) return null;
  return (
    <ol className="page-marks" aria-label="Page boundaries">
      {marks.map((mark) => (
        <li key={mark.page} style={{ top: mark.top }}>
          p. {mark.page}
        </li>
      ))}
    </ol>
  );
}
