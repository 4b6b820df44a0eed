// PDF and Word sources in the browser: a PDF printed by Chromium imported through "Import
// files…", its pages marked in the reader's margin, a passage across a page break tagged and
// cited "pp. 1–2" in the exported dossier PDF (read back with pdftotext), the Page view with the
// passage highlighted, the original saved back byte for byte; a scan refused; a .docx imported.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { column, makeChinesePdf, makePdf, makeScanPdf } from '../unit/pages/pdfFixtures';
import { makeDocx } from '../unit/pages/docxFixture';
import { DossierPage } from './pages/DossierPage';
import { CROSSING, ON_PAGE_2, READOUT_TITLE, printReadoutPdf } from './pages/pdfSources';
import { ReaderPage } from './pages/ReaderPage';
import { tagPhrase } from './pages/dossierSteps';
import { WorkbenchPage } from './pages/WorkbenchPage';

async function importFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

/** Runs the one command whose title holds `words`, from the command palette. */
async function runFromPalette(page: Page, words: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill(words);
  await expect(palette.getByRole('listbox', { name: 'Commands' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
}

test('a PDF: pages in the margin, a passage across a page break cited "pp. 1–2" in the dossier PDF, the Page view, the original saved', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const pdf = await printReadoutPdf(browser);
  // pdf.js runs under the page's Content-Security-Policy unchanged: nothing it does is refused.
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  const dossier = new DossierPage(workbench);
  await workbench.open();

  await importFile(page, 'readout.pdf', 'application/pdf', pdf);
  await expect(workbench.article(READOUT_TITLE)).toBeVisible({ timeout: 30_000 });
  await expect(workbench.reader.getByRole('heading', { name: READOUT_TITLE })).toBeVisible();
  const marks = workbench.reader.getByRole('list', { name: 'Page boundaries' });
  await expect(marks.getByRole('listitem')).toHaveText(['p. 1', 'p. 2', 'p. 3']);
  await expect(workbench.articleText()).toContainText('met for the international session');
  await expect(workbench.articleText()).not.toContainText('Ministry of Foreign Affairs');
  await expect(workbench.articleText()).toContainText('گذرگاه مرزی جلفا');

  await tagPhrase(reader, ON_PAGE_2, 'a', 'Both sides');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(reader, CROSSING, 'c', 'Ministry');
  await dossier.addControl(reader.editor).getByRole('button', { name: 'Add to dossier' }).click();
  await dossier.fillNewDossier({ title: 'Julfa talks', author: 'A. Analyst' });

  // The Page view of the selected passage: page 1, where it begins, then page 2, where it ends.
  await workbench.reader.getByRole('group', { name: 'Original file' }).getByRole('button', { name: 'Page view' }).click();
  const pageView = page.getByRole('dialog', { name: 'Page 1 of 3' });
  await expect(pageView.getByRole('img', { name: 'Page 1 of the original PDF' })).toBeVisible();
  await expect(pageView.getByRole('status')).toHaveText('The selected passage is highlighted on the original page.');
  await expect(pageView.getByLabel('Selected passage').first()).toBeVisible();
  await pageView.getByRole('button', { name: 'Next page' }).click();
  const second = page.getByRole('dialog', { name: 'Page 2 of 3' });
  await expect(second.getByRole('status')).toHaveText('The selected passage is highlighted on the original page.');
  await second.getByRole('button', { name: 'Close' }).click();
  await expect(second).toBeHidden();
  // The same from the command palette (and so from the View menu).
  await runFromPalette(page, 'show page view');
  await expect(page.getByRole('dialog', { name: 'Page 1 of 3' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Page 1 of 3' }).getByRole('button', { name: 'Close' }).click();

  // Save original file…: the bytes as imported.
  const download = page.waitForEvent('download');
  await workbench.reader.getByRole('button', { name: 'Save original file…' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('readout.pdf');
  expect(Buffer.compare(readFileSync(await saved.path()), pdf)).toBe(0);

  // The other passage too, then the dossier's PDF cites pages.
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await reader.listItem(new RegExp(ON_PAGE_2)).click();
  await dossier.addControl(reader.editor).getByRole('button', { name: 'Add to dossier' }).click();
  await expect(workbench.status).toHaveText('Added 1 passage to “Julfa talks”.');
  await dossier.open('Julfa talks');
  await expect(dossier.items).toHaveCount(2);
  await dossier.exportPdf('A4', 'Detailed');
  const printed = await dossier.printToPdf('julfa-talks');
  expect(printed.flat).toContain('pp. 1–2');
  expect(printed.flat).toContain('p. 2.');
  expect(refused).toEqual([]);
});

test('a PDF article shared with a colleague keeps its pages: their reader marks them too', async ({ page, browser }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const pdf = await makePdf([column([['The envoys met in Julfa on Monday.']], 60, 80), column([['They agreed to reopen the crossing.']], 60, 80)], { title: 'Julfa meeting' });
  await importFile(page, 'julfa.pdf', 'application/pdf', Buffer.from(pdf));
  await expect(workbench.article('Julfa meeting')).toBeVisible({ timeout: 30_000 });
  await workbench.openArticle('Julfa meeting');
  await workbench.setAnalystName('Leyla');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a shared file' });
  await dialog.getByRole('radio', { name: /This article’s annotations/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const shared = readFileSync(await (await download).path());

  const colleague = await (await browser.newContext()).newPage();
  const theirs = new WorkbenchPage(colleague);
  await theirs.open();
  const chooser = colleague.waitForEvent('filechooser');
  await colleague.getByRole('button', { name: 'Open shared file…' }).click();
  await (await chooser).setFiles({ name: 'julfa.dossier', mimeType: 'application/json', buffer: shared });
  await colleague.getByRole('dialog', { name: 'Imported julfa.dossier' }).getByRole('button', { name: 'Close' }).click();
  await theirs.openArticle('Julfa meeting');
  await expect(theirs.reader.getByRole('list', { name: 'Page boundaries' }).getByRole('listitem')).toHaveText(['p. 1', 'p. 2']);
});

test('a scan without a text layer is refused with a message; nothing is added', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const before = await workbench.articles.getByRole('listitem').count();
  await importFile(page, 'scan.pdf', 'application/pdf', Buffer.from(await makeScanPdf()));
  await expect(workbench.notification('could not be imported')).toContainText('scan.pdf has no text layer: it looks like a scanned image');
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(before);
});

test('Chinese in a font the PDF does not embed is read through the CMaps the app ships, not refused as a scan', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const lines = ['中华人民共和国外交部发言人', '阿塞拜疆与伊朗边境局势'];
  await importFile(page, 'readout-zh.pdf', 'application/pdf', Buffer.from(await makeChinesePdf(lines, 'Spokesperson’s remarks')));
  await expect(workbench.article('Spokesperson’s remarks')).toBeVisible({ timeout: 30_000 });
  for (const line of lines) await expect(workbench.articleText()).toContainText(line);
});

test('a Word document imports with its headings, list and footnote, title and author from its properties', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await importFile(page, 'statement.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from(await makeDocx()));
  await expect(workbench.article('Statement on the border incident')).toBeVisible({ timeout: 30_000 });
  await expect(workbench.articleText()).toContainText('The ministry said the patrol never crossed the line.');
  await expect(workbench.articleText()).toContainText('Second point of the statement.');
  await expect(workbench.articleText()).toContainText('Transcript published by the ministry.');
  await expect(workbench.detailsField('Author')).toHaveValue('Leyla Məmmədova');
  await expect(workbench.reader.getByRole('button', { name: 'Save original file…' })).toBeVisible();
  await expect(workbench.reader.getByRole('button', { name: 'Page view' })).toHaveCount(0);
  await runFromPalette(page, 'show page view');
  await expect(workbench.notification('has no pages')).toContainText('“Statement on the border incident” was not imported from a PDF, so it has no pages to show.');
});
