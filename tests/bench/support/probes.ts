// In-page probes, passed to page.evaluate (each is self-contained: it runs in the browser).
// Times end with the first frame that shows the change: each frame, a user-blocking task posted
// from requestAnimationFrame runs as soon as that frame's style, layout and paint are done and
// checks what the frame showed (a plain timer would wait behind whatever other tasks were
// queued meanwhile, such as IndexedDB callbacks, and overstate the time).

export interface ProbeSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
}

export interface InViewPaintArgs {
  readonly spans: readonly ProbeSpan[];
  readonly paragraphs: readonly { readonly start: number; readonly end: number }[];
  readonly timeoutMs: number;
}

export interface InViewPaint {
  readonly ms: number;
  /** performance.now() time of the click that opened the article. */
  readonly clickedAt: number;
  /** Highlight ranges expected (and found) in the visible part of the article. */
  readonly inView: number;
  /** Ranges in all workbench highlights at that moment. */
  readonly painted: number;
}

declare global {
  interface Window {
    __benchWait?: Promise<unknown>;
  }
}

/**
 * Arms a wait, started by the next click, for the frame at which every highlight that should be
 * visible in the reader is in CSS.highlights with exactly the right text node and offsets.
 */
export function armInViewPaint({ spans, paragraphs, timeoutMs }: InViewPaintArgs): void {
  const byParagraph: number[][] = paragraphs.map(() => []);
  spans.forEach((span, index) => {
    for (let p = 0; p < paragraphs.length; p += 1) {
      const paragraph = paragraphs[p];
      if (!paragraph || paragraph.start >= span.end) break;
      if (paragraph.end > span.start) byParagraph[p]?.push(index);
    }
  });
  const firstText = (element: Element): Text | null => document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
  const check = (): { inView: number; painted: number } | null => {
    const root = document.querySelector('[aria-label="Article text"]');
    if (!root || root.children.length !== paragraphs.length) return null;
    let scroller: HTMLElement | null = root.parentElement;
    while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
    const box = (scroller ?? document.documentElement).getBoundingClientRect();
    const top = Math.max(0, box.top);
    const bottom = Math.min(window.innerHeight, box.bottom);
    let low = 0;
    let high = root.children.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((root.children[mid]?.getBoundingClientRect().bottom ?? 0) <= top) low = mid + 1;
      else high = mid;
    }
    const expected = new Map<Node, Set<string>>();
    let inView = 0;
    for (let p = low; p < root.children.length; p += 1) {
      const element = root.children[p];
      const paragraph = paragraphs[p];
      if (!element || !paragraph || element.getBoundingClientRect().top >= bottom) break;
      const node = firstText(element);
      if (!node) return null;
      const keys = new Set<string>();
      for (const index of byParagraph[p] ?? []) {
        const span = spans[index];
        if (!span) continue;
        const from = Math.max(span.start, paragraph.start) - paragraph.start;
        const to = Math.min(span.end, paragraph.end) - paragraph.start;
        if (to > from) keys.add(`${span.kind}:${from}:${to}`);
      }
      inView += keys.size;
      expected.set(node, keys);
    }
    let painted = 0;
    for (const kind of ['claim', 'denial', 'action']) {
      for (const range of CSS.highlights.get(`dw-${kind}`) ?? []) {
        painted += 1;
        expected.get(range.startContainer)?.delete(`${kind}:${range.startOffset}:${range.endOffset}`);
      }
    }
    for (const missing of expected.values()) if (missing.size > 0) return null;
    return inView > 0 ? { inView, painted } : null;
  };
  const afterFrame = (done: () => void): void => {
    const scheduler = (globalThis as { scheduler?: { postTask: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
    if (scheduler) void scheduler.postTask(done, { priority: 'user-blocking' });
    else setTimeout(done, 0);
  };
  window.__benchWait = new Promise<InViewPaint>((resolve, reject) => {
    window.addEventListener(
      'click',
      (event) => {
        const started = event.timeStamp;
        const frame = (): void =>
          afterFrame(() => {
            const found = check();
            if (found) resolve({ ms: performance.now() - started, clickedAt: started, ...found });
            else if (performance.now() - started > timeoutMs) reject(new Error('highlights in view were never all painted'));
            else requestAnimationFrame(frame);
          });
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  });
}

export interface TagArgs {
  readonly paragraphIndex: number;
  readonly from: number;
  readonly to: number;
  readonly kind: string;
  readonly timeoutMs: number;
}

/** Selects [from, to) of a paragraph and arms a wait, started by the next key press, for its highlight. */
export function armTagPaint({ paragraphIndex, from, to, kind, timeoutMs }: TagArgs): void {
  const root = document.querySelector('[aria-label="Article text"]');
  const element = root?.children[paragraphIndex];
  const node = element ? (document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text | null) : null;
  if (!node) throw new Error(`no paragraph ${paragraphIndex}`);
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const found = (): boolean => {
    for (const painted of CSS.highlights.get(`dw-${kind}`) ?? []) {
      if (painted.startContainer === node && painted.startOffset === from && painted.endOffset === to) return true;
    }
    return false;
  };
  if (found()) throw new Error('that passage is already highlighted as this kind');
  const afterFrame = (done: () => void): void => {
    const scheduler = (globalThis as { scheduler?: { postTask: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
    if (scheduler) void scheduler.postTask(done, { priority: 'user-blocking' });
    else setTimeout(done, 0);
  };
  window.__benchWait = new Promise<number>((resolve, reject) => {
    window.addEventListener(
      'keydown',
      (event) => {
        const started = event.timeStamp;
        const frame = (): void =>
          afterFrame(() => {
            if (found()) resolve(performance.now() - started);
            else if (performance.now() - started > timeoutMs) reject(new Error('the new highlight was never painted'));
            else requestAnimationFrame(frame);
          });
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  });
}

export interface ScrollResult {
  readonly frames: number;
  readonly long: number;
  readonly intervals: readonly number[];
}

/** Scrolls the reader from top to bottom, `step` pixels a frame, and times every frame. */
export async function scrollReader({ step, longFrameMs }: { step: number; longFrameMs: number }): Promise<ScrollResult> {
  const scroller = document.querySelector<HTMLElement>('.reader-pane');
  if (!scroller) throw new Error('no reader pane');
  scroller.scrollTop = 0;
  const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
  await nextFrame();
  await nextFrame();
  const stamps: number[] = [await nextFrame()];
  // The height may change on the way (paragraphs laid out late), so the end is read each frame.
  while (scroller.scrollTop < scroller.scrollHeight - scroller.clientHeight - 1) {
    scroller.scrollTop += step;
    stamps.push(await nextFrame());
  }
  stamps.push(await nextFrame());
  const intervals = stamps.slice(1).map((stamp, index) => stamp - (stamps[index] ?? stamp));
  return { frames: intervals.length, long: intervals.filter((ms) => ms > longFrameMs).length, intervals };
}

/** Records, for every key pressed from now on, the time from the key event to the next painted frame. */
export function armKeyToPaint(): void {
  const samples: number[] = [];
  (window as unknown as { __benchKeySamples: number[] }).__benchKeySamples = samples;
  const afterFrame = (done: () => void): void => {
    const scheduler = (globalThis as { scheduler?: { postTask: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
    if (scheduler) void scheduler.postTask(done, { priority: 'user-blocking' });
    else setTimeout(done, 0);
  };
  window.addEventListener(
    'keydown',
    (event) => {
      const started = event.timeStamp;
      requestAnimationFrame(() => afterFrame(() => samples.push(performance.now() - started)));
    },
    { capture: true },
  );
}

export function keySamples(): number[] {
  return [...((window as unknown as { __benchKeySamples?: number[] }).__benchKeySamples ?? [])];
}
