// Tagging in the first sample article: claim, denial and action by mouse and by key, their
// fields, a link across them, undo and redo, reload, overlaps, and an orphan re-attached.
import { expect, test } from '@playwright/test';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

const CLAIM = 'which Baku blamed on Iran';
const DENIAL = 'officially denied Tehran’s involvement in the drone strikes';
const ACTION = 'flights from Baku to Nakhchivan resumed';

async function openSample(page: import('@playwright/test').Page): Promise<{ workbench: WorkbenchPage; reader: ReaderPage }> {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  return { workbench, reader: new ReaderPage(workbench) };
}

test('tag a claim, a denial and an action, fill their fields, link them, undo, redo and reload', async ({ page }) => {
  const { workbench, reader } = await openSample(page);

  // A claim with the mouse and the toolbar.
  await reader.selectPhrase(CLAIM);
  await reader.tagToolbar.getByRole('button', { name: 'Claim' }).click();
  await expect(reader.editor).toHaveAccessibleName('Claim annotation');
  await expect(reader.editor.getByRole('blockquote')).toHaveText(CLAIM);
  await expect.poll(() => reader.paintedTexts('dw-claim')).toEqual([CLAIM]);
  await reader.fill('Actor', 'Azerbaijan');
  await reader.fill('Target', 'Iran');
  await reader.fill('Event date', '2026-03-05');
  await reader.field('Credibility').selectOption('3');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();

  // A denial with the key D.
  await reader.selectPhrase(DENIAL);
  await page.keyboard.press('d');
  await expect(reader.editor).toHaveAccessibleName('Denial annotation');
  await reader.fill('Actor', 'Masoud Pezeshkian');
  await expect(page.locator('#known-actors option[value="Azerbaijan"]')).toHaveCount(1);
  await reader.fill('Target', 'Azerbaijan');
  await reader.fill('Event date', '2026-03-08');
  await reader.field('Credibility').selectOption('4');
  await reader.field('Link type').selectOption('denies');
  await reader.chooseLinkTarget(`Claim ${CLAIM}`);
  await reader.editor.getByRole('button', { name: 'Add link' }).click();
  await expect(reader.editor.getByRole('list', { name: 'Links' })).toContainText(`denies Claim: “${CLAIM}”`);

  // An action with the key A, after Escape-free navigation through the list.
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await reader.selectPhrase(ACTION);
  await page.keyboard.press('a');
  await expect(reader.editor).toHaveAccessibleName('Action annotation');
  await reader.fill('Actor', 'Azerbaijan');
  await reader.fill('Event date', '2026-03');
  await reader.field('Date precision').selectOption('month');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();

  await expect(reader.annotationList.getByRole('listitem')).toHaveCount(3);
  await expect(reader.annotationList.getByRole('button').nth(0)).toContainText(DENIAL);
  await expect(reader.annotationList.getByRole('button').nth(1)).toContainText(CLAIM);
  await expect(reader.annotationList.getByRole('button').nth(2)).toContainText(ACTION);
  await expect(reader.listItem(new RegExp(CLAIM))).toContainText('Azerbaijan · 5 March 2026 (day)');

  // Undo the action's precision, then its creation; redo both.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(workbench.status).toHaveText('Undid: Edit date precision.');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(workbench.status).toHaveText('Undid: Tag action.');
  await expect(reader.annotationList.getByRole('listitem')).toHaveCount(2);
  expect((await reader.paintedRanges())['dw-action']).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(reader.editor).toHaveAccessibleName('Action annotation');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(workbench.status).toHaveText('Redid: Edit date precision.');
  await expect(reader.field('Date precision')).toHaveValue('month');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await expect(reader.annotationList.getByRole('listitem')).toHaveCount(3);

  // Everything is still there after a reload, and the link can be followed from the claim.
  await page.reload();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await expect(reader.annotationList.getByRole('listitem')).toHaveCount(3);
  await expect.poll(() => reader.paintedTexts('dw-denial')).toEqual([DENIAL]);
  await expect.poll(() => reader.paintedTexts('dw-action')).toEqual([ACTION]);
  await reader.clickPhrase(CLAIM);
  await expect(reader.editor).toHaveAccessibleName('Claim annotation');
  await expect(reader.field('Actor')).toHaveValue('Azerbaijan');
  await expect(reader.field('Target')).toHaveValue('Iran');
  await expect(reader.field('Event date')).toHaveValue('2026-03-05');
  await expect(reader.field('Credibility')).toHaveValue('3');
  await expect(reader.editor.getByRole('list', { name: 'Links' })).toContainText(`denied by Denial: “${DENIAL}”`);
  await reader.editor.getByRole('button', { name: /^Go to Denial/ }).click();
  await expect(reader.editor).toHaveAccessibleName('Denial annotation');
  await expect(reader.field('Actor')).toHaveValue('Masoud Pezeshkian');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await reader.annotationList.getByRole('button', { name: new RegExp(ACTION) }).click();
  await expect(reader.field('Date precision')).toHaveValue('month');
});

test('overlapping highlights: a click offers each annotation under the pointer', async ({ page }) => {
  const { reader } = await openSample(page);
  await reader.selectPhrase('officially denied Tehran’s involvement');
  await page.keyboard.press('d');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await reader.selectPhrase('Tehran’s involvement in the drone strikes');
  await page.keyboard.press('c');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await expect.poll(() => reader.paintedTexts('dw-denial')).toEqual(['officially denied Tehran’s involvement']);
  await expect.poll(() => reader.paintedTexts('dw-claim')).toEqual(['Tehran’s involvement in the drone strikes']);

  await reader.clickPhrase('Tehran’s involvement');
  const chooser = page.getByRole('menu', { name: 'Choose an annotation' });
  await expect(chooser.getByRole('menuitem')).toHaveCount(2);
  await chooser.getByRole('menuitem', { name: /^Claim/ }).click();
  await expect(reader.editor).toHaveAccessibleName('Claim annotation');

  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await reader.clickPhrase('the drone strikes on the Azerbaijani');
  await expect(page.getByRole('menu')).toHaveCount(0);
});

test('a note is rich text, kept after a reload, and its edit can be undone', async ({ page }) => {
  const { workbench, reader } = await openSample(page);
  await reader.selectPhrase(ACTION);
  await reader.tagToolbar.getByRole('button', { name: 'Action' }).click();
  const note = reader.editor.getByRole('textbox', { name: 'Note' });
  await note.click();
  await page.keyboard.type('Cargo and flights resumed on ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Monday');
  await reader.field('Actor').click();
  await expect(note.locator('strong, .note-bold')).toHaveText('Monday');
  await page.reload();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await reader.listItem(new RegExp(ACTION)).click();
  await expect(reader.editor.getByRole('textbox', { name: 'Note' })).toHaveText('Cargo and flights resumed on Monday');

  // Typing again, then leaving the note, is one undoable edit.
  await reader.editor.getByRole('textbox', { name: 'Note' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' morning.');
  await reader.field('Target').click();
  await expect(workbench.status).not.toHaveText(/Undid/);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(workbench.status).toHaveText('Undid: Edit note.');
  await expect(reader.editor.getByRole('textbox', { name: 'Note' })).toHaveText('Cargo and flights resumed on Monday');
});

test('deleting an annotation removes its highlight and links; undo restores both', async ({ page }) => {
  const { workbench, reader } = await openSample(page);
  // The library list counts each article's annotations, following every tag, delete and undo.
  const entry = workbench.articles.getByRole('button', { name: SAMPLE_TITLES.nakhchivan });
  await expect(entry).toContainText('0 annotations');
  await reader.selectPhrase(CLAIM);
  await page.keyboard.press('c');
  await expect(entry).toContainText('1 annotation');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await reader.selectPhrase(DENIAL);
  await page.keyboard.press('d');
  await reader.chooseLinkTarget(CLAIM);
  await reader.editor.getByRole('button', { name: 'Add link' }).click();
  await reader.editor.getByRole('button', { name: 'Delete annotation' }).click();
  await expect(reader.annotationList.getByRole('listitem')).toHaveCount(1);
  await expect.poll(() => reader.paintedTexts('dw-denial')).toEqual([]);
  await expect(entry).toContainText('1 annotation');
  await page.keyboard.press('Control+z');
  await expect(reader.editor).toHaveAccessibleName('Denial annotation');
  await expect(reader.editor.getByRole('list', { name: 'Links' })).toContainText(`denies Claim: “${CLAIM}”`);
  await expect.poll(() => reader.paintedTexts('dw-denial')).toEqual([DENIAL]);
  await expect(workbench.status).toHaveText('Undid: Delete denial.');
  await expect(entry).toContainText('2 annotations');
});
