// The library: first run, import by file, HTML with a script, pasted text, metadata, reload,
// delete and undo.
import { expect, test } from '@playwright/test';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

test('first run shows both sample articles with their detected metadata', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(2);
  await expect(workbench.article(SAMPLE_TITLES.nakhchivan)).toContainText('9 March 2026');
  await expect(workbench.article(SAMPLE_TITLES.airspace)).toContainText('undated');
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await expect(workbench.articleText()).toContainText('officially denied Tehran’s involvement in the drone strikes');
  await expect(workbench.articleText()).not.toContainText('date 2026-03-09');
  await expect(workbench.detailsField('Published date')).toHaveValue('2026-03-09');
});

test('imports a text file, refuses a duplicate, and keeps everything after a reload', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const file = {
    name: 'bayramov.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('title: Bayramov calls Araghchi\n\nAzərbaycan Xarici İşlər Nazirliyi: Bayramov said Baku will not allow its territory to be used.\r\n'),
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles(file);
  await expect(workbench.article('Bayramov calls Araghchi')).toBeVisible();
  await expect(workbench.articleText()).toContainText('Azərbaycan Xarici İşlər Nazirliyi');
  await expect(workbench.status).toHaveText('Imported 1 article.');

  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  await (await again).setFiles({ ...file, name: 'copy.txt' });
  await expect(workbench.notification('1 already in the library')).toContainText('copy.txt is already in the library as “Bayramov calls Araghchi”');
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(3);

  await page.reload();
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(3);
  await workbench.openArticle('Bayramov calls Araghchi');
  await expect(workbench.articleText()).toContainText('Bayramov said Baku will not allow');
});

test('an HTML file is reduced to its article text and its script never runs', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const html = `<!doctype html><html lang="en"><head><title>Hajiyev dismisses claims</title>
    <meta property="og:site_name" content="Caucasus Watch">
    <meta property="article:published_time" content="2025-06-27T10:00:00Z">
    <script>window.__pwned = true; document.title = 'pwned';</script></head>
    <body><nav>Home | World | Sport</nav><article><h1>Hajiyev dismisses claims</h1>
    <p>Azerbaijani presidential aide Hikmat Hajiyev dismissed such allegations as fake news and baseless accusations, saying that no agents had been recruited.</p>
    <p>He said on X that certain media and social media accounts had circulated entirely unfounded and fabricated claims. <img src=x onerror="window.__pwned = true"></p>
    <script>window.__pwned = true</script></article></body></html>`;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles({ name: 'hajiyev.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(workbench.article('Hajiyev dismisses claims')).toBeVisible();
  await expect(workbench.articleText()).toContainText('Hikmat Hajiyev dismissed such allegations');
  await expect(workbench.articleText()).not.toContainText('__pwned');
  await expect(workbench.detailsField('Publisher')).toHaveValue('Caucasus Watch');
  await expect(workbench.detailsField('Published date')).toHaveValue('2025-06-27');
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await expect(page).toHaveTitle('Dossier Workbench');
});

test('pasted text becomes an article; its metadata can be edited', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  await dialog.getByLabel('Title (optional)').fill('Persian readout');
  await dialog.getByLabel('Article text').fill('رئیس‌جمهور ایران با همتای آذربایجانی خود گفتگو کرد.\n\nThe readout in English follows.');
  await dialog.getByRole('button', { name: 'Import text' }).click();
  await expect(dialog).toBeHidden();
  await expect(workbench.article('Persian readout')).toBeVisible();
  const firstParagraph = workbench.articleText().locator('p').first();
  await expect(firstParagraph).toHaveAttribute('dir', 'auto');

  await workbench.detailsField('Title').fill('Pezeshkian–Aliyev call (Persian readout)');
  await workbench.detailsField('Publisher').fill('IRNA');
  await workbench.detailsField('Author').fill('Staff');
  await workbench.detailsField('URL').fill('https://example.org/readout');
  await workbench.detailsField('Language').fill('fa');
  await workbench.detailsField('Reliability').selectOption('C');
  await workbench.detailsField('Published date').fill('2025-06-26');
  await workbench.details.getByRole('button', { name: 'Save details' }).click();
  await expect(workbench.status).toHaveText('Saved details of “Pezeshkian–Aliyev call (Persian readout)”.');

  await page.reload();
  await workbench.openArticle('Pezeshkian–Aliyev call (Persian readout)');
  await expect(workbench.article('Pezeshkian–Aliyev call (Persian readout)')).toContainText('IRNA · 26 June 2025');
  await expect(workbench.detailsField('Reliability')).toHaveValue('C');
  await expect(workbench.detailsField('Language')).toHaveValue('fa');
});

test('a bad URL is named and nothing is saved', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.airspace);
  await workbench.detailsField('URL').fill('javascript:alert(1)');
  await workbench.details.getByRole('button', { name: 'Save details' }).click();
  await expect(workbench.details.getByRole('alert')).toContainText('URL must be an http(s) address');
  await page.reload();
  await workbench.openArticle(SAMPLE_TITLES.airspace);
  await expect(workbench.detailsField('URL')).toHaveValue('');
});

test('broken files get a message naming the problem and the good file still imports', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x42, 0x61, 0x6b, 0xfc, 0x20, 0xe7]) },
    { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
    { name: 'good.md', mimeType: 'text/markdown', buffer: Buffer.from('# Flights resume\n\nFlights from **Baku** to Nakhchivan resumed on Monday.') },
  ]);
  const notice = workbench.notification('could not be imported');
  await expect(notice).toContainText('Imported 1 article; 3 could not be imported.');
  await expect(notice).toContainText('empty.txt is empty (0 bytes).');
  await expect(notice).toContainText('latin1.txt is not valid UTF-8 text');
  await expect(notice).toContainText('photo.txt looks like a binary file');
  await expect(workbench.article('Flights resume')).toBeVisible();
  await expect(workbench.articleText()).toContainText('Flights from Baku to Nakhchivan resumed on Monday.');
});

test('deleting an article asks first and can be undone, from the notice and with Ctrl+Z', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.airspace);
  await workbench.details.getByRole('button', { name: 'Delete article' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete article?' });
  await expect(confirm).toContainText('0 annotations will be deleted');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(2);

  await workbench.details.getByRole('button', { name: 'Delete article' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'No article open' })).toBeVisible();
  await workbench.notification(/^Deleted/).getByRole('button', { name: 'Undo' }).click();
  await expect(workbench.article(SAMPLE_TITLES.airspace)).toBeVisible();

  await workbench.article(SAMPLE_TITLES.nakhchivan).focus();
  await page.keyboard.press('Delete');
  await page.getByRole('alertdialog', { name: 'Delete article?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(1);
  await expect(workbench.article(SAMPLE_TITLES.airspace)).toBeVisible();
});

test('filter and sort the library', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.library.getByRole('searchbox', { name: 'Filter library' }).fill('June 26');
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(1);
  await expect(workbench.article(SAMPLE_TITLES.airspace)).toBeVisible();
  await workbench.library.getByRole('searchbox', { name: 'Filter library' }).fill('no such words');
  await expect(workbench.library).toContainText('No article matches “no such words”.');
  await workbench.library.getByRole('searchbox', { name: 'Filter library' }).fill('');
  await workbench.library.getByLabel('Sort by').selectOption('published');
  await expect(workbench.articles.getByRole('button').first()).toHaveAccessibleName(SAMPLE_TITLES.nakhchivan);
});

test('switching articles never lets an edit land in the one open before', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await workbench.article(SAMPLE_TITLES.airspace).click();
  await workbench.detailsField('Title').fill('Airspace readout');
  await workbench.details.getByRole('button', { name: 'Save details' }).click();
  await expect(workbench.article('Airspace readout')).toContainText('undated');
  await expect(workbench.article(SAMPLE_TITLES.nakhchivan)).toContainText('9 March 2026');
});

test('the article open at the end is open again on the next start', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.airspace);
  await page.reload();
  await expect(workbench.reader.getByRole('heading', { level: 2 })).toHaveText(SAMPLE_TITLES.airspace);
  await expect(workbench.articleText()).toContainText('Aliyev denied these claims');
  await expect(workbench.article(SAMPLE_TITLES.airspace)).toHaveAttribute('aria-current', 'true');
});
