// Articles that change: tag a sample, import an edited version of it, read what became of each
// annotation, re-attach the orphan, compare the versions, and undo the whole step.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

const SAMPLE = readFileSync(path.join(__dirname, '..', '..', 'shared', 'samples', '000_4f72efb9e98d7d6f.txt'), 'utf8');

const PASSAGES = {
  exact: 'officially denied Tehran’s involvement',
  moved: 'further layer of complexity',
  fuzzy: 'said it had foiled a terrorist plot',
  orphan: 'The terrorist plot was not mentioned in the readout',
} as const;

/** The sample as its publisher edited it: a paragraph added, a word changed, a sentence removed. */
function editedSample(): string {
  const edited = SAMPLE.replace('\n\nThe phone call added', '\n\nUpdated on 10 March with the ministry’s statement.\n\nThe phone call added')
    .replace('said it had foiled a terrorist plot', 'said it had thwarted a terrorist plot')
    .replace('The terrorist plot was not mentioned in the readout of the phone call between Aliyev and Pezeshkian.', 'The readout did not mention it.');
  if (edited === SAMPLE) throw new Error('the sample changed; adjust the edits');
  return edited;
}

async function tagPassages(page: Page, reader: ReaderPage): Promise<void> {
  const keys: Record<keyof typeof PASSAGES, string> = { exact: 'd', moved: 'c', fuzzy: 'a', orphan: 'c' };
  for (const key of Object.keys(PASSAGES) as (keyof typeof PASSAGES)[]) {
    await reader.selectPhrase(PASSAGES[key]);
    await page.keyboard.press(keys[key]);
    await expect(reader.editor.getByRole('button', { name: '← All annotations' })).toBeVisible();
  }
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
}

async function chooseFile(page: Page, open: () => Promise<void>, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await open();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

test('a new version re-anchors every annotation, reports it, keeps the old text, and undoes as one step', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await tagPassages(page, reader);
  await expect(workbench.details.getByRole('heading', { name: 'Annotations (4)' })).toBeVisible();

  await chooseFile(
    page,
    async () => {
      await workbench.reader.getByRole('button', { name: 'Article ▾' }).click();
      await page.getByRole('menu', { name: 'Article' }).getByRole('menuitem', { name: 'Import new version…' }).click();
    },
    'nakhchivan-updated.txt',
    editedSample(),
  );

  const report = page.getByRole('dialog', { name: /^New version of “Iranian President/ });
  await expect(report).toBeVisible();
  await expect(report.getByRole('list', { name: 'Outcome counts' }).getByRole('listitem')).toHaveText(['Orphaned: 1', 'Fuzzy: 1', 'Moved: 1', 'Exact: 1']);
  const rows = report.getByRole('table', { name: 'Outcome of each annotation' }).getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText(['Orphaned', 'Claim', PASSAGES.orphan, '—'].join(''));
  await expect(rows.nth(2)).toContainText(/Fuzzy \(\d+ %\)Action/);
  await expect(rows.nth(2)).toContainText('said it had thwarted a terrorist plot');
  await expect(rows.nth(3)).toContainText(`MovedClaim${PASSAGES.moved}${PASSAGES.moved}`);
  await expect(rows.nth(4)).toContainText(`ExactDenial${PASSAGES.exact}`);
  await report.getByRole('button', { name: 'Close' }).click();

  await expect(workbench.articleText()).toContainText('Updated on 10 March with the ministry’s statement.');
  await expect(workbench.articleText()).not.toContainText('The terrorist plot was not mentioned');
  const versions = workbench.details.getByRole('list', { name: 'Versions' });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await expect(versions.getByRole('listitem').nth(1)).toContainText('Version 2 (current)');
  const orphans = workbench.details.getByRole('list', { name: 'Orphaned annotations' });
  await expect(orphans).toContainText(`Claim: “${PASSAGES.orphan}`);
  await expect(orphans).toContainText('(version 1)');

  // The earlier text, read-only.
  await versions.getByRole('button', { name: 'View version 1' }).click();
  const viewer = page.getByRole('dialog', { name: /^Version 1 of/ });
  await expect(viewer.getByRole('document', { name: /text$/ })).toContainText('The terrorist plot was not mentioned in the readout');
  await viewer.getByRole('button', { name: 'Close' }).click();

  // Re-attach the orphan to its passage in the new text.
  await reader.selectPhrase('The readout did not mention it.');
  await workbench.details.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(workbench.status).toHaveText('Re-attached to “The readout did not mention it.”.');
  await expect(orphans).toHaveCount(0);

  // What changed between the two versions, marked word by word.
  await versions.getByRole('button', { name: 'Compare version 1 with current' }).click();
  const comparison = page.getByRole('dialog', { name: 'Compare versions' });
  const changes = comparison.getByRole('document', { name: 'Changes' });
  await expect(changes.getByRole('insertion').filter({ hasText: 'thwarted' })).toHaveCount(1);
  await expect(changes.getByRole('deletion').filter({ hasText: 'foiled' })).toHaveCount(1);
  await expect(comparison.getByRole('status')).toContainText(/\d+ words added, \d+ removed\./);
  await comparison.getByRole('button', { name: 'Close' }).click();

  // Undo the re-attachment, then the whole new version: the first text and the annotations as they were.
  await page.keyboard.press('Control+z');
  await expect(orphans).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(workbench.articleText()).toContainText('The terrorist plot was not mentioned in the readout');
  await expect(workbench.articleText()).not.toContainText('Updated on 10 March');
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  await expect(workbench.details.getByRole('list', { name: 'Orphaned annotations' })).toHaveCount(0);
  await expect.poll(() => reader.paintedTexts('dw-claim')).toEqual([PASSAGES.moved, PASSAGES.orphan]);
});

test('an import that matches an article by title asks: new article or new version?', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await reader.selectPhrase(PASSAGES.fuzzy);
  await page.keyboard.press('a');
  await expect(reader.editor.getByRole('button', { name: '← All annotations' })).toBeVisible();

  const importFile = (): Promise<void> => chooseFile(page, () => page.getByRole('button', { name: 'Import files…' }).click(), 'update.txt', editedSample());
  await importFile();
  const question = page.getByRole('dialog', { name: 'New article or new version?' });
  await expect(question).toContainText('update.txt has the address or title of');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(2);

  await importFile();
  await question.getByRole('button', { name: 'New version' }).click();
  const report = page.getByRole('dialog', { name: /^New version of/ });
  await expect(report.getByRole('list', { name: 'Outcome counts' })).toContainText('Fuzzy: 1');
  await report.getByRole('button', { name: 'Undo new version' }).click();
  await expect(report.getByRole('button', { name: 'New version undone' })).toBeDisabled();
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(workbench.articleText()).toContainText('said it had foiled a terrorist plot');

  await importFile();
  await question.getByRole('button', { name: 'New article' }).click();
  await expect(workbench.articles.getByRole('listitem')).toHaveCount(3);
});
