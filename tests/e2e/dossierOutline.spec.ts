// A long dossier reordered in outline mode (one line per item): by keyboard with the move
// commands, by dragging, and by dragging to the pane's edge, which scrolls the pane.
import { expect, test, type Locator } from '@playwright/test';
import { DossierPage } from './pages/DossierPage';
import { seedLargeDossier } from './pages/dossierSteps';
import { WorkbenchPage } from './pages/WorkbenchPage';

const COUNT = 60;

async function openOutline(dossier: DossierPage): Promise<Locator> {
  await dossier.open(`Large dossier (${COUNT})`);
  await expect(dossier.items).toHaveCount(COUNT);
  const outline = dossier.composer.getByRole('button', { name: 'Outline' });
  await outline.click();
  await expect(outline).toHaveAttribute('aria-pressed', 'true');
  return outline;
}

/**
 * The items in the order the outline shows them, as 1-based positions in the seeded order. Passage
 * numbers follow the composed order, so an item is known by the rest of its name (its quote).
 */
async function order(dossier: DossierPage, seeded: readonly string[]): Promise<number[]> {
  return (await quotes(dossier)).map((quote) => seeded.indexOf(quote) + 1);
}

async function quotes(dossier: DossierPage): Promise<string[]> {
  return (await dossier.itemNames()).map((name) => name.replace(/^Passage \d+: /, ''));
}

test.beforeEach(async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await seedLargeDossier(page, COUNT);
});

test('outline mode shows one line per item, reorders from the keyboard and is remembered', async ({ page }) => {
  const dossier = new DossierPage(new WorkbenchPage(page));
  await openOutline(dossier);
  const seeded = await quotes(dossier);
  expect(new Set(seeded).size).toBe(COUNT);
  const heights = await dossier.items.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().height));
  // One line each: no quote, no commentary field, no card.
  expect(Math.max(...heights)).toBeLessThan(40);
  await expect(dossier.composer.getByRole('textbox', { name: /^Commentary/ })).toHaveCount(0);
  await expect(dossier.items.first()).toContainText('Passage 1');

  await dossier.items.first().focus();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => order(dossier, seeded).then((o) => o.slice(0, 4))).toEqual([2, 3, 1, 4]);
  // Passage numbers follow the composed order; the moved item keeps focus.
  await expect(dossier.items.nth(2)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => order(dossier, seeded).then((o) => o.slice(0, 4))).toEqual([2, 1, 3, 4]);

  await page.reload();
  await expect(dossier.composer.getByRole('button', { name: 'Outline' })).toHaveAttribute('aria-pressed', 'true');
  await expect(dossier.items).toHaveCount(COUNT);
});

test('in outline mode an item is dragged to a new place, and dragging to the edge scrolls the pane', async ({ page }) => {
  const dossier = new DossierPage(new WorkbenchPage(page));
  await openOutline(dossier);
  const seeded = await quotes(dossier);
  const handle = (n: number): Locator => dossier.items.nth(n).getByTitle('Drag to move');
  const pane = dossier.composer;
  const box = await pane.boundingBox();
  if (!box) throw new Error('the composer has no box');
  const scrollTop = (): Promise<number> => pane.evaluate((element) => element.scrollTop);

  // Held near the bottom edge, the drag scrolls the pane until the end of the dossier is in view.
  // 40 px from the edge: Chromium's own drag autoscroll only acts in the last 20 px, after a pause.
  expect(await scrollTop()).toBe(0);
  await handle(0).hover();
  await page.mouse.down();
  await dossier.items.nth(2).hover();
  await page.mouse.move(box.x + 80, box.y + box.height - 40, { steps: 8 });
  await expect.poll(scrollTop).toBeGreaterThan(0);
  const left = (): Promise<number> => pane.evaluate((element) => element.scrollHeight - element.clientHeight - element.scrollTop);
  await expect.poll(left, { timeout: 30_000 }).toBeLessThan(2);
  // Further from the edge, then dropped: the first passage lands far down the dossier.
  await page.mouse.move(box.x + 80, box.y + box.height - 120, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => (await order(dossier, seeded)).indexOf(1)).toBeGreaterThan(20);
  expect((await order(dossier, seeded))[0]).toBe(2);

  // The item now second, dropped on the lower half of the fifth, goes after it.
  await pane.evaluate((element) => element.scrollTo({ top: 0 }));
  await handle(1).dragTo(dossier.items.nth(4), { targetPosition: { x: 60, y: 18 } });
  await expect.poll(() => order(dossier, seeded).then((o) => o.slice(0, 6))).toEqual([2, 4, 5, 6, 3, 7]);
});
