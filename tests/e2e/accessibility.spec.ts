// Every view passes axe with no serious or critical violation, in light and dark themes, at
// 1024×700 and at 1440×900. One page walks the views; each is checked in all four settings in place.
import { expect, test, type Page } from '@playwright/test';
import { ActorsPage } from './pages/ActorsPage';
import { DossierPage } from './pages/DossierPage';
import { FIRST, SECOND, tagPhrase } from './pages/dossierSteps';
import { ReaderPage } from './pages/ReaderPage';
import { fileWithConflict } from './pages/sharedConflict';
import { openSharedFile } from './pages/seedLibrary';
import { ClaimsPage, TimelinePage } from './pages/ViewsPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';
import { seriousFindings } from './pages/axeChecks';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
] as const;
const THEMES = ['light', 'dark'] as const;

/**
 * Checks the page as it is in every size and theme; returns the serious and critical findings.
 * A modal dialog is checked alone (`scope`): the page behind it is inert and checked on its own.
 */
async function seriousViolations(page: Page, view: string, scope?: string): Promise<string[]> {
  const found: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const colorScheme of THEMES) {
      await page.emulateMedia({ colorScheme });
      found.push(...(await seriousFindings(page, `${view} ${size.width}×${size.height} ${colorScheme}`, scope)));
    }
  }
  return found;
}

test('every view is accessible in light and dark, at 1024×700 and 1440×900', async ({ page }) => {
  test.setTimeout(300_000);
  const found: string[] = [];
  const check = async (view: string, scope?: string): Promise<void> => {
    found.push(...(await seriousViolations(page, view, scope)));
  };
  const checkDialog = (view: string): Promise<void> => check(view, 'dialog[open]');
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  const dossier = new DossierPage(workbench);
  await page.setViewportSize(SIZES[0]);
  await workbench.open();
  await check('library');

  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await check('reader');
  await reader.selectPhrase(FIRST.denial);
  await expect(reader.tagToolbar).toBeVisible();
  await check('tag toolbar');
  await page.keyboard.press('d');
  await expect(reader.editor).toBeVisible();
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(reader, FIRST.claim, 'c', 'Azerbaijan');
  await check('reader with an annotation selected');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await check('annotation list');

  await workbench.details.getByRole('group', { name: 'Add shown annotations to dossier' }).getByRole('button', { name: 'Add all 2 shown' }).click();
  await expect(page.getByRole('dialog', { name: 'New dossier' })).toBeVisible();
  await checkDialog('new dossier dialog');
  await dossier.fillNewDossier({ title: 'Accessible dossier', handling: 'Internal' });
  await dossier.showDossiers();
  await check('dossiers list');
  await dossier.open('Accessible dossier');
  await dossier.addNarrative();
  await check('composer');
  await dossier.composer.getByRole('button', { name: 'Outline' }).click();
  await check('composer outline');
  await dossier.composer.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export PDF' })).toBeVisible();
  await checkDialog('export PDF dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export a shared file' })).toBeVisible();
  await checkDialog('export dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Paste text…' }).click();
  await expect(page.getByRole('dialog', { name: 'Paste an article' })).toBeVisible();
  await checkDialog('paste dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await checkDialog('settings');
  await page.keyboard.press('Escape');

  const report = await openSharedFile(page, await fileWithConflict(), 'merged.dossier');
  await checkDialog('shared-file import report');
  await report.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Conflicts (1)' }).click();
  await expect(page.getByRole('dialog', { name: 'Conflicts' })).toBeVisible();
  await checkDialog('conflicts');
  await page.keyboard.press('Escape');

  await dossier.showLibrary();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await workbench.details.getByRole('button', { name: 'Delete article' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Delete article?' })).toBeVisible();
  await checkDialog('delete confirmation');
  expect(found).toEqual([]);
});

test('the search, find and cross-article views are accessible in light and dark, at both sizes', async ({ page }) => {
  test.setTimeout(300_000);
  const found: string[] = [];
  const check = async (view: string, scope?: string): Promise<void> => {
    found.push(...(await seriousViolations(page, view, scope)));
  };
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  const allAnnotations = reader.editor.getByRole('button', { name: '← All annotations' });
  await page.setViewportSize(SIZES[0]);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await tagPhrase(reader, FIRST.claim, 'c', 'Azerbaijan');
  await allAnnotations.click();
  await tagPhrase(reader, FIRST.denial, 'd', 'Iran');
  await allAnnotations.click();

  await page.keyboard.press('Control+f');
  const findBar = page.getByRole('search', { name: 'Find in article' });
  await expect(findBar).toBeVisible();
  await page.keyboard.type('Baku');
  await expect(findBar.getByRole('status')).toHaveText(/^1 of \d+$/);
  await check('find bar');
  await page.keyboard.press('Escape');

  const search = page.getByRole('toolbar', { name: 'Main actions' }).getByRole('combobox', { name: 'Search library' });
  await search.fill('Pezeshkian');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await check('search results');
  await search.fill('');
  const panel = page.getByRole('region', { name: 'Library search' });
  await panel.getByRole('button', { name: 'Filters' }).click();
  await panel.getByRole('group', { name: 'Kind' }).getByRole('button', { name: /Denials/ }).click();
  await expect(panel.getByRole('table').getByRole('row')).toHaveCount(2);
  await check('search filters and annotation table');
  await page.keyboard.press('Escape');

  await workbench.openArticle(SAMPLE_TITLES.airspace);
  await tagPhrase(reader, SECOND.denial, 'd', 'Ilham Aliyev');
  await allAnnotations.click();

  const actors = new ActorsPage(workbench);
  await actors.open();
  await check('actors');
  await actors.row('Iran').press('Enter');
  await expect(page.getByRole('region', { name: 'Iran' })).toBeVisible();
  await check('an actor\'s page');
  const claims = new ClaimsPage(workbench);
  await claims.show();
  await expect(claims.row(FIRST.claim)).toBeVisible();
  await check('claims');
  const timeline = new TimelinePage(workbench);
  await timeline.show();
  await expect(timeline.canvas).toBeVisible();
  await check('timeline');
  expect(found).toEqual([]);
});

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
