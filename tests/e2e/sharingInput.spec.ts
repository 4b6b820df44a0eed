// Shared files made from the real sample export: it imports whole into a fresh profile; every
// kind of damage is refused with its place in the file; markup stays text; a huge file is
// refused before it is read; dropping a .dossier file imports it.
import { closeSync, ftruncateSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

type Json = Record<string, unknown> & { annotations: Record<string, unknown>[]; links: Record<string, unknown>[] };
const SAMPLES = readFileSync(path.resolve(__dirname, '../../docs/examples/samples.dossier'), 'utf8');
const samples = (): Json => JSON.parse(SAMPLES) as Json;
const selectors = (file: Json): Record<string, unknown>[] =>
  (file.annotations[0]?.target as { selector: Record<string, unknown>[] }).selector;

async function openShared(page: Page, name: string, content: string | Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open shared file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('the sample export imports whole into a fresh profile, with no orphans', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await openShared(page, 'samples.dossier', SAMPLES);
  const report = page.getByRole('dialog', { name: 'Imported samples.dossier' });
  const summary = report.getByRole('table', { name: 'Import summary' });
  await expect(summary).toContainText('Added10');
  await expect(summary).toContainText('Orphans0');
  await expect(summary).toContainText('Conflicts0');
  await expect(summary).toContainText('Links added5');
  await expect(summary).toContainText('Dossiers added1');
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(2);
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  const reader = new ReaderPage(workbench);
  await expect(reader.listItem(/which Baku blamed on Iran/)).toContainText('Azerbaijan · 5 March 2026 (day)');
  await expect.poll(async () => (await reader.paintedTexts('dw-claim')).includes('which Baku blamed on Iran')).toBe(true);
});

test('damaged shared files are refused with the place of each problem', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const cases: readonly [string, (file: Json) => void, string][] = [
    ['missing.dossier', (f) => delete f.annotations[0]?.motivation, '$.annotations[0].motivation: must be "classifying" (missing)'],
    ['typed.dossier', (f) => void (f.annotations[0]!['dw:credibility'] = 'high'), "$.annotations[0]['dw:credibility']: is not any of the allowed forms"],
    ['offsets.dossier', (f) => Object.assign(selectors(f)[1]!, { start: 999999, end: 1000010 }), '$.annotations[0].target.selector[1].end: offset 1000010 is beyond the end of the source text'],
    ['quote.dossier', (f) => void (selectors(f)[0]!.exact = 'words that are not there'), '$.annotations[0].target.selector[0].exact: does not match the source text at 220–245'],
    ['dupe.dossier', (f) => void f.annotations.push({ ...f.annotations[0]! }), '$.annotations[10].id: duplicate annotation id'],
    ['dangling.dossier', (f) => void (f.links[0]!.toId = 'missing-annotation'), '$.links[0].toId: names annotation "missing-annotation", which is not in this file'],
  ];
  for (const [name, damage, message] of cases) {
    const file = samples();
    damage(file);
    await openShared(page, name, JSON.stringify(file));
    const notice = workbench.notification(`${name} was not imported; nothing was changed.`);
    await expect(notice).toContainText(message);
    await notice.getByRole('button', { name: 'Dismiss notification' }).click();
  }
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await expect(workbench.details).toContainText('No annotations yet');
});

test('markup in a text field is imported as text and never runs', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const file = samples();
  file.annotations[0]!['dw:actor'] = '<img src=x onerror="window.__pwned=1">IRGC';
  await openShared(page, 'markup.dossier', JSON.stringify(file));
  const report = page.getByRole('dialog', { name: 'Imported markup.dossier' });
  await expect(report.getByRole('region', { name: 'Notes' })).toContainText("$.annotations[0]['dw:actor']: contains HTML or script markup; it is kept as written and always shown as plain text");
  await report.getByRole('button', { name: 'Close' }).click();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  const reader = new ReaderPage(workbench);
  await expect(reader.listItem(/which Baku blamed on Iran/)).toContainText('<img src=x onerror="window.__pwned=1">IRGC');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('a 300 MB file is refused by its size, before it is read', async ({ page }, testInfo) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const huge = testInfo.outputPath('huge.dossier');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 300 * 1024 * 1024);
  closeSync(fd);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open shared file…' }).click();
  await (await chooser).setFiles(huge);
  await expect(workbench.notification('huge.dossier was not imported; nothing was changed.')).toContainText(
    'huge.dossier is 300.0 MB; shared files larger than 200.0 MB are refused',
  );
});

test('a .dossier file dropped on the window is imported as a shared file', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.dossier', { type: 'application/json' }));
    return transfer;
  }, SAMPLES);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('dialog', { name: 'Imported dropped.dossier' })).toContainText('Added10');
});
