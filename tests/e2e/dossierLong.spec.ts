// Working on a long dossier: a new narrative section goes after the item the analyst was on, and
// a collapsed title page stays collapsed.
import { expect, test } from '@playwright/test';
import { DossierPage } from './pages/DossierPage';
import { FIRST, tagPhrase } from './pages/dossierSteps';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

test('a new narrative section goes after the focused item; the title page stays collapsed', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  const dossier = new DossierPage(workbench);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await tagPhrase(reader, FIRST.claim, 'c', 'Azerbaijan');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(reader, FIRST.denial, 'd', 'Masoud Pezeshkian');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(reader, FIRST.action, 'a', 'Azerbaijan');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await workbench.details.getByRole('group', { name: 'Add shown annotations to dossier' }).getByRole('button', { name: 'Add all 3 shown' }).click();
  await dossier.fillNewDossier({ title: 'Long dossier' });
  await dossier.open('Long dossier');
  await expect(dossier.items).toHaveCount(3);

  // On passage 1, "Add narrative section" puts the section second, not last.
  await dossier.items.first().focus();
  await dossier.composer.getByRole('toolbar', { name: 'Dossier actions' }).getByRole('button', { name: 'Add narrative section' }).click();
  await expect(dossier.items).toHaveCount(4);
  const names = await dossier.itemNames();
  expect(names[0]).toMatch(/^Passage 1/);
  expect(names[1]).toMatch(/^Narrative section/);
  expect(names[2]).toMatch(/^Passage 2/);

  const titlePage = dossier.composer.getByRole('button', { name: 'Title page' });
  await expect(titlePage).toHaveAttribute('aria-expanded', 'true');
  await titlePage.click();
  await expect(titlePage).toHaveAttribute('aria-expanded', 'false');
  await page.reload();
  await expect(dossier.composer.getByRole('heading', { level: 2 })).toHaveText('Long dossier');
  await expect(dossier.composer.getByRole('button', { name: 'Title page' })).toHaveAttribute('aria-expanded', 'false');
});
