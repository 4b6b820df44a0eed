// Managing dossiers: the grouped views, annotation edits flowing into a dossier, a deleted
// passage flagged and left out of the PDF, and rename, duplicate and delete with undo.
import { expect, test } from '@playwright/test';
import { DossierPage } from './pages/DossierPage';
import { expectAccessible } from './pages/axeChecks';
import { FIRST, tagPhrase } from './pages/dossierSteps';
import { ReaderPage } from './pages/ReaderPage';
import { enterAnalystName, exportDossierAsStix } from './pages/stixExport';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

test('views by kind, actor and date; edits flow through; a deleted passage is flagged and left out; rename, duplicate, delete', async ({ page }) => {
  test.setTimeout(120_000);
  // In the dark theme, so the accessibility checks below cover its contrast too.
  await page.emulateMedia({ colorScheme: 'dark' });
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  const dossier = new DossierPage(workbench);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await tagPhrase(reader, FIRST.claim, 'c', 'Azerbaijan');
  await reader.fill('Event date', '2026-03-05');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(reader, FIRST.denial, 'd', 'Masoud Pezeshkian');
  await reader.fill('Event date', '2026-03-08');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(reader, FIRST.action, 'a', 'Azerbaijan');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();

  // With no dossier yet, adding asks for a new one.
  const addShown = workbench.details.getByRole('group', { name: 'Add shown annotations to dossier' });
  await expect(addShown.getByRole('combobox', { name: 'Dossier to add to' }).locator('option:checked')).toHaveText('New dossier…');
  await addShown.getByRole('button', { name: 'Add all 3 shown' }).click();
  await expect(page.getByRole('dialog', { name: 'New dossier' })).toBeVisible();
  await expectAccessible(page, 'new dossier dialog');
  await dossier.fillNewDossier({ title: 'Nakhchivan' });
  await expect(workbench.status).toHaveText('Added 3 passages to “Nakhchivan”.');
  await dossier.open('Nakhchivan');

  const view = dossier.composer.getByRole('group', { name: /^View/ });
  await view.getByRole('radio', { name: 'By kind' }).check();
  await expect(dossier.composer.getByRole('heading', { level: 3 })).toHaveText(['Claims (1)', 'Denials (1)', 'Actions (1)']);
  await expectAccessible(page, 'dossier grouped by kind');
  await view.getByRole('radio', { name: 'By actor' }).check();
  await expect(dossier.composer.getByRole('heading', { level: 3 })).toHaveText(['Azerbaijan (2)', 'Masoud Pezeshkian (1)']);
  await view.getByRole('radio', { name: 'By event date' }).check();
  await expect(dossier.composer.getByRole('heading', { level: 3 })).toHaveText(['5 March 2026 (day) (1)', '8 March 2026 (day) (1)', 'Undated (1)']);
  await view.getByRole('radio', { name: 'As composed' }).check();

  // An edit made in the annotation editor shows in the dossier at once.
  await dossier.item(/^Passage 1/).getByRole('button', { name: 'Edit annotation: passage 1' }).click();
  await reader.fill('Actor', 'Ministry of Foreign Affairs');
  await expect(dossier.item(/^Passage 1/)).toContainText('Ministry of Foreign Affairs');

  // Deleting the annotation leaves a flagged, unnumbered item that exports leave out; undo restores it.
  await reader.editor.getByRole('button', { name: 'Delete annotation' }).click();
  await expect(dossier.items.first()).toHaveAccessibleName('Missing passage');
  await expect(dossier.items.first().getByRole('note')).toContainText('was deleted');
  await expect(dossier.items.nth(1)).toHaveAccessibleName(/^Passage 1: /);
  await dossier.composer.getByRole('button', { name: 'Export PDF…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expectAccessible(page, 'export dialog');
  await exportDialog.getByRole('button', { name: 'Export PDF' }).click();
  await expect(exportDialog).toContainText('1 passage was left out: its annotation was deleted.');
  const pdf = await dossier.printToPdf('dossier-missing');
  expect(pdf.flat).not.toContain(`“${FIRST.denial}”`);
  expect(pdf.flat).toContain(`“${FIRST.claim}”`);
  await exportDialog.getByRole('button', { name: 'Close' }).click();
  // As STIX too, the deleted passage is left out of the dossier's report, and the bundle is valid.
  await enterAnalystName(page, 'Sample Analyst');
  const withoutDeleted = await exportDossierAsStix(page, 'Nakhchivan');
  expect(withoutDeleted.objects.find((o) => o.type === 'report' && o.name === 'Nakhchivan')?.object_refs).toHaveLength(2);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(dossier.items.first()).toHaveAccessibleName(/^Passage 1: Denial/);

  // Rename on the title page, with undo.
  const title = dossier.composer.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill('Nakhchivan strikes');
  await title.press('Enter');
  await expect(dossier.composer.getByRole('heading', { level: 2 })).toHaveText('Nakhchivan strikes');
  await expect(dossier.list.getByRole('button', { name: /^Nakhchivan strikes/ })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(dossier.composer.getByRole('heading', { level: 2 })).toHaveText('Nakhchivan');

  // Duplicate opens the copy; deleting it can be undone from the notice.
  await dossier.list.getByRole('button', { name: 'Duplicate “Nakhchivan”' }).click();
  await expect(dossier.composer.getByRole('heading', { level: 2 })).toHaveText('Nakhchivan (copy)');
  await expect(dossier.items).toHaveCount(3);
  await dossier.list.getByRole('button', { name: 'Delete “Nakhchivan (copy)”' }).click();
  await expect(dossier.composer.getByRole('heading', { level: 2 })).toHaveText('Dossier not found');
  await expect(dossier.list.getByRole('listitem')).toHaveCount(1);
  await workbench.notification('Deleted the dossier').getByRole('button', { name: 'Undo' }).click();
  await expect(dossier.list.getByRole('listitem')).toHaveCount(2);
  await expect(dossier.composer.getByRole('heading', { level: 2 })).toHaveText('Nakhchivan (copy)');
  await expectAccessible(page, 'dossier list and composer');

  // Both dossiers as STIX bundles: valid, with all three passages.
  for (const title of ['Nakhchivan', 'Nakhchivan (copy)']) {
    const bundle = await exportDossierAsStix(page, title);
    expect(bundle.objects.find((o) => o.type === 'report' && o.name === title)?.object_refs).toHaveLength(3);
  }
});
