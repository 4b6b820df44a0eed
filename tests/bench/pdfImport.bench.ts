// PDF sources at scale: a generated 300-page text PDF from the file chosen to the article shown
// (pdf.js in the exchange worker, with progress and Cancel), and the Page view of page 150 from
// the click to the page drawn with the passage highlighted.
import { expect, test, type Page } from '@playwright/test';
import { LONG_PDF_PAGES, LONG_PDF_TITLE, PAGE_150_PHRASE, printLongPdf } from './data/longPdf';
import { recordFigure } from './support/results';
import { median, round } from './support/stats';
import { ReaderPage } from '../e2e/pages/ReaderPage';
import { WorkbenchPage } from '../e2e/pages/WorkbenchPage';

const IMPORT_RUNS = 3;
const PAGE_VIEW_RUNS = 5;

/** From the file input's change to the reader showing the article's title and text. */
function armArticleShown({ title, timeoutMs }: { title: string; timeoutMs: number }): void {
  window.__benchWait = new Promise<number>((resolve, reject) => {
    document.addEventListener(
      'change',
      (event) => {
        const started = event.timeStamp;
        const frame = (): void => {
          const heading = document.querySelector('main h2#reader-heading');
          const text = document.querySelector('main [aria-label="Article text"]');
          if (heading?.textContent === title && text?.textContent) resolve(performance.now() - started);
          else if (performance.now() - started > timeoutMs) reject(new Error('the article never showed'));
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  });
}

/** From the click on "Page view" to the page drawn with the passage highlighted. */
function armPageDrawn({ timeoutMs }: { timeoutMs: number }): void {
  window.__benchWait = new Promise<number>((resolve, reject) => {
    document.addEventListener(
      'click',
      (event) => {
        const started = event.timeStamp;
        const frame = (): void => {
          const sheet = document.querySelector('.page-view-sheet[data-drawn="true"]');
          if (sheet?.querySelector('mark[aria-label="Selected passage"]')) resolve(performance.now() - started);
          else if (performance.now() - started > timeoutMs) reject(new Error('the page was never drawn with its highlight'));
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  });
}

async function chooseFile(page: Page, pdf: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles({ name: 'report-300.pdf', mimeType: 'application/pdf', buffer: pdf });
}

test('a 300-page PDF: file chosen to article shown, and the Page view of page 150 with its highlight', async ({ browser }) => {
  test.setTimeout(900_000);
  const pdf = await printLongPdf(browser);

  // Cancel first: the progress bar moves, Cancel stops the import, nothing is added.
  {
    const context = await browser.newContext();
    const app = await context.newPage();
    const workbench = new WorkbenchPage(app);
    await workbench.open();
    const before = await workbench.articles.getByRole('listitem').count();
    await chooseFile(app, pdf);
    const statusLine = app.getByRole('contentinfo');
    await expect(statusLine.getByRole('progressbar', { name: 'Progress' })).toBeVisible();
    await statusLine.getByRole('button', { name: 'Cancel' }).click();
    await expect(workbench.notification('could not be imported')).toContainText('report-300.pdf: import cancelled; nothing of it was stored.');
    await expect(workbench.articles.getByRole('listitem')).toHaveCount(before);
    await context.close();
  }

  const imports: number[] = [];
  const pageViews: number[] = [];
  for (let run = 0; run < IMPORT_RUNS; run += 1) {
    const context = await browser.newContext();
    const app = await context.newPage();
    const workbench = new WorkbenchPage(app);
    await workbench.open();
    await app.evaluate(armArticleShown, { title: LONG_PDF_TITLE, timeoutMs: 120_000 });
    await chooseFile(app, pdf);
    imports.push((await app.evaluate(() => window.__benchWait)) as number);
    await expect(workbench.reader.getByRole('list', { name: 'Page boundaries' }).getByRole('listitem')).toHaveCount(LONG_PDF_PAGES);

    if (run === 0) {
      const reader = new ReaderPage(workbench);
      await reader.selectPhrase(PAGE_150_PHRASE);
      await app.keyboard.press('c');
      await expect(reader.editor.getByRole('blockquote')).toHaveText(PAGE_150_PHRASE);
      for (let view = 0; view < PAGE_VIEW_RUNS; view += 1) {
        await app.evaluate(armPageDrawn, { timeoutMs: 30_000 });
        await workbench.reader.getByRole('button', { name: 'Page view' }).click();
        pageViews.push((await app.evaluate(() => window.__benchWait)) as number);
        const dialog = app.getByRole('dialog', { name: 'Page 150 of 300' });
        await dialog.getByRole('button', { name: 'Close' }).click();
        await expect(dialog).toBeHidden();
      }
    }
    await context.close();
  }
  recordFigure(test.info(), {
    name: 'pdf_import_300p_ms',
    value: round(median(imports)),
    unit: 'ms',
    runs: imports.map((v) => round(v)),
    note: `${(pdf.length / 2 ** 20).toFixed(1)} MB, ${LONG_PDF_PAGES} pages printed by Chromium; file chosen to article shown`,
  });
  recordFigure(test.info(), {
    name: 'pdf_page_view_ms',
    value: round(median(pageViews)),
    unit: 'ms',
    runs: pageViews.map((v) => round(v)),
    note: 'click on Page view to page 150 drawn with the passage highlighted (the document opened each time)',
  });
});
