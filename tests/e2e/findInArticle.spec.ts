// Find in the open article (Ctrl+F): the count, next and previous by Enter, Shift+Enter and F3,
// every hit painted and the current one distinct and in view, Escape back to the article; in
// Latin, Persian (RTL, yeh/kaf variants, ZWNJ) and Cyrillic text, folded as the search folds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { findAllMatches } from '../../shared/search/findMatches';
import { foldText } from '../../shared/search/textFolding';
import { generateBigArticle } from '../bench/data/bigArticle';
import { expectAccessible } from './pages/axeChecks';
import { importTextFile, PERSIAN, RUSSIAN } from './pages/mixedScripts';
import { seedLibrary } from './pages/seedLibrary';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

const NAKHCHIVAN = readFileSync(path.join(__dirname, '..', '..', 'shared', 'samples', '000_4f72efb9e98d7d6f.txt'), 'utf8');

/** The texts a find highlight's ranges cover. */
async function painted(page: Page, name: 'dw-find' | 'dw-find-current'): Promise<string[]> {
  return page.evaluate((name) => {
    const texts: string[] = [];
    for (const range of CSS.highlights.get(name) ?? []) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      texts.push(live.toString());
    }
    return texts;
  }, name);
}

/** Whether the current hit lies inside the reader pane's visible part. */
async function currentHitInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const [range] = CSS.highlights.get('dw-find-current') ?? [];
    const pane = document.querySelector('main');
    if (!range || !pane) return false;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const hit = live.getBoundingClientRect();
    const view = pane.getBoundingClientRect();
    return hit.height > 0 && hit.top >= view.top && hit.bottom <= view.bottom;
  });
}

function findBox(workbench: WorkbenchPage): Locator {
  return workbench.reader.getByRole('searchbox', { name: 'Find in article' });
}

function findStatus(workbench: WorkbenchPage): Locator {
  return workbench.reader.getByRole('search', { name: 'Find in article' }).getByRole('status');
}

test('Ctrl+F finds a name in a Latin article: count, Enter, Shift+Enter, F3, every hit painted, Escape returns', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  // Without an article the command says what it needs.
  await page.keyboard.press('Control+f');
  await expect(workbench.notification('Find in article: Open an article first.')).toBeVisible();

  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  const text = workbench.articleText();
  await text.focus();
  await page.keyboard.press('Control+f');
  await expect(findBox(workbench)).toBeFocused();
  const total = NAKHCHIVAN.match(/pezeshkian/gi)?.length ?? 0;
  expect(total).toBeGreaterThan(5);

  await page.keyboard.type('PEZESHKIAN');
  await expect(findStatus(workbench)).toHaveText(`1 of ${total}`);
  await expectAccessible(page, 'find bar');
  await expect.poll(() => painted(page, 'dw-find-current')).toEqual(['Pezeshkian']);
  await expect.poll(async () => (await painted(page, 'dw-find')).length).toBe(total - 1);
  await page.keyboard.press('Enter');
  await expect(findStatus(workbench)).toHaveText(`2 of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(findStatus(workbench)).toHaveText(`${total} of ${total}`);
  await expect.poll(() => currentHitInView(page)).toBe(true);
  await page.keyboard.press('F3');
  await expect(findStatus(workbench)).toHaveText(`1 of ${total}`);
  await workbench.reader.getByRole('button', { name: 'Next match' }).click();
  await expect(findStatus(workbench)).toHaveText(`2 of ${total}`);

  // A curly apostrophe in the text is found by a straight one; a phrase across words.
  await findBox(workbench).fill("tehran's INVOLVEMENT");
  await expect(findStatus(workbench)).toHaveText('1 of 1');
  await expect.poll(() => painted(page, 'dw-find-current')).toEqual(['Tehran’s involvement']);
  await findBox(workbench).fill('Tehran’s involvementX');
  await expect(findStatus(workbench)).toHaveText('No matches');

  await findBox(workbench).press('Escape');
  await expect(findBox(workbench)).toHaveCount(0);
  await expect(text).toBeFocused();
  await expect.poll(() => painted(page, 'dw-find')).toEqual([]);
  await expect.poll(() => painted(page, 'dw-find-current')).toEqual([]);
});

test('find in a Persian article: Arabic yeh, alef maksura, tatweel and a missing ZWNJ still find the word, right to left', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await importTextFile(workbench, 'tasnim.txt', PERSIAN.file, PERSIAN.title);
  await workbench.openArticle(PERSIAN.title);
  await workbench.articleText().focus();
  await page.keyboard.press('Control+f');
  // Typed with the Arabic yeh and without the ZWNJ that joins the word in the text.
  await findBox(workbench).fill('ميگذارد');
  await expect(findStatus(workbench)).toHaveText('1 of 1');
  await expect.poll(() => painted(page, 'dw-find-current')).toEqual(['می‌گذارد']);
  await expect.poll(() => currentHitInView(page)).toBe(true);
  // A tatweel and the Arabic alef maksura for the final yeh in the query.
  await findBox(workbench).fill('حملات پهپادـى');
  await expect(findStatus(workbench)).toHaveText('1 of 1');
  await expect.poll(() => painted(page, 'dw-find-current')).toEqual(['حملات پهپادی']);
  await findBox(workbench).fill('خود');
  await expect(findStatus(workbench)).toHaveText('1 of 2');
  await page.keyboard.press('Enter');
  await expect(findStatus(workbench)).toHaveText('2 of 2');
  await expect.poll(() => painted(page, 'dw-find')).toEqual(['خود']);
});

test('find in a Russian article: Cyrillic folded by case only', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await importTextFile(workbench, 'rus.txt', RUSSIAN.file, RUSSIAN.title);
  await workbench.openArticle(RUSSIAN.title);
  await workbench.articleText().focus();
  await page.keyboard.press('Control+f');
  await findBox(workbench).fill('ПЕЗЕШКИАН');
  await expect(findStatus(workbench)).toHaveText('1 of 1');
  await expect.poll(() => painted(page, 'dw-find-current')).toEqual(['Пезешкиан']);
  await findBox(workbench).fill('алиевым');
  await expect.poll(() => painted(page, 'dw-find-current')).toEqual(['Алиевым']);
  // й is a letter of its own, not и with a mark: "и" does not find "й".
  await findBox(workbench).fill('беспилотнйков');
  await expect(findStatus(workbench)).toHaveText('No matches');
  await workbench.reader.getByRole('button', { name: 'Close find bar' }).click();
  await expect(findBox(workbench)).toHaveCount(0);
});

test('find in the 300,000-character article: every hit counted, those in view painted on their words, F3 far down the text', async ({ page }) => {
  test.setTimeout(120_000);
  const big = await generateBigArticle();
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await seedLibrary(page, { sources: [big.source] });
  await page.reload();
  await workbench.article(big.source.title).click();
  await expect(workbench.articleText()).toBeVisible({ timeout: 45_000 });
  const word = 'Azerbaijan';
  const hits = findAllMatches(foldText(big.source.text), word);
  // More than the 200 painted whole: this article is painted near the view only.
  expect(hits.length).toBeGreaterThan(200);

  await workbench.articleText().focus();
  await page.keyboard.press('Control+f');
  await findBox(workbench).fill(word.toLowerCase());
  await expect(findStatus(workbench)).toHaveText(`1 of ${hits.length.toLocaleString('en')}`);
  const expected = big.source.text.slice(hits[0]?.start, hits[0]?.end);
  await expect.poll(() => painted(page, 'dw-find-current')).toEqual([expected]);
  // Only what is near the view is painted, and each painted range covers the word.
  const near = await painted(page, 'dw-find');
  expect(near.length).toBeGreaterThan(0);
  expect(near.length).toBeLessThan(100);
  expect(near.every((text) => text.toLowerCase() === word.toLowerCase())).toBe(true);

  // Previous from the first wraps to the last hit, at the end of the article, painted and in view.
  await page.keyboard.press('Shift+F3');
  const total = hits.length.toLocaleString('en');
  await expect(findStatus(workbench)).toHaveText(`${total} of ${total}`);
  await expect.poll(() => currentHitInView(page)).toBe(true);
  const last = hits.at(-1);
  await expect.poll(() => painted(page, 'dw-find-current')).toEqual([big.source.text.slice(last?.start, last?.end)]);
  await expect.poll(async () => (await painted(page, 'dw-find')).length).toBeGreaterThan(0);
});
