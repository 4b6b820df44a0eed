// Tagging without a mouse: the article has a caret; Shift+arrows and Ctrl+Shift+arrows select,
// C/D/A tag, and Ctrl+A selects the article rather than the whole window.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseExchangeText } from '../../shared/exchange';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

test('a keyboard user moves the caret, selects words and tags them', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await workbench.articleText().focus();
  // The caret starts at the first paragraph in view; move past the first word, then select three.
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible();
  await page.keyboard.press('d');
  await expect(reader.editor).toHaveAccessibleName('Denial annotation');
  await expect(reader.editor.getByRole('blockquote')).toHaveText('President Masoud Pezeshkian');
  await expect.poll(() => reader.paintedTexts('dw-denial')).toEqual(['President Masoud Pezeshkian']);
});

test('Ctrl+A in the article selects the article only, ready to tag', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await workbench.articleText().focus();
  await page.keyboard.press('Control+a');
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  const article = await workbench.articleText().innerText();
  expect(selected.replace(/\s+/g, ' ').trim()).toBe(article.replace(/\s+/g, ' ').trim());
  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible();
});

test('focus is never dropped: list to editor, dialogs back to their opener, the library by arrows', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  await workbench.open();

  // The library moves with the arrow keys.
  const entries = workbench.articles.getByRole('button');
  await entries.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(entries.nth(1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(entries.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(workbench.articleText()).toBeVisible();

  // Tag from the keyboard, go back to the list, and Enter on the row moves focus into its editor.
  await workbench.articleText().focus();
  for (let i = 0; i < 2; i += 1) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('c');
  await expect(reader.editor).toHaveAccessibleName('Claim annotation');
  await reader.editor.getByRole('button', { name: '← All annotations' }).press('Enter');
  const row = reader.annotationList.getByRole('button').first();
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(reader.editor).toBeFocused();

  // Escape on a dialog returns focus to what opened it: a toolbar button, and the article.
  const settings = page.getByRole('toolbar', { name: 'Main actions' }).getByRole('button', { name: 'Settings' });
  await settings.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(settings).toBeFocused();
  await workbench.articleText().focus();
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(workbench.articleText()).toBeFocused();
});

test('keyboard only: open an article, select and tag a phrase, fill it in, add it to a dossier, export', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  await workbench.open();
  // Focus moves by keyboard (focus() stands in for Tab presses); nothing is clicked.
  await workbench.articles.getByRole('button', { name: SAMPLE_TITLES.nakhchivan }).focus();
  await page.keyboard.press('Enter');
  await workbench.articleText().focus();
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('c');
  await expect(reader.editor.getByRole('blockquote')).toHaveText('President Masoud Pezeshkian');

  await reader.field('Actor').focus();
  await page.keyboard.type('Masoud Pezeshkian');
  await page.keyboard.press('Tab');
  await expect(reader.field('Actor')).toHaveValue('Masoud Pezeshkian');

  await reader.editor.getByRole('group', { name: 'Add to dossier' }).getByRole('button', { name: 'Add to dossier' }).press('Enter');
  const newDossier = page.getByRole('dialog', { name: 'New dossier' });
  await expect(newDossier.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
  await page.keyboard.type('Keyboard dossier');
  await page.keyboard.press('Enter');
  await expect(newDossier).toHaveCount(0);

  // A shared file is signed: the name the toolbar asks for, given from the keyboard.
  const namePrompt = page.getByRole('form', { name: 'Your name' });
  await namePrompt.getByRole('textbox').focus();
  await page.keyboard.type('Keyboard Analyst');
  await page.keyboard.press('Enter');
  await expect(namePrompt).toHaveCount(0);

  // Open the dossier from the keyboard; the Export dialog starts from what is in view.
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('show dossiers');
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Dossiers' }).getByRole('button', { name: 'Keyboard dossier' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText('Keyboard dossier');
  await expect(page.getByRole('list', { name: 'Dossier items' }).locator(':scope > li')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+E');
  const exportDialog = page.getByRole('dialog', { name: 'Export a shared file' });
  await expect(exportDialog.getByRole('radio', { name: 'A dossier' })).toBeChecked();
  await expect(exportDialog.getByRole('combobox', { name: 'Dossier' })).toHaveValue(/.+/);
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export' }).press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toBe('Keyboard dossier.dossier');
  const parsed = await parseExchangeText(readFileSync(await file.path(), 'utf8'));
  expect(parsed.ok && parsed.content.annotations.map((a) => [a.quote.exact, a.actor])).toEqual([['President Masoud Pezeshkian', 'Masoud Pezeshkian']]);
});
