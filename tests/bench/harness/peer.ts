// The peer: @recogito/text-annotator renders the benchmark article with its annotations, and
// reports how long it took until the highlights in view were drawn.
import { createTextAnnotator, type TextAnnotation } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';
import { splitParagraphs } from '../../../shared/text/normalise';
import type { PeerInput, PeerResult } from './peerContract';

/**
 * Resolves with the time at the end of the first frame that drew highlights: checked in a
 * user-blocking task posted from requestAnimationFrame, as the workbench is timed (see
 * tests/bench/support/probes.ts). The peer draws inside its own animation-frame callback.
 */
function firstDrawnFrame(content: HTMLElement): Promise<number> {
  const scheduler = (globalThis as { scheduler?: { postTask: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
  const afterFrame = (done: () => void): void => {
    if (scheduler) void scheduler.postTask(done, { priority: 'user-blocking' });
    else setTimeout(done, 0);
  };
  return new Promise((resolve) => {
    const frame = (): void =>
      afterFrame(() => {
        if (drawnHighlights(content) > 0) resolve(performance.now());
        else requestAnimationFrame(frame);
      });
    requestAnimationFrame(frame);
  });
}

function drawnHighlights(content: HTMLElement): number {
  let count = content.querySelectorAll('.r6o-annotation').length;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('_')) count += highlight.size;
  return count;
}

async function render(input: PeerInput): Promise<PeerResult> {
  const started = performance.now();
  const content = document.getElementById('content');
  if (!content) throw new Error('no #content');
  content.style.width = `${input.width}px`;
  const paragraphs = splitParagraphs(input.text);
  // One <p> per paragraph as in the workbench; the peer counts offsets over the text nodes
  // alone, so paragraph breaks are taken out of each offset.
  const fragment = document.createDocumentFragment();
  const peerStarts: number[] = [];
  let peerOffset = 0;
  for (const paragraph of paragraphs) {
    const element = document.createElement('p');
    element.textContent = paragraph.text;
    fragment.append(element);
    peerStarts.push(peerOffset);
    peerOffset += paragraph.text.length;
  }
  content.append(fragment);
  const toPeer = (offset: number): number => {
    let low = 0;
    let high = paragraphs.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((paragraphs[mid]?.end ?? 0) < offset) low = mid + 1;
      else high = mid;
    }
    const paragraph = paragraphs[low];
    return (peerStarts[low] ?? 0) + Math.min(paragraph ? paragraph.end - paragraph.start : 0, Math.max(0, offset - (paragraph?.start ?? 0)));
  };
  const annotations = input.annotations.map((a) => ({
    id: a.id,
    bodies: [],
    target: { annotation: a.id, selector: [{ quote: a.quote, start: toPeer(a.start), end: toPeer(a.end) }] },
  })) as unknown as TextAnnotation[];

  const annotator = createTextAnnotator(content, { renderer: input.renderer, annotatingEnabled: false });
  const drawn = firstDrawnFrame(content);
  annotator.setAnnotations(annotations, false);
  const painted = await drawn;
  return { ms: painted - started, drawn: drawnHighlights(content), stored: annotator.getAnnotations().length };
}

window.peerBench = { render };
