// Library-wide search as an analyst uses it: Ctrl+K, typing names under their spellings, results
// grouped by article with the hits marked, Enter to the passage painted in the reader, Escape back,
// a new annotation found at once, and one added to a dossier from the results.
import { expect, test, type Page } from '@playwright/test';
import { draftFromPlainText } from '../../shared/import/articleDraft';
import type { Source } from '../../shared/model';
import { shardOf } from '../../shared/search/searchShards';
import { expectAccessible } from './pages/axeChecks';
import { DossierPage } from './pages/DossierPage';
import { tagPhrase } from './pages/dossierSteps';
import { ReaderPage } from './pages/ReaderPage';
import { seedLibrary } from './pages/seedLibrary';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

function searchField(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('toolbar', { name: 'Main actions' }).getByRole('combobox', { name: 'Search library' });
}

function results(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('listbox', { name: 'Search results' });
}

async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type(query);
}

test('Ctrl+K, a name typed three ways, results grouped with hits marked, Enter to the passage, Escape back', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.article(SAMPLE_TITLES.nakhchivan).focus();

  await searchFor(page, 'pezeshk');
  const list = results(page);
  await expect(list.getByRole('group')).toHaveCount(2);
  await expect(list.getByRole('group').first()).toContainText(/\d+ hits?/);
  await expect(list.locator('mark').first()).toHaveText(/^Pezeshkian$/);

  // A typo finds the exact spelling; the misspelt "Masouz" comes after every exact "Masoud".
  await searchField(page).fill('Masoud');
  await expect(list.getByRole('option').first()).not.toContainText('near match');
  await expect(list.getByRole('option').filter({ hasText: 'near match' }).first()).toContainText('Masouz');
  const options = await list.getByRole('option').allTextContents();
  const firstNear = options.findIndex((text) => text.includes('near match'));
  expect(firstNear).toBeGreaterThan(0);
  expect(options.slice(firstNear).every((text) => text.includes('near match'))).toBe(true);

  await searchField(page).fill('Pezeshkyan');
  await expect(list.locator('mark').first()).toHaveText('Pezeshkian');
  await expectAccessible(page, 'search results');

  // Arrow keys move, Enter opens the article scrolled to the hit, painted as a search hit.
  await searchField(page).fill('micro air vehicles');
  await expect(list.getByRole('option')).not.toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(list).toHaveCount(0);
  await expect(workbench.reader.getByRole('heading', { level: 2 })).toHaveText(SAMPLE_TITLES.airspace);
  const reader = new ReaderPage(workbench);
  await expect.poll(() => reader.paintedTexts('dw-search-hit')).toEqual(['micro']);
  const hitInView = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('dw-search-hit') ?? [])][0];
    if (!range) return false;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const box = live.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
  expect(hitInView).toBe(true);

  // Enter left the analyst in the article; Ctrl+K and Escape return there.
  await expect(workbench.articleText()).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(results(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(results(page)).toHaveCount(0);
  await expect(workbench.articleText()).toBeFocused();
});

test('says when nothing is found, and a new annotation is found at once', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  const reader = new ReaderPage(workbench);

  await searchFor(page, 'zanzibar');
  await expect(page.getByRole('region', { name: 'Library search' }).getByRole('status')).toContainText('No results for “zanzibar”.');
  await page.keyboard.press('Escape');

  await reader.selectPhrase('which Baku blamed on Iran');
  await page.keyboard.press('c');
  await expect(reader.editor).toHaveAccessibleName('Claim annotation');
  await reader.fill('Actor', 'Quokkastan');

  await searchFor(page, 'quokkastan');
  const hit = results(page).getByRole('option').filter({ hasText: 'Annotation' });
  await expect(hit).toHaveCount(1, { timeout: 2_000 });
  await expect(hit).toContainText('which Baku blamed on Iran');
  await expect(page.getByRole('group', { name: 'Actions for the chosen result' }).getByRole('button', { name: 'Go to' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Actions for the chosen result' }).getByRole('button', { name: 'Add to dossier' })).toBeVisible();
});

test('filters with no query list the annotations in a table; with a query the results keep to them', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  const reader = new ReaderPage(workbench);
  await tagPhrase(reader, 'which Baku blamed on Iran', 'c', 'Azerbaijan');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(reader, 'officially denied Tehran’s involvement in the drone strikes', 'd', 'Masoud Pezeshkian');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();

  await page.keyboard.press('Control+k');
  const panel = page.getByRole('region', { name: 'Library search' });
  await panel.getByRole('button', { name: 'Filters' }).click();
  await panel.getByRole('group', { name: 'Kind' }).getByRole('button', { name: /Denials/ }).click();
  const table = panel.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Masoud Pezeshkian');

  // With a query, only the annotations that pass the filters are results.
  await searchField(page).fill('Tehran');
  await expect(results(page).getByRole('option')).toHaveCount(1);
  await expect(results(page).getByRole('option')).toContainText('officially denied');
});

test('Add to dossier from the search results puts the annotation in the dossier', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  const reader = new ReaderPage(workbench);
  await tagPhrase(reader, 'which Baku blamed on Iran', 'c', 'Quokkastan');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();

  await searchFor(page, 'quokkastan');
  const hit = results(page).getByRole('option').filter({ hasText: 'Annotation' });
  await expect(hit).toHaveCount(1);
  await hit.hover();
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  const actions = page.getByRole('group', { name: 'Actions for the chosen result' });
  await actions.getByRole('group', { name: 'Add to dossier' }).getByRole('button', { name: 'Add to dossier' }).click();
  const dossier = new DossierPage(workbench);
  await dossier.fillNewDossier({ title: 'Quokkastan file' });
  await expect(workbench.status).toHaveText('Added 1 passage to “Quokkastan file”.');

  await dossier.open('Quokkastan file');
  await expect(dossier.items).toHaveCount(1);
  await expect(dossier.items.first()).toContainText('which Baku blamed on Iran');
});

test('the library is searched in two shards at once: one answer over both, counted together, exact hits first, after a rebuild too', async ({ page }) => {
  // Articles whose ids put two in each shard of the index (a shard holds whole articles).
  const ids = Array.from({ length: 40 }, (_, i) => `shard-test-${i}`);
  const chosen = [...ids.filter((id) => shardOf(id, 2) === 0).slice(0, 2), ...ids.filter((id) => shardOf(id, 2) === 1).slice(0, 2)];
  expect(chosen).toHaveLength(4);
  const texts = [
    'Masoud Pezeshkian spoke with Baku on Monday about the border.',
    'On Tuesday Masoud Pezeshkian met the Azerbaijani ambassador in Tehran.',
    'Officials said Masoud Pezeshkian would travel to Nakhchivan.',
    'Iranian President Masouz Pezeshkian called for an investigation.',
  ];
  const at = '2026-03-10T09:00:00.000Z';
  const sources: Source[] = await Promise.all(
    chosen.map(async (id, i) => ({ ...(await draftFromPlainText(texts[i] ?? '', 'file', { title: `Shard report ${i + 1}`, publisher: 'Caspian Wire', author: '', url: '', publishedDate: '2026-03-08' })), id, importedAt: at, updatedAt: at, tags: [] })),
  );
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await seedLibrary(page, { sources }, 'shards.dossier');

  const panel = page.getByRole('region', { name: 'Library search' });
  const list = results(page);
  const expectAllFour = async (): Promise<void> => {
    await searchField(page).fill('Masoud');
    for (let i = 1; i <= 4; i += 1) await expect(list.getByRole('group', { name: new RegExp(`Shard report ${i}`) })).toBeVisible();
    // The built-in samples answer too: the count is over every article of both shards.
    await expect(panel.getByRole('status')).toContainText(/hits in [6-9] places/);
    const groups = await list.getByRole('group').allTextContents();
    const near = groups.findIndex((text) => text.includes('near match'));
    expect(near).toBeGreaterThan(0);
    expect(groups.slice(near).every((text) => text.includes('near match'))).toBe(true);
  };
  await searchFor(page, 'Masoud');
  await expectAllFour();

  // Both shards rebuild; the index is then ready again (no progress line left behind).
  await searchField(page).fill('');
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill('Rebuild search index');
  const asked = await page.evaluate(() => performance.now());
  await page.keyboard.press('Enter');
  // The rebuild's own end: the status the window marks when both shards are ready again (a build of
  // six articles can be over before a frame shows its progress line).
  await page.waitForFunction(
    (after) => performance.getEntriesByName('dw:search-status').some((m) => m.startTime >= after && (m as PerformanceMark).detail?.state === 'ready' && (m as PerformanceMark).detail?.buildMs !== undefined),
    asked,
  );
  await expect(panel.getByText(/Indexing the library|Loading the search index/)).toHaveCount(0);
  await expectAllFour();
});
