// find_in_article_ms: in the big article (300,000 characters, 2,000 highlights), the analyst types
// the last letter of a common word in the find bar; timed from that key to the first frame that
// shows the count of every hit and every hit in view painted (the current one included), at
// several places in the article.
import { expect, test, type Page } from '@playwright/test';
import { findAllMatches } from '../../shared/search/findMatches';
import { foldText, type OriginalRange } from '../../shared/search/textFolding';
import { generateBigArticle, type BigArticle } from './data/bigArticle';
import { recordFigure, recordMeta } from './support/results';
import { median, round } from './support/stats';
import { laidOutAfter, loadLibraryWith, openAndTime, paragraphsOf } from './support/workbench';

const RUNS = 7;

interface FindProbeArgs {
  readonly hits: readonly OriginalRange[];
  readonly paragraphs: readonly { readonly start: number; readonly end: number }[];
  readonly countText: string;
  readonly timeoutMs: number;
}

/**
 * Arms a wait, started by the next key press, for the frame whose find status ends with the
 * expected count and whose find highlights hold every hit in the reader's view (runs in the page).
 */
function armFindPaint({ hits, paragraphs, countText, timeoutMs }: FindProbeArgs): void {
  // Hits by paragraph, before the key is pressed, so the check itself costs little per frame.
  const byParagraph: OriginalRange[][] = paragraphs.map(() => []);
  let q = 0;
  for (const hit of hits) {
    while (q < paragraphs.length && (paragraphs[q]?.end ?? 0) <= hit.start) q += 1;
    byParagraph[q]?.push(hit);
  }
  const firstText = (element: Element): Text | null => document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
  const done = (): boolean => {
    const status = document.querySelector('[role="search"] [role="status"]');
    if (!status?.textContent?.endsWith(countText)) return false;
    const root = document.querySelector('[aria-label="Article text"]');
    const scroller = document.querySelector<HTMLElement>('.reader-pane');
    if (!root || !scroller || root.children.length !== paragraphs.length) return false;
    const painted = new Map<Node, Set<string>>();
    for (const name of ['dw-find', 'dw-find-current']) {
      for (const range of CSS.highlights.get(name) ?? []) {
        const keys = painted.get(range.startContainer) ?? new Set<string>();
        keys.add(`${range.startOffset}:${range.endOffset}`);
        painted.set(range.startContainer, keys);
      }
    }
    const box = scroller.getBoundingClientRect();
    // The paragraphs in view, found by halving (as the reader does), then their hits.
    let low = 0;
    let high = paragraphs.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((root.children[mid]?.getBoundingClientRect().bottom ?? 0) <= box.top) low = mid + 1;
      else high = mid;
    }
    let inView = 0;
    for (let p = low; p < paragraphs.length; p += 1) {
      const element = root.children[p];
      const paragraph = paragraphs[p];
      if (!element || !paragraph || element.getBoundingClientRect().top >= box.bottom) break;
      const node = firstText(element);
      if (!node) return false;
      for (const hit of byParagraph[p] ?? []) {
        const from = hit.start - paragraph.start;
        const to = Math.min(hit.end, paragraph.end) - paragraph.start;
        const live = document.createRange();
        live.setStart(node, from);
        live.setEnd(node, to);
        const hitBox = live.getBoundingClientRect();
        if (hitBox.bottom <= box.top || hitBox.top >= box.bottom) continue;
        inView += 1;
        if (!painted.get(node)?.has(`${from}:${to}`)) return false;
      }
    }
    return inView > 0;
  };
  const afterFrame = (callback: () => void): void => {
    const scheduler = (globalThis as { scheduler?: { postTask: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
    if (scheduler) void scheduler.postTask(callback, { priority: 'user-blocking' });
    else setTimeout(callback, 0);
  };
  window.__benchWait = new Promise<number>((resolve, reject) => {
    window.addEventListener(
      'keydown',
      (event) => {
        const started = event.timeStamp;
        const frame = (): void =>
          afterFrame(() => {
            if (done()) resolve(performance.now() - started);
            else if (performance.now() - started > timeoutMs) reject(new Error('the hits were never all painted'));
            else requestAnimationFrame(frame);
          });
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  });
}

/** The most frequent word of the article (of at least three letters): the worst common case. */
function commonestWord(big: BigArticle): string {
  const counts = new Map<string, number>();
  for (const [word] of big.source.text.toLowerCase().matchAll(/\p{L}{3,}/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'the';
}

async function openBigArticle(page: Page, big: BigArticle): Promise<void> {
  await loadLibraryWith(page, big);
  const opened = await openAndTime(page, big);
  await laidOutAfter(page, opened.clickedAt);
}

test('find a common word in the big article', async ({ page }) => {
  const big = await generateBigArticle();
  const word = commonestWord(big);
  const hits = findAllMatches(foldText(big.source.text), word);
  const paragraphs = paragraphsOf(big).map(({ start, end }) => ({ start, end }));
  await openBigArticle(page, big);
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // Somewhere else in the article each time, as the analyst would be.
    const at = Math.floor(((run + 0.5) * paragraphs.length) / RUNS);
    await page.getByRole('textbox', { name: 'Article text' }).evaluate((root, index) => root.children[index]?.scrollIntoView({ block: 'start' }), at);
    await page.getByRole('textbox', { name: 'Article text' }).focus();
    await page.keyboard.press('Control+f');
    const box = page.getByRole('searchbox', { name: 'Find in article' });
    await expect(box).toBeFocused();
    await box.fill(word.slice(0, -1));
    await expect(page.getByRole('search', { name: 'Find in article' }).getByRole('status')).toHaveText(/ of /);
    await page.evaluate(armFindPaint, { hits, paragraphs, countText: ` of ${hits.length.toLocaleString('en')}`, timeoutMs: 30_000 });
    await page.keyboard.press(word.at(-1) ?? 'e');
    samples.push((await page.evaluate(() => window.__benchWait)) as number);
    await box.press('Escape');
    await expect(box).toHaveCount(0);
  }
  const info = test.info();
  recordFigure(info, {
    name: 'find_in_article_ms',
    value: round(median(samples)),
    unit: 'ms',
    runs: samples.map((v) => round(v)),
    note: `"${word}": ${hits.length.toLocaleString('en')} hits in ${big.source.text.length.toLocaleString('en')} characters; key to the frame with the count and every hit in view painted`,
  });
  recordMeta(info, { findWord: word, findHits: String(hits.length) });
});
