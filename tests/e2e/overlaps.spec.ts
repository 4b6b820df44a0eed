// Overlapping highlights of different kinds stay visible together: each kind draws its line at
// its own depth, so the pixels under the overlap show both kinds' line colours.
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

/** The page's colour for a CSS variable, as [r, g, b]. */
async function cssColour(page: Page, variable: string): Promise<[number, number, number]> {
  const value = await page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${name})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, variable);
  const [r = 0, g = 0, b = 0] = (value.match(/\d+/g) ?? []).map(Number);
  return [r, g, b];
}

/** Per pixel row of the screenshot, how many pixels are within `tolerance` of the colour. */
function rowsNear(png: PNG, [r, g, b]: [number, number, number], tolerance = 40): number[] {
  const rows = new Array<number>(png.height).fill(0);
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      const i = (y * png.width + x) * 4;
      const distance = Math.abs((png.data[i] ?? 0) - r) + Math.abs((png.data[i + 1] ?? 0) - g) + Math.abs((png.data[i + 2] ?? 0) - b);
      if (distance <= tolerance) rows[y] = (rows[y] ?? 0) + 1;
    }
  }
  return rows;
}

/** The row where a colour is densest: where that kind's line runs. */
function lineRow(rows: readonly number[]): number {
  return rows.indexOf(Math.max(...rows));
}

test('where a denial and a claim overlap, both kinds’ lines are drawn', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await reader.selectPhrase('officially denied Tehran’s involvement');
  await page.keyboard.press('d');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await reader.selectPhrase('Tehran’s involvement in the drone strikes');
  await page.keyboard.press('c');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await expect.poll(() => reader.paintedTexts('dw-claim')).toEqual(['Tehran’s involvement in the drone strikes']);
  await page.evaluate(() => document.getSelection()?.removeAllRanges());

  // The overlap's box on screen, with room below the text for the lines.
  const box = await workbench.articleText().evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('Tehran’s involvement') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'Tehran’s involvement'.length);
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left, y: rect.top, width: rect.width, height: rect.height + 14 };
    }
    return null;
  });
  if (!box) throw new Error('overlap not on screen');
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  const claimRows = rowsNear(png, await cssColour(page, '--claim-line'));
  const denialRows = rowsNear(png, await cssColour(page, '--denial-line'));
  // Each line runs across most of the phrase, and at its own depth: drawn on the same row, the
  // later line would cover the earlier one.
  expect(Math.max(...claimRows)).toBeGreaterThan(box.width / 2);
  expect(Math.max(...denialRows)).toBeGreaterThan(box.width / 4);
  expect(Math.abs(lineRow(claimRows) - lineRow(denialRows))).toBeGreaterThanOrEqual(3);
});
