// The reader's context menu: tag the selection, copy it, copy it with its citation.
import { expect, test } from '@playwright/test';
import { ReaderPage } from './pages/ReaderPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

test('right-click on a selection tags it or copies it with its citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await workbench.detailsField('Publisher').fill('OC Media');
  await workbench.detailsField('URL').fill('https://oc-media.org/nakhchivan');
  await workbench.details.getByRole('button', { name: 'Save details' }).click();

  const phrase = 'the flow of cargo between Iran and Azerbaijan reopened';
  await reader.selectPhrase(phrase);
  await reader.clickPhrase('cargo between Iran', 'right');
  const menu = page.getByRole('menu', { name: 'Selection actions' });
  await menu.getByRole('menuitem', { name: 'Copy with citation' }).click();
  await expect(menu).toBeHidden();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    // Each piece isolated (FSI…PDI), so a right-to-left title could not reorder the parenthesis.
    `“\u2068${phrase}\u2069” (\u2068Iranian President Masoud Pezeshkian called his Azerbaijani counterpart Ilham Aliyev on Sunday evening and officially denied Tehran’s involvement in the drone strikes on the Azerbaijani exclave of Nakhchivan on 5 March — which Baku blamed on Iran shortly after the incident\u2069, \u2068OC Media\u2069, \u20689 March 2026\u2069, https://oc-media.org/nakhchivan)`,
  );

  await reader.selectPhrase(phrase);
  await reader.clickPhrase('cargo between Iran', 'right');
  await menu.getByRole('menuitem', { name: 'Tag as action' }).click();
  await expect(reader.editor).toHaveAccessibleName('Action annotation');
  await expect(reader.editor.getByRole('blockquote')).toHaveText(phrase);
});
