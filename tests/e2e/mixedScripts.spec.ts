// Mixed scripts: Persian and English joined without one running into the other, the language
// of an imported article detected and set on its text, and one way of writing dates, with a
// Solar Hijri event date caught and converted.
import { expect, test } from '@playwright/test';
import { DossierPage } from './pages/DossierPage';
import { tagPhrase } from './pages/dossierSteps';
import { importTextFile, PERSIAN, RUSSIAN } from './pages/mixedScripts';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

test('a Persian title is isolated in the library row, the status line, the dossier citation and the PDF', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  const dossier = new DossierPage(workbench);
  await workbench.open();
  await importTextFile(workbench, 'tasnim.txt', PERSIAN.file, PERSIAN.title);
  await workbench.openArticle(PERSIAN.title);

  await workbench.detailsField('Published date').fill('2025-03-11');
  await workbench.details.getByRole('button', { name: 'Save details' }).click();
  await expect(workbench.status).toHaveText(`Saved details of “${PERSIAN.title}”.`);
  // The title is its own isolate: the full stop and the closing mark stay where English puts them.
  await expect(workbench.status.locator('bdi')).toHaveText(PERSIAN.title);
  const row = workbench.article(PERSIAN.title);
  await expect(row).toContainText('Tasnim · 11 March 2025 · 0 annotations');
  await expect(row.locator('bdi').first()).toHaveText(PERSIAN.publisher);

  await tagPhrase(reader, PERSIAN.phrase, 'd', 'Masoud Pezeshkian');
  await expect(reader.editor.getByRole('blockquote')).toHaveAttribute('lang', 'fa');
  await dossier.addControl(reader.editor).getByRole('button', { name: 'Add to dossier' }).click();
  await dossier.fillNewDossier({ title: 'Nakhchivan strikes' });
  await expect(workbench.status).toHaveText('Added 1 passage to “Nakhchivan strikes”.');
  await dossier.open('Nakhchivan strikes');
  const card = dossier.items.first();
  // The known bug: the publisher printed inside the Persian title's quotation marks.
  await expect(card).toContainText(`“${PERSIAN.title}”, ${PERSIAN.publisher}, 11 March 2025.`);
  const isolates = card.getByRole('paragraph').filter({ hasText: 'Reliability' }).locator('bdi');
  await expect(isolates).toHaveText([PERSIAN.title, PERSIAN.publisher]);
  await expect(card.getByRole('blockquote')).toHaveAttribute('lang', 'fa');

  // In the PDF too: the publisher and the date (as written everywhere) after the title, not in it.
  await dossier.exportPdf('A4');
  const pdf = await dossier.printToPdf('persian-citation');
  expect(pdf.flat).toContain(', Tasnim, 11 March 2025.');
  // The known bug's twin: a contents entry ran the Persian quote into the title after it.
  const contents = page.getByRole('navigation', { name: 'Contents', includeHidden: true });
  await expect(contents.getByRole('link', { includeHidden: true }).locator('bdi')).toHaveText([PERSIAN.phrase, PERSIAN.title]);
});

test('the language of an imported article is detected, set on its text, and the analyst can change it', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await importTextFile(workbench, 'tasnim.txt', PERSIAN.file, PERSIAN.title);
  await workbench.openArticle(PERSIAN.title);
  await expect(workbench.detailsField('Language')).toHaveValue('fa');
  await expect(workbench.articleText()).toHaveAttribute('lang', 'fa');
  await expect(workbench.reader.getByRole('heading', { name: PERSIAN.title })).toHaveAttribute('lang', 'fa');

  await importTextFile(workbench, 'ria.txt', RUSSIAN.file, RUSSIAN.title);
  await workbench.openArticle(RUSSIAN.title);
  await expect(workbench.detailsField('Language')).toHaveValue('ru');
  await expect(workbench.articleText()).toHaveAttribute('lang', 'ru');

  // The analyst knows better: the text is Ukrainian-edited, say.
  await workbench.detailsField('Language').fill('uk');
  await workbench.details.getByRole('button', { name: 'Save details' }).click();
  await expect(workbench.status).toHaveText(`Saved details of “${RUSSIAN.title}”.`);
  await expect(workbench.articleText()).toHaveAttribute('lang', 'uk');

  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await expect(workbench.articleText()).toHaveAttribute('lang', 'en');
});

test('dates read one way everywhere, with their precision, and a Solar Hijri event date is converted', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  await workbench.open();
  await expect(workbench.article(SAMPLE_TITLES.nakhchivan)).toContainText('9 March 2026');
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await tagPhrase(reader, 'which Baku blamed on Iran', 'c', 'Azerbaijan');

  await reader.fill('Event date', '1403-12-21');
  const warning = reader.editor.getByRole('alert');
  await expect(warning).toContainText('1403-12-21 cannot be a Gregorian date here; as a Solar Hijri date it is 11 March 2025.');
  await warning.getByRole('button', { name: 'Use 2025-03-11' }).click();
  await expect(reader.field('Event date')).toHaveValue('2025-03-11');
  await expect(warning).toBeHidden();
  await expect(reader.editor).toContainText('Shown as 11 March 2025 (day).');

  await reader.fill('Event date', '2026-03');
  await reader.field('Date precision').selectOption('month');
  await expect(reader.editor).toContainText('Shown as March 2026 (month).');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await expect(reader.annotationList.getByRole('button', { name: /which Baku blamed on Iran/ })).toContainText('Azerbaijan · March 2026 (month)');
});
