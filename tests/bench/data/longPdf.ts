// A 300-page text PDF for the PDF import benchmark, printed by Chromium from generated HTML:
// each page a heading and paragraphs of plain report prose, with a running header and footer.
import type { Browser } from '@playwright/test';

export const LONG_PDF_PAGES = 300;
export const LONG_PDF_TITLE = 'Generated report of three hundred pages';

const WORDS = ['the', 'delegation', 'border', 'ministry', 'statement', 'crossing', 'talks', 'officials', 'transit', 'agreement', 'customs', 'envoy', 'region', 'security', 'trade', 'reported', 'denied', 'confirmed', 'schedule', 'observers'];

/** Deterministic prose: the same text on every run, different on every page. */
function sentence(seed: number): string {
  const words = Array.from({ length: 12 + (seed % 9) }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length] ?? 'the');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} ${seed}.`;
}

/** The sentence the benchmark tags, on page 150. */
export const PAGE_150_PHRASE = 'Page one hundred and fifty holds the passage the benchmark highlights.';

function pageHtml(page: number): string {
  const paragraphs = Array.from({ length: 5 }, (_, p) => `<p>${Array.from({ length: 3 }, (_, s) => sentence(page * 100 + p * 10 + s)).join(' ')}</p>`);
  if (page === 150) paragraphs.splice(2, 0, `<p>${PAGE_150_PHRASE}</p>`);
  return `<section${page > 1 ? ' class="page"' : ''}><h2>Section ${page}</h2>${paragraphs.join('')}</section>`;
}

export async function printLongPdf(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const body = Array.from({ length: LONG_PDF_PAGES }, (_, i) => pageHtml(i + 1)).join('');
    await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${LONG_PDF_TITLE}</title>
<style>body { font: 11pt/1.4 "DejaVu Serif", serif; } .page { break-before: page; } p { margin: 0 0 8pt; }</style></head><body>${body}</body></html>`);
    return await page.pdf({
      format: 'A4',
      margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:8px;width:100%;text-align:center">Generated report</div>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
    });
  } finally {
    await page.close();
  }
}
