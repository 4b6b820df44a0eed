// Hostile input in the browser: a 10 MB page of 100,000 nested elements gets a message, a 1 MB
// Markdown line imports, and Cancel stops a shared-file import at once with nothing changed.
import { expect, test, type Page } from '@playwright/test';
import { generateSharedLibrary } from '../bench/data/sharedLibrary';
import { WorkbenchPage } from './pages/WorkbenchPage';

async function importArticle(page: Page, name: string, mimeType: string, content: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(content) });
}

test('a 10 MB page of 100,000 nested elements is refused with a message; 50,000 still import', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const article = '<p>Officials in Baku said the border crossing would reopen on Monday after talks with Tehran.</p>'.repeat(40);
  const padding = ' '.repeat(8 * 1024 * 1024);
  const deep = `<!doctype html><html><body>${'<div>'.repeat(100_000)}${article}${'</div>'.repeat(100_000)}${padding}</body></html>`;
  await importArticle(page, 'deep.html', 'text/html', deep);
  await expect(workbench.notification('could not be imported')).toContainText('deep.html has more than 100,000 HTML elements');

  const nested = `<!doctype html><html><head><title>Nested report</title></head><body>${'<div>'.repeat(50_000)}${article}${'</div>'.repeat(50_000)}</body></html>`;
  await importArticle(page, 'nested.html', 'text/html', nested);
  await expect(workbench.article('Nested report')).toBeVisible({ timeout: 60_000 });
});

test('a Markdown article of one 1 MB line of "*a " imports', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await importArticle(page, 'stars.md', 'text/markdown', `# Stars\n\n${'*a '.repeat(350_000)}`);
  await expect(workbench.article('Stars')).toBeVisible({ timeout: 30_000 });
});

test('Cancel stops a shared-file import while it is being checked, and nothing changes', async ({ page }) => {
  test.setTimeout(180_000);
  const shared = await generateSharedLibrary(200, 8_000);
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const before = await workbench.articles.getByRole('listitem').count();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open shared file…' }).click();
  await (await chooser).setFiles({ name: shared.fileName, mimeType: 'application/json', buffer: Buffer.from(shared.text) });
  const progress = page.getByRole('dialog', { name: `Importing ${shared.fileName}` });
  await progress.getByRole('button', { name: 'Cancel import' }).click();
  await expect(progress).toBeHidden();
  await expect(workbench.status).toContainText(`The import of ${shared.fileName} was cancelled; nothing was changed.`);
  await expect(page.getByRole('dialog', { name: `Imported ${shared.fileName}` })).toHaveCount(0);
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(before);
});
