// Anchoring in the app: a colleague's annotation whose passage is gone becomes an orphan,
// is listed as such, and is re-attached to newly selected text; links cross articles.
import { expect, test, type Page } from '@playwright/test';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

/** Stores an annotation straight into the library's IndexedDB, as an import from another tool would. */
async function storeForeignAnnotation(page: Page, titleStart: string, quote: string): Promise<void> {
  await page.evaluate(
    async ({ titleStart, quote }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dossier-workbench');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const sources = await new Promise<{ id: string; title: string; textHash: string }[]>((resolve) => {
        const request = db.transaction('sources').objectStore('sources').getAll();
        request.onsuccess = () => resolve(request.result as { id: string; title: string; textHash: string }[]);
      });
      const source = sources.find((s) => s.title.startsWith(titleStart));
      if (!source) throw new Error('sample not found');
      const now = new Date().toISOString();
      const annotation = {
        id: 'foreign-1',
        sourceId: source.id,
        sourceHash: source.textHash,
        kind: 'claim',
        quote: { exact: quote, prefix: 'a paragraph that was rewritten ', suffix: ' and then removed entirely' },
        position: { start: 100, end: 100 + quote.length },
        anchor: { state: 'exact', score: 1, checkedAt: now },
        actor: 'IRGC',
        target: 'Azerbaijan',
        eventDate: { value: '2026-03', precision: 'month' },
        credibility: 5,
        tags: [],
        note: '',
        noteText: '',
        author: 'A colleague',
        createdAt: now,
        updatedAt: now,
        revision: 1,
      };
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('annotations', 'readwrite');
        tx.objectStore('annotations').put(annotation);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { titleStart, quote },
  );
}

test('an orphaned annotation is listed and re-attached to a new selection', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await storeForeignAnnotation(page, 'Iranian President Masoud', 'drones were launched from a base near Tabriz on 5 March');
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
  await expect(reader.listItem(/drone strikes on the Azerbaijani exclave/)).toContainText('IRGC · 2026-03');
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
  const option = reader.field('Linked annotation').locator('option', { hasText: 'Israeli drones and micro air vehicles' });
  await reader.field('Linked annotation').selectOption((await option.getAttribute('value')) ?? '');
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
