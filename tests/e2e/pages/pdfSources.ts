// PDFs for the e2e tests, printed by Chromium itself (page.pdf) from HTML: a running header and
// page numbers, a paragraph broken by a hyphen, a two-column page, a Persian paragraph, and a
// sentence that runs from page 1 onto page 2; three pages, so the running lines are detected.
import type { Browser } from '@playwright/test';

export const READOUT_TITLE = 'Readout of the Julfa border talks';
/** The passage that starts on page 1 and ends on page 2. */
export const CROSSING = 'the delegation travelled to the border town of Julfa';
export const ON_PAGE_2 = 'Both sides agreed to reopen the crossing';

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${READOUT_TITLE}</title>
<style>
  body { font: 12pt/1.4 "DejaVu Serif", serif; margin: 0; }
  p { margin: 0 0 10pt; }
  .fill { height: 150mm; }
  .columns { column-count: 2; column-gap: 14mm; }
  .page { break-before: page; }
</style></head><body>
<h1>${READOUT_TITLE}</h1>
<p>The ministry published this readout on Monday. Officials from both capitals met for the inter-<br>national session on trade and transit.</p>
<div class="fill"></div>
<p>After the first round, ${CROSSING.split(' the border')[0]}</p>
<p class="page">the border town of Julfa on Tuesday. ${ON_PAGE_2} within a week.</p>
<div class="columns">
<p>Left column: customs officers will staff the crossing from seven in the morning until nine at night, every day of the week, including holidays.</p>
<p>Right column: freight lorries will be inspected at the new terminal, and passenger cars at the old bridge, until the second lane is finished.</p>
</div>
<p lang="fa" dir="rtl">وزارت امور خارجه اعلام کرد که گذرگاه مرزی جلفا بازگشایی می‌شود.</p>
<p class="page">Annex: the list of delegates is kept by the protocol department.</p>
</body></html>`;

/** The readout as Chromium prints it, A4, with a running header and "Page n of N" at the foot. */
export async function printReadoutPdf(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(HTML);
    return await page.pdf({
      format: 'A4',
      margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' },
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">Ministry of Foreign Affairs · Press readout</div>',
      footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
  } finally {
    await page.close();
  }
}
