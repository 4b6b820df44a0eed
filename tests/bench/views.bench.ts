// The cross-article views on an analyst's year (2,000 articles, 50,000 annotations, seeded
// through "Open shared file…" in eight files): Claims and Timeline tab click to the first frame
// that shows them, and a wheel step on the timeline to the frame that shows it.
import { expect, test, type Page } from '@playwright/test';
import { analystYearFiles, generateAnalystYear } from './data/analystYear';
import { seedLibrary } from '../e2e/pages/seedLibrary';
import { recordFigure } from './support/results';
import { median, percentile, round } from './support/stats';
import { reloadFresh } from './support/workbench';

const VIEW_RUNS = 5;
const WHEEL_STEPS = 60;

interface ViewTimes {
  /** Click to the first frame showing rows (claims) or drawn events (timeline). */
  readonly painted: number;
  /** Click to the frame showing the whole library (the view's status no longer says "Reading"). */
  readonly whole: number;
}

declare global {
  interface Window {
    __benchView?: Promise<ViewTimes>;
  }
}

/** Arms a wait, started by the next click, for the frame where `selector` (or the canvas's drawn events) shows, then the whole library. */
function armViewPaint({ selector, view, timeoutMs }: { selector: string; view: string; timeoutMs: number }): void {
  window.__benchView = new Promise<ViewTimes>((resolve, reject) => {
    document.addEventListener(
      'click',
      (event) => {
        const started = event.timeStamp;
        let painted: number | null = null;
        const frame = (): void => {
          // After this frame's paint: a message task runs once the frame is out.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const element = document.querySelector(selector);
            const shown = element instanceof HTMLCanvasElement ? Number(element.dataset.drawnEvents ?? '0') > 0 : element !== null;
            const now = performance.now() - started;
            if (shown && painted === null) painted = now;
            const status = document.querySelector(`main[aria-labelledby="${view}-view-heading"] [role="status"]`)?.textContent ?? '';
            if (painted !== null && status !== '' && !status.startsWith('Reading')) resolve({ painted, whole: now });
            else if (now > timeoutMs) reject(new Error(`${selector} never showed`));
            else requestAnimationFrame(frame);
          };
          channel.port2.postMessage(0);
        };
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  });
}

async function timeTab(page: Page, tab: 'Claims' | 'Timeline', selector: string): Promise<ViewTimes> {
  await page.evaluate(armViewPaint, { selector, view: tab.toLowerCase(), timeoutMs: 60_000 });
  await page.getByRole('tablist', { name: 'Left pane' }).getByRole('tab', { name: tab }).click();
  return (await page.evaluate(() => window.__benchView)) as ViewTimes;
}

/** Wheel steps over the canvas, each timed from dispatch to the end of the frame that shows it. */
async function wheelSteps(page: Page, steps: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const canvas = document.querySelector('canvas[data-testid="timeline-canvas"]');
    if (!(canvas instanceof HTMLCanvasElement)) throw new Error('no timeline canvas');
    const box = canvas.getBoundingClientRect();
    const afterPaint = (): Promise<number> =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        }),
      );
    const times: number[] = [];
    for (let i = 0; i < count; i += 1) {
      await afterPaint();
      const frameBefore = canvas.dataset.frame;
      const started = performance.now();
      // Zoom in for the first half, out for the second, around points across the figure.
      const deltaY = i < count / 2 ? -120 : 120;
      canvas.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: box.left + box.width * (0.3 + (i % 5) / 10), clientY: box.top + 80, bubbles: true, cancelable: true }));
      const ended = await afterPaint();
      if (canvas.dataset.frame === frameBefore) throw new Error('the wheel step drew nothing');
      times.push(ended - started);
    }
    return times;
  }, steps);
}

test('claims and timeline views on 50,000 annotations', async ({ page }) => {
  test.setTimeout(900_000);
  const year = await generateAnalystYear();
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).not.toHaveCount(0);
  for (const [index, file] of analystYearFiles(year).entries()) {
    const sources = file.sources.map((source) => ({ ...source, text: source.text ?? '', origin: source.origin ?? 'shared' }));
    await seedLibrary(page, { sources, annotations: file.annotations, links: file.links }, `year-${index + 1}.dossier`);
  }

  const claims: ViewTimes[] = [];
  const timeline: ViewTimes[] = [];
  for (let run = 0; run < VIEW_RUNS; run += 1) {
    await reloadFresh(page);
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
    claims.push(await timeTab(page, 'Claims', 'table[aria-label="Claims"] tbody tr'));
    await page.getByRole('tablist', { name: 'Left pane' }).getByRole('tab', { name: 'Library' }).click();
    timeline.push(await timeTab(page, 'Timeline', 'canvas[data-testid="timeline-canvas"]'));
  }
  const drawn = Number(await page.getByTestId('timeline-canvas').getAttribute('data-drawn-events'));
  const zoom = await wheelSteps(page, WHEEL_STEPS);
  const info = test.info();
  const figure = (name: string, times: readonly number[], note: string): void => recordFigure(info, { name, value: round(median(times)), unit: 'ms', runs: times.map((v) => round(v)), note });
  const claimCount = year.annotations.filter((a) => a.kind === 'claim').length;
  figure('claims_view_ms', claims.map((t) => t.painted), 'the first 100 claims with their answers, painted while the rest is read');
  figure('claims_view_whole_ms', claims.map((t) => t.whole), `all ${claimCount} claims read, statuses and counts shown`);
  figure('timeline_view_ms', timeline.map((t) => t.painted), 'in the page load the Claims view read: answered by the views worker from the library it holds (the first 3,000 annotations when it has not read it)');
  figure('timeline_view_whole_ms', timeline.map((t) => t.whole), `all ${drawn} dated events drawn`);
  recordFigure(info, { name: 'timeline_zoom_p95_ms', value: round(percentile(zoom, 0.95)), unit: 'ms', note: `${WHEEL_STEPS} wheel steps, median ${round(median(zoom))} ms` });
});
