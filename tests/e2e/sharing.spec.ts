// Sharing between two analysts, each a browser profile of their own: export, import into the
// other library, undo an import, a conflict resolved side by side, an alias merge carried across,
// and bad files refused.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parseExchangeText } from '../../shared/exchange';
import { ActorsPage } from './pages/ActorsPage';
import { tagPhrase } from './pages/dossierSteps';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

const CLAIM = 'which Baku blamed on Iran';
const DENIAL = 'officially denied Tehran’s involvement in the drone strikes';

async function profile(browser: Browser, analyst: string): Promise<{ page: Page; workbench: WorkbenchPage; reader: ReaderPage }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.setAnalystName(analyst);
  return { page, workbench, reader: new ReaderPage(workbench) };
}

async function exportArticle(page: Page, path: string): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a shared file' });
  await dialog.getByRole('radio', { name: /This article’s annotations/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  await file.saveAs(path);
  return file.suggestedFilename();
}

async function importFile(page: Page, path: string, name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open shared file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: readFileSync(path) });
}

test('export from one analyst, import into another, resolve a conflict, undo an import', async ({ browser }, testInfo) => {
  const leyla = await profile(browser, 'Leyla');
  await leyla.workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await leyla.reader.selectPhrase(CLAIM);
  await leyla.page.keyboard.press('c');
  await leyla.reader.fill('Actor', 'Azerbaijan');
  await leyla.reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await leyla.reader.selectPhrase(DENIAL);
  await leyla.page.keyboard.press('d');
  await leyla.reader.fill('Actor', 'Masoud Pezeshkian');
  await leyla.reader.chooseLinkTarget(CLAIM);
  await leyla.reader.editor.getByRole('button', { name: 'Add link' }).click();
  const fromLeyla = testInfo.outputPath('from-leyla.dossier');
  const name = await exportArticle(leyla.page, fromLeyla);
  // One naming rule for every export (the dossier composer's): the article's title as it reads.
  expect(name).toMatch(/^Iranian President Masoud Pezeshkian.*\.dossier$/);
  const parsed = await parseExchangeText(readFileSync(fromLeyla, 'utf8'));
  expect(parsed.ok && parsed.content.annotations.map((a) => a.quote.exact).sort()).toEqual([CLAIM, DENIAL].sort());

  // Rashad imports it: both passages land where they belong, with their provenance.
  const rashad = await profile(browser, 'Rashad');
  await importFile(rashad.page, fromLeyla, 'from-leyla.dossier');
  const report = rashad.page.getByRole('dialog', { name: 'Imported from-leyla.dossier' });
  await expect(report.getByRole('table', { name: 'Import summary' })).toContainText('Added2');
  await expect(report).toContainText('Exported by Leyla');
  await report.getByRole('button', { name: 'Close' }).click();
  await rashad.workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await expect(rashad.reader.annotationList.getByRole('listitem')).toHaveCount(2);
  await expect.poll(() => rashad.reader.paintedTexts('dw-claim')).toEqual([CLAIM]);
  await rashad.reader.listItem(new RegExp(DENIAL)).click();
  await expect(rashad.reader.editor).toContainText('from from-leyla.dossier (exported by Leyla)');
  await expect(rashad.reader.editor.getByRole('list', { name: 'Links' })).toContainText(`denies Claim: “${CLAIM}”`);

  // Both change the claim's actor; Leyla imports Rashad's version and resolves the conflict.
  await rashad.reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await rashad.reader.listItem(new RegExp(CLAIM)).click();
  await rashad.reader.fill('Actor', 'Baku');
  await rashad.reader.editor.getByRole('button', { name: '← All annotations' }).click();
  const fromRashad = testInfo.outputPath('from-rashad.dossier');
  await exportArticle(rashad.page, fromRashad);

  await leyla.reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await leyla.reader.listItem(new RegExp(CLAIM)).click();
  await leyla.reader.fill('Actor', 'Azerbaijani Foreign Ministry');
  await importFile(leyla.page, fromRashad, 'from-rashad.dossier');
  const leylaReport = leyla.page.getByRole('dialog', { name: 'Imported from-rashad.dossier' });
  await expect(leylaReport.getByRole('table', { name: 'Import summary' })).toContainText('Conflicts1');
  await leylaReport.getByRole('button', { name: 'Resolve conflicts…' }).click();
  const conflicts = leyla.page.getByRole('dialog', { name: 'Conflicts' });
  const conflict = conflicts.getByRole('region', { name: /^Conflict: “?which Baku blamed on Iran/ });
  await expect(conflict.getByRole('row', { name: /Actor/ })).toContainText('Azerbaijani Foreign MinistryBaku');
  // Who changed each side last, the newer marked; fields neither side has are not shown.
  const lastChanged = conflict.getByRole('row', { name: /Last changed by/ });
  await expect(lastChanged.getByRole('cell').nth(0)).toContainText(/Leyla.*newer/);
  await expect(lastChanged.getByRole('cell').nth(1)).toContainText('Rashad');
  await expect(lastChanged.getByRole('cell').nth(1)).not.toContainText('newer');
  await expect(conflict.getByRole('row', { name: /Event date/ })).toHaveCount(0);
  await conflict.getByRole('button', { name: 'Keep theirs' }).click();
  await expect(conflicts).toContainText('No conflicts left');
  await conflicts.getByRole('button', { name: 'Close' }).click();
  await expect(leyla.page.getByRole('button', { name: /^Conflicts/ })).toHaveCount(0);
  await leyla.reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await expect(leyla.reader.listItem(new RegExp(CLAIM))).toContainText('Baku · no date');

  // Rashad undoes an import of a third file: nothing of it stays.
  const before = await rashad.reader.annotationList.getByRole('listitem').count();
  await importFile(rashad.page, fromLeyla, 'again.dossier');
  const again = rashad.page.getByRole('dialog', { name: 'Imported again.dossier' });
  await again.getByRole('button', { name: 'Undo import' }).click();
  await expect(again.getByRole('button', { name: 'Import undone' })).toBeDisabled();
  await again.getByRole('button', { name: 'Close' }).click();
  await expect(rashad.reader.annotationList.getByRole('listitem')).toHaveCount(before);
});

test('an alias merged by one analyst travels in the shared file: the report lists the actors, the other library shows the merge', async ({ browser }, testInfo) => {
  const leyla = await profile(browser, 'Leyla');
  await leyla.workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await tagPhrase(leyla.reader, DENIAL, 'd', 'Masoud Pezeshkian');
  await leyla.reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(leyla.reader, CLAIM, 'c', 'Azerbaijan');
  await leyla.reader.fill('Target', 'Masoud Pezeshkian');
  await leyla.reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await leyla.workbench.openArticle(SAMPLE_TITLES.airspace);
  await tagPhrase(leyla.reader, 'Pezeshkian urged Baku to investigate', 'c', 'Masouz Pezeshkian');
  await leyla.reader.editor.getByRole('button', { name: '← All annotations' }).click();
  const leylaActors = new ActorsPage(leyla.workbench);
  await leylaActors.open();
  await leylaActors.suggestions.getByRole('button', { name: 'Merge “Masouz Pezeshkian” into “Masoud Pezeshkian”' }).click();
  await expect(leylaActors.row('Masoud Pezeshkian')).toContainText('(also Masouz Pezeshkian)');

  await leyla.page.getByRole('button', { name: 'Export…' }).click();
  const dialog = leyla.page.getByRole('dialog', { name: 'Export a shared file' });
  await dialog.getByRole('radio', { name: 'The whole library' }).check();
  const download = leyla.page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const library = testInfo.outputPath('leyla-library.dossier');
  await (await download).saveAs(library);

  const rashad = await profile(browser, 'Rashad');
  await importFile(rashad.page, library, 'leyla-library.dossier');
  const report = rashad.page.getByRole('dialog', { name: 'Imported leyla-library.dossier' });
  const actorSection = report.getByRole('region', { name: 'Actors and aliases' });
  await expect(actorSection).toContainText('2 added, 0 updated, 0 already here, 0 in conflict.');
  await report.getByRole('button', { name: 'Close' }).click();
  const rashadActors = new ActorsPage(rashad.workbench);
  await rashadActors.open();
  await expect.poll(() => rashadActors.rows()).toEqual(['Masoud Pezeshkian (also Masouz Pezeshkian) 1 1 0 1 2 3', 'Azerbaijan 1 0 0 0 1 1']);
});

test('bad shared files are refused with the problem and its place, and nothing changes', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const cases: readonly [string, string, RegExp][] = [
    ['truncated.dossier', '{"format":"dossier-workbench","version":1,"sources":[', /ends unexpectedly|not JSON/],
    ['future.dossier', JSON.stringify({ format: 'dossier-workbench', version: 7, sources: [], annotations: [] }), /version 7/],
    ['proto.dossier', '{"format":"dossier-workbench","version":1,"__proto__":{"polluted":true}}', /__proto__/],
    ['other.json', JSON.stringify({ hello: 'world' }), /not an annotation file|format/],
  ];
  for (const [name, content, message] of cases) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open shared file…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    const notice = workbench.notification(`${name} was not imported; nothing was changed.`);
    await expect(notice).toContainText(message);
    await notice.getByRole('button', { name: 'Dismiss notification' }).click();
  }
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(2);
});
