// Every view passes axe with no serious or critical violation, in light and dark themes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${view}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every view is accessible in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    await expectNoSeriousViolations(page, 'library');

    await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
    await expectNoSeriousViolations(page, 'reader');

    const reader = new ReaderPage(workbench);
    await reader.selectPhrase('which Baku blamed on Iran');
    await expect(reader.tagToolbar).toBeVisible();
    await expectNoSeriousViolations(page, 'tag toolbar');
    await page.keyboard.press('c');
    await expect(reader.editor).toBeVisible();
    await expectNoSeriousViolations(page, 'annotation editor');
    await reader.editor.getByRole('button', { name: '← All annotations' }).click();
    await expectNoSeriousViolations(page, 'annotation list');

    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('dialog', { name: 'Export a shared file' })).toBeVisible();
    await expectNoSeriousViolations(page, 'export dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Paste text…' }).click();
    await expect(page.getByRole('dialog', { name: 'Paste an article' })).toBeVisible();
    await expectNoSeriousViolations(page, 'paste dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    await expectNoSeriousViolations(page, 'settings');
    await page.keyboard.press('Escape');

    await workbench.details.getByRole('button', { name: 'Delete article' }).click();
    await expect(page.getByRole('alertdialog', { name: 'Delete article?' })).toBeVisible();
    await expectNoSeriousViolations(page, 'delete confirmation');
  });
}

test('the panes can be resized from the keyboard', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const splitter = page.getByRole('separator', { name: 'Resize library pane' });
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 32));
});
