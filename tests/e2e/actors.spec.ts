// The Actors view end to end, built from the two samples tagged through the UI: the samples' two
// spellings of Pezeshkian suggested as aliases, merged, split back, merged again and undone; a
// rename carried into every annotation and undone; the actor's page; the list as CSV; axe.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ActorsPage } from './pages/ActorsPage';
import { expectAccessible } from './pages/axeChecks';
import { FIRST, tagPhrase } from './pages/dossierSteps';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

const MASOUZ_CLAIM = 'Pezeshkian urged Baku to investigate';

test('actors from both samples: suggested, merged, split, renamed, undone', async ({ page }) => {
  test.setTimeout(180_000);
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  const actors = new ActorsPage(workbench);
  await workbench.open();

  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await tagPhrase(reader, FIRST.denial, 'd', 'Masoud Pezeshkian');
  await reader.fill('Event date', '2026-03-08');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(reader, FIRST.claim, 'c', 'Azerbaijan');
  await reader.fill('Target', 'Masoud Pezeshkian');
  await reader.fill('Event date', '2026-03-05');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();

  await workbench.openArticle(SAMPLE_TITLES.airspace);
  await tagPhrase(reader, MASOUZ_CLAIM, 'c', 'Masouz Pezeshkian');
  await reader.fill('Event date', '2025-06-26');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();

  // The view: every actor and target with counts (claims, denials, actions, as target, articles,
  // mentions), most mentioned first.
  await page.getByRole('tab', { name: 'Library' }).focus();
  await page.keyboard.press('Control+Shift+A');
  await expect(actors.grid).toBeVisible();
  await expect.poll(() => actors.rows()).toEqual(['Masoud Pezeshkian 0 1 0 1 1 2', 'Azerbaijan 1 0 0 0 1 1', 'Masouz Pezeshkian 1 0 0 0 1 1']);
  await expectAccessible(page, 'the Actors tab');

  // Sorted by a column header; arrow keys move between rows, Enter opens the actor's page.
  await actors.grid.getByRole('columnheader', { name: 'Actor' }).getByRole('button').click();
  await expect(actors.grid.getByRole('columnheader', { name: 'Actor' })).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => actors.rows()).toEqual(['Azerbaijan 1 0 0 0 1 1', 'Masoud Pezeshkian 0 1 0 1 1 2', 'Masouz Pezeshkian 1 0 0 0 1 1']);
  await actors.row('Azerbaijan').focus();
  await page.keyboard.press('ArrowDown');
  await expect(actors.row('Masoud Pezeshkian')).toBeFocused();

  // The two spellings are suggested; nothing is merged until the analyst clicks.
  const merge = actors.suggestions.getByRole('button', { name: 'Merge “Masouz Pezeshkian” into “Masoud Pezeshkian”' });
  await expect(merge).toBeVisible();
  await merge.click();
  await expect.poll(() => actors.rows()).toEqual(['Azerbaijan 1 0 0 0 1 1', 'Masoud Pezeshkian (also Masouz Pezeshkian) 1 1 0 1 2 3']);
  await expect(actors.suggestions).toHaveCount(0);

  // The actor's page: everything they claimed, denied and did, and what was done to them, by date.
  await actors.row('Masoud Pezeshkian').press('Enter');
  const actorPage = page.getByRole('region', { name: 'Masoud Pezeshkian' });
  const entries = actorPage.getByRole('list', { name: /said and did/ }).getByRole('listitem');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('26 June 2025 (day) · Claimed');
  await expect(entries.nth(1)).toContainText('5 March 2026 (day) · Target of · Claim by Azerbaijan');
  await expect(entries.nth(2)).toContainText('8 March 2026 (day) · Denied');
  await expect(entries.nth(0).getByRole('button', { name: 'Add to dossier' })).toBeVisible();
  await expectAccessible(page, 'an actor’s page');

  // Split restores the two actors exactly as they were.
  await actorPage.getByRole('button', { name: 'Split “Masouz Pezeshkian”' }).click();
  await expect.poll(() => actors.rows()).toEqual(['Azerbaijan 1 0 0 0 1 1', 'Masoud Pezeshkian 0 1 0 1 1 2', 'Masouz Pezeshkian 1 0 0 0 1 1']);
  await expect(entries).toHaveCount(2);

  // Merged again from the page (by name), then undone with Ctrl+Z.
  await actorPage.getByRole('combobox', { name: 'Alias or actor to merge in' }).fill('Masouz Pezeshkian');
  await actorPage.getByRole('button', { name: 'Merge into “Masoud Pezeshkian”' }).click();
  await expect.poll(() => actors.rows()).toEqual(['Azerbaijan 1 0 0 0 1 1', 'Masoud Pezeshkian (also Masouz Pezeshkian) 1 1 0 1 2 3']);
  await actorPage.getByRole('heading', { name: 'Masoud Pezeshkian', exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => actors.rows()).toEqual(['Azerbaijan 1 0 0 0 1 1', 'Masoud Pezeshkian 0 1 0 1 1 2', 'Masouz Pezeshkian 1 0 0 0 1 1']);

  // Rename: every annotation naming the actor (as actor or target) in one step; undone in one.
  await actorPage.getByRole('textbox', { name: 'Display name' }).fill('President Pezeshkian');
  await actorPage.getByRole('button', { name: 'Rename' }).click();
  await expect(workbench.status).toContainText('in 2 annotations');
  const renamed = page.getByRole('region', { name: 'President Pezeshkian' });
  await expect(renamed.getByRole('list', { name: /said and did/ }).getByRole('listitem')).toHaveCount(2);
  await expect.poll(() => actors.rows()).toContain('President Pezeshkian 0 1 0 1 1 2');
  await renamed.getByRole('heading', { name: 'President Pezeshkian', exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => actors.rows()).toContain('Masoud Pezeshkian 0 1 0 1 1 2');
  await actors.row('Masoud Pezeshkian').click();
  await actorPage.getByRole('button', { name: `Go to “${FIRST.denial}”` }).click();
  await expect(reader.field('Actor')).toHaveValue('Masoud Pezeshkian');

  // The list as CSV, as the view shows it.
  await actors.open();
  const download = page.waitForEvent('download');
  await actors.pane.getByRole('button', { name: 'Export CSV…' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8').slice(1).split('\r\n')).toEqual([
    'Actor,Aliases,Claims,Denials,Actions,As target,Articles,Total',
    'Azerbaijan,,1,0,0,0,1,1',
    'Masoud Pezeshkian,,0,1,0,1,1,2',
    'Masouz Pezeshkian,,1,0,0,0,1,1',
    '',
  ]);
});
