// The Claims view, built from the two samples tagged through the UI: a claim in one sample is
// denied from the other by linking in the view itself, shows as denied, the suggestion of that
// pair goes away once linked, and the CSV holds the claim with its status.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './pages/axeChecks';
import { FIRST, SECOND, tagPhrase } from './pages/dossierSteps';
import { ReaderPage } from './pages/ReaderPage';
import { ClaimsPage } from './pages/ViewsPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

test('a claim in one sample denied from the other shows as denied, linked from the claims view', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  const claims = new ClaimsPage(workbench);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.airspace);
  await tagPhrase(reader, SECOND.claim, 'c', 'Iranian readout');
  await reader.fill('Target', 'Azerbaijan');
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await tagPhrase(reader, FIRST.claim, 'c', 'Baku');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(reader, FIRST.denial, 'd', 'Iranian readout');
  await reader.fill('Target', 'Azerbaijan');

  const view = await claims.show();
  await expect(view.getByRole('status')).toHaveText('2 of 2 claims');
  await expect(claims.row(SECOND.claim.slice(0, 30)).getByText('Unanswered')).toBeVisible();

  // The denial shares the claim's actor and target: suggested, not yet linked.
  await view.getByRole('button', { name: 'Suggest answers' }).click();
  const suggestions = view.getByRole('list', { name: 'Suggested answers' }).getByRole('listitem');
  await expect(suggestions.filter({ hasText: 'Israeli drones' })).toHaveCount(1);

  // Link from here with the keyboard: focus the claim's row, Enter chooses it; pick the answer.
  const row = claims.row(SECOND.claim.slice(0, 30));
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(row).toHaveAttribute('aria-selected', 'true');
  const form = view.getByRole('form', { name: 'Link an answer to the chosen claim' });
  await form.getByRole('combobox', { name: 'The answer' }).selectOption('denies');
  const picker = form.getByRole('combobox', { name: 'Linked annotation' });
  await picker.fill('denial officially denied');
  await expect(form.getByRole('listbox').getByRole('option')).toHaveCount(1);
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await form.getByRole('button', { name: 'Link answer' }).click();

  await expect(row.getByText('Denied', { exact: true })).toBeVisible();
  await expect(row.getByRole('list', { name: 'Answers' })).toContainText('denied by Iranian readout');
  await expect(suggestions.filter({ hasText: 'Israeli drones' })).toHaveCount(0);

  // The status filter and the actor filter.
  await view.getByRole('combobox', { name: 'Status' }).selectOption('denied');
  await expect(view.getByRole('status')).toHaveText('1 of 2 claims');
  await view.getByRole('combobox', { name: 'Status' }).selectOption('');
  await view.getByRole('combobox', { name: 'Actor' }).fill('Baku');
  await expect(view.getByRole('status')).toHaveText('1 of 2 claims');
  await expect(claims.row(FIRST.claim).getByText('Unanswered')).toBeVisible();
  await view.getByRole('combobox', { name: 'Actor' }).fill('');
  await expectAccessible(page, 'claims view');

  // The link is the editor's own: undo takes it back.
  await row.focus();
  await page.keyboard.press('Control+z');
  await expect(row.getByText('Unanswered')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(row.getByText('Denied', { exact: true })).toBeVisible();

  const csv = await claims.exportCsv();
  expect(csv.name).toMatch(/^Claims - all claims\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Status,Claim,Actor,Target,Event date,Tags,Article,Answers,Denied by,Supported by,Annotation id');
  expect(lines.find((line) => line.includes('Israeli drones'))).toMatch(/^Denied,.*Iranian readout,Azerbaijan,.*,1,Iranian readout: officially denied Tehran’s involvement/);
});
