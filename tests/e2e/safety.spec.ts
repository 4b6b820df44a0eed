// Nothing lost, nothing silently wrong: limits said as the analyst types, the analyst's name asked
// for and required on shared files, a storage failure while saving a note shown, and a pane that
// fails keeps the rest of the window working.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseExchangeText } from '../../shared/exchange';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

const CLAIM = 'which Baku blamed on Iran';

async function openSample(page: Page): Promise<{ workbench: WorkbenchPage; reader: ReaderPage }> {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  return { workbench, reader: new ReaderPage(workbench) };
}

test('fields say the model’s limits as the analyst types; Settings never silently refuses to close', async ({ page }) => {
  const { reader } = await openSample(page);
  await reader.selectPhrase(CLAIM);
  await page.keyboard.press('c');
  const actor = reader.field('Actor');
  await actor.fill('x'.repeat(501));
  await expect(reader.editor.getByRole('alert')).toHaveText('Actor: Too long: at most 500 characters (now 501).');
  await actor.press('Backspace');
  await expect(reader.editor.getByRole('alert')).toHaveCount(0);

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Analyst name').fill('n'.repeat(201));
  await expect(settings.getByText('Too long: at most 200 characters (now 201).')).toBeVisible();
  await expect(settings.getByRole('button', { name: 'Save settings' })).toHaveAttribute('aria-disabled', 'true');
  await settings.getByLabel('Analyst name').press('Enter');
  await expect(settings).toBeVisible();
  await settings.getByLabel('Analyst name').fill('Leyla');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toHaveCount(0);
});

test('the analyst’s name is asked on start, again at the first annotation, and a shared file needs it', async ({ page }) => {
  const { workbench, reader } = await openSample(page);
  const prompt = page.getByRole('form', { name: 'Your name' });
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Not now' }).click();
  await expect(prompt).toHaveCount(0);

  await reader.selectPhrase(CLAIM);
  await page.keyboard.press('c');
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Not now' }).click();

  // Without a name nothing is written, and the prompt comes back.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a shared file' });
  await dialog.getByRole('radio', { name: /This article’s annotations/ }).check();
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(workbench.notification(/enter your name first/)).toBeVisible();
  await expect(prompt).toBeVisible();

  await prompt.getByRole('textbox').fill('Leyla Məmmədova');
  await prompt.getByRole('button', { name: 'Save name' }).click();
  await expect(prompt).toHaveCount(0);
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: /This article’s annotations/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const parsed = await parseExchangeText(readFileSync(await (await download).path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
  expect(parsed.content.exportedBy).toBe('Leyla Məmmədova');
});

test('a storage failure while a note is saved reaches the analyst', async ({ page }) => {
  const { workbench, reader } = await openSample(page);
  await reader.selectPhrase(CLAIM);
  await page.keyboard.press('c');
  await expect(reader.field('Actor')).toBeVisible();
  // From now on IndexedDB refuses every write, as a full disk makes it.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function refuse(): IDBRequest {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await reader.editor.getByRole('textbox', { name: 'Note' }).click();
  await page.keyboard.type('Baku said so first.');
  await expect(workbench.notification(/The note could not be saved: Storage is full/)).toBeVisible();
});

test('a pane that fails says what went wrong, reloads on request, and the rest keeps working', async ({ page }) => {
  const { workbench } = await openSample(page);
  await expect(workbench.details).toBeVisible();
  // A damaged record, as a bug or another tool might leave one: an annotation without its quote.
  await page.evaluate(async () => {
    const sourceId = await new Promise<string>((resolve, reject) => {
      const open = indexedDB.open('dossier-workbench');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const database = open.result;
        const read = database.transaction('sources').objectStore('sources').getAll();
        read.onsuccess = () => {
          const sources = read.result as { id: string; title: string }[];
          const source = sources.find((s) => s.title.startsWith('Iranian President Masoud'));
          const tx = database.transaction('annotations', 'readwrite');
          tx.objectStore('annotations').put({ id: 'damaged', sourceId: source?.id, kind: 'claim', position: { start: 0, end: 5 }, anchor: { state: 'exact', score: 1, checkedAt: new Date().toISOString() } });
          tx.oncomplete = () => {
            database.close();
            resolve(source?.id ?? '');
          };
          tx.onerror = () => reject(tx.error);
        };
      };
    });
    return sourceId;
  });
  // Written behind the app's back, so it shows once the app reads the library again.
  await page.reload();
  const failure = page.getByRole('alert', { name: 'Details pane error' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('The details pane stopped');
  await expect(failure.getByRole('button', { name: 'Copy details' })).toBeVisible();

  // The library pane still works.
  await workbench.openArticle(SAMPLE_TITLES.airspace);
  await expect(workbench.article(SAMPLE_TITLES.airspace)).toHaveAttribute('aria-current', /.+/);

  await failure.getByRole('button', { name: 'Reload this pane' }).click();
  await expect(failure).toHaveCount(0);
  await expect(workbench.details).toBeVisible();
});

test('a rejection nothing handled becomes a notice', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await page.evaluate(() => {
    void Promise.reject(new Error('escaped on purpose'));
  });
  await expect(workbench.notification('Something failed without being handled: escaped on purpose')).toBeVisible();
});
