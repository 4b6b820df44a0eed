// Anchoring in the app: a colleague's annotation whose passage is gone becomes an orphan,
// is listed as such, and is re-attached to newly selected text; links cross articles.
import { expect, test } from '@playwright/test';
import { createAnnotation } from '../../shared/model';
import { ReaderPage } from './pages/ReaderPage';
import { sampleSource, seedLibrary, type SeedRecords } from './pages/seedLibrary';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

/**
 * A colleague's annotation on the first sample whose passage is not in its text, shared without
 * the article's text (as a colleague may): the import anchors it on the library's copy, and fails.
 */
async function colleaguesOrphan(quote: string): Promise<SeedRecords> {
  const source = await sampleSource('nakhchivan');
  const annotation = createAnnotation({
    source,
    placement: {
      quote: { exact: quote, prefix: 'a paragraph that was rewritten ', suffix: ' and then removed entirely' },
      position: { start: 100, end: 100 + quote.length },
    },
    kind: 'claim',
    author: 'A colleague',
    fields: { actor: 'IRGC', target: 'Azerbaijan', eventDate: { value: '2026-03', precision: 'month' }, credibility: 5 },
  });
  return { sources: [source], annotations: [annotation], includeText: false };
}

test('an orphaned annotation is listed and re-attached to a new selection', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await seedLibrary(page, await colleaguesOrphan('drones were launched from a base near Tabriz on 5 March'));
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  const reader = new ReaderPage(workbench);
  const orphans = workbench.details.getByRole('list', { name: 'Orphaned annotations' });
  await expect(orphans.getByRole('listitem')).toHaveCount(1);
  await expect(orphans).toContainText('Claim: “drones were launched from a base near Tabriz on 5 March”');
  await expect(workbench.details.getByRole('button', { name: 'Re-attach to selection' })).toBeDisabled();

  await orphans.getByRole('button', { name: 'Open' }).click();
  await expect(reader.editor).toContainText('Orphan: passage not found');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();

  await reader.selectPhrase('drone strikes on the Azerbaijani exclave of Nakhchivan');
  await workbench.details.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(workbench.status).toHaveText('Re-attached to “drone strikes on the Azerbaijani exclave of Nakhchivan”.');
  await expect(orphans).toHaveCount(0);
  await expect(reader.listItem(/drone strikes on the Azerbaijani exclave/)).toContainText('IRGC · March 2026 (month)');
  await expect.poll(() => reader.paintedTexts('dw-claim')).toEqual(['drone strikes on the Azerbaijani exclave of Nakhchivan']);

  await page.reload();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await expect(reader.listItem(/drone strikes on the Azerbaijani exclave/)).toBeVisible();
  await expect(workbench.details.getByRole('list', { name: 'Orphaned annotations' })).toHaveCount(0);
});

test('a link across articles shows at both ends and following it opens the other article', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.airspace);
  await reader.selectPhrase('Israeli drones and micro air vehicles may have utilized Azerbaijan');
  await page.keyboard.press('c');
  await reader.fill('Actor', 'Iranian readout');

  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await reader.selectPhrase('Azerbaijan’s security service (DTX) said it had foiled a terrorist plot');
  await page.keyboard.press('a');
  await reader.field('Link type').selectOption('responds-to');
  await reader.chooseLinkTarget('Israeli drones and micro air vehicles');
  await reader.editor.getByRole('button', { name: 'Add link' }).click();
  await expect(reader.editor.getByRole('list', { name: 'Links' })).toContainText('responds to Claim: “Israeli drones and micro air vehicles may have utilized Azerbaijan”');

  await reader.editor.getByRole('button', { name: /^Go to Claim/ }).click();
  await expect(workbench.reader.getByRole('heading', { level: 2 })).toHaveText(SAMPLE_TITLES.airspace);
  await expect(reader.editor).toHaveAccessibleName('Claim annotation');
  await expect(reader.field('Actor')).toHaveValue('Iranian readout');
  await expect(reader.editor.getByRole('list', { name: 'Links' })).toContainText('answered by Action: “Azerbaijan’s security service (DTX) said it had foiled a terrorist pl…”');
  await reader.editor.getByRole('button', { name: /^Go to Action/ }).click();
  await expect(workbench.reader.getByRole('heading', { level: 2 })).toHaveText(SAMPLE_TITLES.nakhchivan);
});
