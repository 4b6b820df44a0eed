// Import keeps what matters (issue 19): real files through the import dialog keep their whole
// title (cut only on screen, by CSS), their byline as author, Markdown list numbers and link
// targets, and lose the advertisement paragraphs of a web page.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { WorkbenchPage } from './pages/WorkbenchPage';

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');
const GEORGIA = 'Georgian Dream passes ‘foreign agents’ law in third reading despite weeks of mass protests in Tbilisi and across the regions';
const TREATY = 'Armenia and Azerbaijan initial the text of a peace treaty in Washington after decades of conflict over Karabakh and their border';
const FLIGHTS = 'Flights between Baku and Nakhchivan resume after a week-long pause that followed the drone strikes on the exclave';

test('text, Markdown and HTML files keep their whole titles, byline, list numbers and links, and lose the ads', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  // The library at its narrowest, so a whole title needs more lines than the list gives it.
  await page.setViewportSize({ width: 1024, height: 700 });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles(['armenia-azerbaijan-treaty.txt', 'georgia-foreign-agents.md', 'flights-resume.html'].map((name) => join(FIXTURES, name)));
  await expect(workbench.status).toHaveText('Imported 3 articles.');

  // The list shows the start of the title, cut by CSS; its accessible name is the whole title.
  const entry = workbench.article(GEORGIA);
  await expect(entry).toBeVisible();
  const cut = await entry.evaluate((button) => {
    const title = button.firstElementChild as HTMLElement;
    return { clamp: getComputedStyle(title).webkitLineClamp, overflows: title.scrollHeight > title.clientHeight + 1 };
  });
  expect(cut).toEqual({ clamp: '2', overflows: true });

  // A title derived from the first line is whole too; the byline under it fills the author.
  await workbench.openArticle(TREATY);
  await expect(workbench.detailsField('Title')).toHaveValue(TREATY);
  await expect(workbench.detailsField('Author')).toHaveValue('Joshua Kucera and Ani Mejlumyan');

  await workbench.openArticle(GEORGIA);
  await expect(workbench.detailsField('Title')).toHaveValue(GEORGIA);
  await expect(workbench.detailsField('Author')).toHaveValue('Mariam Nikuradze');
  await expect(workbench.articleText()).toContainText('Three things happen next:1. The President, Salome Zourabichvili, is expected to veto the bill.2. Parliament can override');
  await expect(workbench.articleText()).toContainText('the Public Defender (https://www.ombudsman.ge/eng) called it a threat');
  await expect(workbench.articleText()).toContainText('Read the full text of the law (https://matsne.gov.ge/ka/document/view/6171523?publication=0).');

  await workbench.openArticle(FLIGHTS);
  await expect(workbench.detailsField('Title')).toHaveValue(FLIGHTS);
  await expect(workbench.articleText()).toContainText('Cargo traffic through the Iranian corridor also reopened');
  await expect(workbench.articleText()).not.toContainText('Advertisement');
  await expect(workbench.articleText()).not.toContainText('Sponsored');
});
