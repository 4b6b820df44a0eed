// A real PDF printed by Chromium (page.pdf) from HTML: running header and "Page n of N" footer
// dropped, a hyphenated word joined, two columns read in turn, Persian in logical order, a
// sentence across the page break in one piece. And anchoring's independence from pdf.js: the
// same pages split into items differently (as another pdf.js version may) leave stored
// annotations exactly where they were, and the Page view still finds the passage.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { anchorAnnotation, describeSelection } from '../../../shared/anchoring';
import { locateOnPage } from '../../../shared/import/pdfLocate';
import { pagesOfRange } from '../../../shared/import/pdfPages';
import { assemblePdfText, type PdfPageItems } from '../../../shared/import/pdfText';
import { createAnnotation } from '../../../shared/model';
import { draftPdfArticle } from '../../../renderer/features/pages/pdfArticle';
import { openPdf, readPageItems } from '../../../renderer/features/pages/pdfDocument';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium';
import { CROSSING, ON_PAGE_2, printReadoutPdf } from '../../e2e/pages/pdfSources';

let pdf: Uint8Array;

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) return;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  pdf = new Uint8Array(await printReadoutPdf(browser));
  await browser.close();
}, 60_000);


async function pagesOf(bytes: Uint8Array): Promise<PdfPageItems[]> {
  const document = await openPdf('readout.pdf', bytes);
  const pages: PdfPageItems[] = [];
  for (let n = 1; n <= document.numPages; n += 1) pages.push(await readPageItems('readout.pdf', document, n));
  await document.destroy();
  return pages;
}

/** Every item cut into one item per word, each placed where its share of the width puts it. */
function splitIntoWords(page: PdfPageItems): PdfPageItems {
  const items = page.items.flatMap((item) => {
    const words = item.str.split(/(?<= )/);
    let offset = 0;
    return words.map((word) => {
      const share = item.str.length ? word.length / item.str.length : 0;
      const piece = { ...item, str: word, x: item.x + (item.width * offset) / Math.max(1, item.str.length), width: item.width * share };
      offset += word.length;
      return piece;
    });
  });
  return { ...page, items };
}

describe.skipIf(!existsSync(CHROMIUM_PATH))('a PDF printed by Chromium', () => {
  it('reads as the article, in reading order, without running header and footer', async () => {
    const { draft, pageStarts } = await draftPdfArticle('readout.pdf', pdf);
    expect(draft.title).toBe('Readout of the Julfa border talks');
    expect(pageStarts).toHaveLength(3);
    expect(draft.text).not.toMatch(/Ministry of Foreign Affairs|Page \d of 3/);
    expect(draft.text).toContain('met for the international session');
    expect(draft.text).toContain(`After the first round, ${CROSSING} on Tuesday.`);
    expect(draft.text.indexOf('Left column:')).toBeLessThan(draft.text.indexOf('Right column:'));
    expect(draft.text).toMatch(/Left column: customs officers .* including holidays\.\n\nRight column:/);
    // Chromium's PDF drops the zero-width non-joiner of "می‌شود"; the letters are in logical order.
    expect(draft.text).toContain('وزارت امور خارجه اعلام کرد که گذرگاه مرزی جلفا بازگشایی می');
    const start = draft.text.indexOf(CROSSING);
    expect(pagesOfRange(pageStarts, start, start + CROSSING.length)).toEqual({ first: 1, last: 2 });
    const second = draft.text.indexOf(ON_PAGE_2);
    expect(pagesOfRange(pageStarts, second, second + ON_PAGE_2.length)).toEqual({ first: 2, last: 2 });
  });

  it('keeps stored annotations exact when pdf.js splits the pages into items differently', async () => {
    const { draft, pageStarts } = await draftPdfArticle('readout.pdf', pdf);
    const source = { id: 'readout', textHash: draft.textHash };
    const start = draft.text.indexOf(CROSSING);
    const annotation = createAnnotation({ source, placement: describeSelection(draft.text, start, start + CROSSING.length), kind: 'claim', author: 'Test' });

    const pages = await pagesOf(pdf);
    const resplit = pages.map(splitIntoWords);
    expect(resplit.reduce((n, p) => n + p.items.length, 0)).toBeGreaterThan(pages.reduce((n, p) => n + p.items.length, 0));
    // Anchoring reads the stored text, never a new extraction: the annotation stays exact.
    const anchored = anchorAnnotation(draft.text, annotation);
    expect(anchored.state).toBe('exact');
    expect(anchored).toMatchObject({ start: annotation.position.start, end: annotation.position.end });
    // A re-extraction would read the same here; and the Page view finds both parts on the re-split pages.
    expect(assemblePdfText(resplit).text).toBe(draft.text);
    const onPage1 = draft.text.slice(start, pageStarts[1]);
    const onPage2 = draft.text.slice(pageStarts[1], start + CROSSING.length);
    expect(locateOnPage(resplit[0]!, onPage1, 1).length).toBeGreaterThan(0);
    expect(locateOnPage(resplit[1]!, onPage2, 0).length).toBeGreaterThan(0);
    expect(locateOnPage(pages[1]!, 'a sentence nowhere on the page')).toEqual([]);
  });
});
