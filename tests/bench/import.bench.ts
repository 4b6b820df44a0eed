// Figure 6 of the issue: import a colleague's shared library (500 articles, 20,000 annotations)
// through the workbench's "Open shared file…", and in the same run the floor: the same records
// written with bare Dexie bulkPut calls.
import { expect, test } from '@playwright/test';
import { SHARED_ANNOTATIONS, SHARED_SOURCES, generateSharedLibrary } from './data/sharedLibrary';
import type { FloorResult } from './harness/floorContract';
import { HARNESS_URL } from './support/ports';
import { recordFigure } from './support/results';
import { median, round } from './support/stats';

const RUNS = 5;
const STAGES = ['read', 'checked', 'planned', 'written'] as const;

/** Milliseconds each stage of the last import took, from the marks the workbench leaves. */
function stageDurations(stages: readonly string[]): number[] {
  const at = (name: string): number => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? Number.NaN;
  const times = [at('bench:import-chosen'), ...stages.map((stage) => at(`dw:import:${stage}`))];
  return stages.map((_, i) => (times[i + 1] ?? Number.NaN) - (times[i] ?? Number.NaN));
}

/** Arms a wait, started by the file input's change, for the import report of `fileName`. */
function armImportTiming({ fileName, timeoutMs }: { fileName: string; timeoutMs: number }): void {
  window.__benchWait = new Promise<number>((resolve, reject) => {
    document.addEventListener(
      'change',
      (event) => {
        const started = event.timeStamp;
        performance.mark('bench:import-chosen', { startTime: started });
        const frame = (): void => {
          const report = [...document.querySelectorAll('dialog[open]')].some((d) => d.querySelector('h2')?.textContent === `Imported ${fileName}`);
          if (report) resolve(performance.now() - started);
          else if (performance.now() - started > timeoutMs) reject(new Error('the import report never appeared'));
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  });
}

test('import a shared library of 500 sources and 20,000 annotations', async ({ browser, page }) => {
  test.setTimeout(900_000);
  const shared = await generateSharedLibrary();
  expect([shared.sources, shared.annotations]).toEqual([SHARED_SOURCES, SHARED_ANNOTATIONS]);
  const bytes = Buffer.from(shared.text);

  const imports: number[] = [];
  const stages: number[][] = STAGES.map(() => []);
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const app = await context.newPage();
    await app.goto('/');
    await expect(app.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).not.toHaveCount(0);
    await app.evaluate(armImportTiming, { fileName: shared.fileName, timeoutMs: 300_000 });
    const chooser = app.waitForEvent('filechooser');
    await app.getByRole('button', { name: 'Open shared file…' }).click();
    await (await chooser).setFiles({ name: shared.fileName, mimeType: 'application/json', buffer: bytes });
    imports.push((await app.evaluate(() => window.__benchWait)) as number);
    (await app.evaluate(stageDurations, STAGES)).forEach((ms, i) => stages[i]?.push(ms));
    const summary = app.getByRole('dialog', { name: `Imported ${shared.fileName}` }).getByRole('table', { name: 'Import summary' });
    await expect(summary).toContainText(`Added${SHARED_ANNOTATIONS}`);
    await context.close();
  }

  await page.goto(`${HARNESS_URL}/floor.html`);
  const floor = (await page.evaluate((input) => window.floorBench.run(input), { text: shared.text, fileName: shared.fileName, runs: RUNS })) as FloorResult;
  expect([floor.sources, floor.annotations]).toEqual([SHARED_SOURCES, SHARED_ANNOTATIONS]);

  const info = test.info();
  const sizeNote = `${(bytes.length / 2 ** 20).toFixed(1)} MB file`;
  const breakdown = STAGES.map((stage, i) => `${stage} ${round(median(stages[i] ?? []))}`).join(', ');
  recordFigure(info, {
    name: 'import_ms',
    value: round(median(imports)),
    unit: 'ms',
    runs: imports.map((v) => round(v)),
    note: `${sizeNote}; from the file chosen to the import report shown; median ms per stage: ${breakdown}`,
  });
  recordFigure(info, { name: 'import_floor_ms', value: round(median(floor.runs)), unit: 'ms', runs: floor.runs.map((v) => round(v)), note: 'bulkPut of the imported sources, texts and annotations in one transaction' });
  recordFigure(info, { name: 'import_floor_raw_idb_ms', value: round(median(floor.rawRuns)), unit: 'ms', runs: floor.rawRuns.map((v) => round(v)), note: 'the same writes through IndexedDB directly, without Dexie' });
  recordFigure(info, { name: 'import_vs_floor_ratio', value: round(median(imports) / median(floor.runs), 2), unit: 'ratio' });
});
