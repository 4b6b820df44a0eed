// At 1024×700 nothing scrolls sideways, in any view: the side panes collapse to toggles (which
// work and are remembered), the composer and the dialogs reflow.
import { expect, test, type Page } from '@playwright/test';
import { DossierPage } from './pages/DossierPage';
import { FIRST, tagPhrase } from './pages/dossierSteps';
import { ReaderPage } from './pages/ReaderPage';
import { openSharedFile } from './pages/seedLibrary';
import { fileWithConflict } from './pages/sharedConflict';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

/** Elements wider than their box that scroll (or would scroll the page) sideways, by a short description. */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement;
    if (root && root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element);
      if (!['auto', 'scroll'].includes(style.overflowX) || element.clientWidth === 0) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        const name = element.getAttribute('aria-label') ?? element.className;
        const edge = element.getBoundingClientRect().right;
        const widest = [...element.querySelectorAll<HTMLElement>('*')].filter((e) => e.getBoundingClientRect().right > edge + 1).slice(0, 8).map((e) => `${e.tagName}.${e.className}[${(e.textContent ?? '').slice(0, 20)}]`);
        found.push(`${element.tagName.toLowerCase()} ${name} ${element.scrollWidth} > ${element.clientWidth} ${widest.join(' ')}`);
      }
    }
    return found;
  });
}

async function expectNoSidewaysScroll(page: Page, view: string): Promise<void> {
  expect(await sidewaysScrollers(page), view).toEqual([]);
}

test.use({ viewport: { width: 1024, height: 700 } });

test('at 1024×700 no view scrolls sideways, with the side panes shown or folded away', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  const dossier = new DossierPage(workbench);
  await workbench.open();
  await expectNoSidewaysScroll(page, 'library');
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await expectNoSidewaysScroll(page, 'reader');
  await tagPhrase(reader, FIRST.claim, 'c', 'Azerbaijan');
  await expectNoSidewaysScroll(page, 'annotation editor');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await workbench.details.getByRole('group', { name: 'Add shown annotations to dossier' }).getByRole('button', { name: 'Add the one shown' }).click();
  await dossier.fillNewDossier({ title: 'Small window dossier with a title long enough to wrap', handling: 'Internal' });
  await dossier.open('Small window dossier with a title long enough to wrap');
  await dossier.addNarrative();
  // Both side panes shown leave the centre its narrowest: the composer reflows into it.
  await expectNoSidewaysScroll(page, 'composer between both panes');
  await dossier.composer.getByRole('button', { name: 'Outline' }).click();
  await expectNoSidewaysScroll(page, 'composer outline');
  await page.getByRole('button', { name: 'Show library' }).click();
  await page.getByRole('button', { name: 'Show details' }).click();
  await expectNoSidewaysScroll(page, 'composer alone');

  await dossier.composer.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export PDF' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'export PDF dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'settings');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export a shared file' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'export dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Paste text…' }).click();
  await expect(page.getByRole('dialog', { name: 'Paste an article' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'paste dialog');
  await page.keyboard.press('Escape');

  const report = await openSharedFile(page, await fileWithConflict(), 'merged.dossier');
  await expectNoSidewaysScroll(page, 'import report');
  await report.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Conflicts (1)' }).click();
  await expect(page.getByRole('dialog', { name: 'Conflicts' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'conflicts');
  await page.keyboard.press('Escape');
});

test('in a narrow window the side panes fold to toggles that are remembered', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await page.goto('/');
  const showLibrary = page.getByRole('button', { name: 'Show library' });
  const showDetails = page.getByRole('button', { name: 'Show details' });
  // With nothing open the library shows, as that is where the analyst starts; the details too.
  await expect(showLibrary).toHaveAttribute('aria-expanded', 'true');
  await expect(workbench.library).toBeVisible();
  await expect(showDetails).toHaveAttribute('aria-expanded', 'true');
  await expect(workbench.details).toBeVisible();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);

  // Folded on the analyst's word, and remembered.
  await showLibrary.click();
  await expect(showLibrary).toHaveAttribute('aria-expanded', 'false');
  await expect(workbench.library).toBeHidden();
  await showDetails.click();
  await expect(showDetails).toHaveAttribute('aria-expanded', 'false');
  await expect(workbench.details).toBeHidden();
  await page.reload();
  await expect(page.getByRole('main').getByRole('textbox', { name: 'Article text' })).toBeVisible();
  await expect(showLibrary).toHaveAttribute('aria-expanded', 'false');
  await expect(workbench.library).toBeHidden();
  await expect(showDetails).toHaveAttribute('aria-expanded', 'false');
  await expect(workbench.details).toBeHidden();

  await showLibrary.click();
  await expect(workbench.library).toBeVisible();
  await expectNoSidewaysScroll(page, 'reader with the library');

  // The smallest window the desktop app allows, both side panes shown: they give way to the centre.
  await showDetails.click();
  await page.setViewportSize({ width: 720, height: 480 });
  await expect(workbench.details).toBeVisible();
  await expectNoSidewaysScroll(page, 'reader in the smallest window');

  // A wide window shows both panes, without toggles.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(showLibrary).toHaveCount(0);
  await expect(workbench.library).toBeVisible();
  await expect(workbench.details).toBeVisible();
});
