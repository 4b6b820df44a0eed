// The link picker: a combobox that finds the annotation to link to by words of its quote, its
// article's title, its actor or its kind, and is worked with the keyboard alone.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './pages/axeChecks';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

test('the link picker filters by quote, article, actor and kind, and works with the keyboard', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.airspace);
  await reader.selectPhrase('Israeli drones and micro air vehicles may have utilized Azerbaijan');
  await page.keyboard.press('c');
  await reader.fill('Actor', 'Iranian readout');
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await reader.selectPhrase('the flow of cargo between Iran and Azerbaijan reopened');
  await page.keyboard.press('a');
  await reader.fill('Actor', 'Azerbaijan');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await reader.selectPhrase('officially denied Tehran’s involvement in the drone strikes');
  await page.keyboard.press('d');

  const picker = reader.field('Linked annotation');
  const options = reader.linkTargets.getByRole('option');
  const addLink = reader.editor.getByRole('button', { name: 'Add link' });
  await expect(addLink).toBeDisabled();

  // Closed until asked; ArrowDown opens it with every other annotation, the first highlighted.
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await picker.focus();
  await picker.press('ArrowDown');
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await expect(options).toHaveCount(2);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await picker.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(picker).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? 'none');
  // Open, in both themes, axe finds nothing serious.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `link picker open, ${colorScheme}`);
  }
  await picker.press('Escape');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(options).toHaveCount(0);
  await expect(addLink).toBeDisabled();

  // By actor, by words of the other article's title, by kind and quote together.
  await picker.fill('readout');
  await expect(options).toHaveText([/^Claim: “Israeli drones and micro air vehicles/]);
  await picker.fill('June 26');
  await expect(options).toHaveText([/^Claim: “Israeli drones/]);
  await picker.fill('action cargo');
  await expect(options).toHaveText([/^Action: “the flow of cargo between Iran and Azerbaijan reopened” .* · Azerbaijan$/]);
  await picker.fill('no such passage');
  await expect(options).toHaveCount(0);
  await expect(reader.editor.getByText('No annotation matches “no such passage”.')).toBeVisible();

  // Enter takes the highlighted one; typing again un-chooses it, so Add link never links a stale choice.
  await picker.fill('claim drones');
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue(/^Claim: “Israeli drones/);
  await expect(addLink).toBeEnabled();
  await picker.press('Backspace');
  await expect(addLink).toBeDisabled();
  await reader.chooseLinkTarget('claim Iranian readout');
  await addLink.click();
  await expect(reader.editor.getByRole('list', { name: 'Links' })).toContainText('denies Claim: “Israeli drones and micro air vehicles may have utilized Azerbaijan”');
  await expect(picker).toHaveValue('');
});
