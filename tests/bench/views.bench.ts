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

declare global {
  interface Window {
    __benchView?: Promise<number>;
  }
}

/** Arms a wait, started by the next click, for the frame where `selector` (or the canvas's drawn events) shows. */
function armViewPaint({ selector, timeoutMs }: { selector: string; timeoutMs: number }): void {
  window.__benchView = new Promise<number>((resolve, reject) => {
    document.addEventListener(
      'click',
      (event) => {
        const started = event.timeStamp;
        const frame = (): void => {
          // After this frame's paint: a message task runs once the frame is out.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const element = document.querySelector(selector);
            const shown = element instanceof HTMLCanvasElement ? Number(element.dataset.drawnEvents ?? '0') > 0 : element !== null;
            if (shown) resolve(performance.now() - started);
            else if (performance.now() - started > timeoutMs) reject(new Error(`${selector} never showed`));
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

async function timeTab(page: Page, tab: 'Claims' | 'Timeline', selector: string): Promise<number> {
  await page.evaluate(armViewPaint, { selector, timeoutMs: 60_000 });
  await page.getByRole('tablist', { name: 'Left pane' }).getByRole('tab', { name: tab }).click();
  return (await page.evaluate(() => window.__benchView)) as number;
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

  const claims: number[] = [];
  const timeline: number[] = [];
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
  recordFigure(info, { name: 'claims_view_ms', value: round(median(claims)), unit: 'ms', runs: claims.map((v) => round(v)), note: `${year.annotations.filter((a) => a.kind === 'claim').length} claims` });
  recordFigure(info, { name: 'timeline_view_ms', value: round(median(timeline)), unit: 'ms', runs: timeline.map((v) => round(v)), note: `${drawn} events drawn at zoom 1` });
  recordFigure(info, { name: 'timeline_zoom_p95_ms', value: round(percentile(zoom, 0.95)), unit: 'ms', note: `${WHEEL_STEPS} wheel steps, median ${round(median(zoom))} ms` });
});
