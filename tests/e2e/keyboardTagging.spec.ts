// Tagging without a mouse: the article has a caret; Shift+arrows and Ctrl+Shift+arrows select,
// C/D/A tag, and Ctrl+A selects the article rather than the whole window.
import { expect, test } from '@playwright/test';
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
