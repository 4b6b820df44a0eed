// Drives the workbench for the benchmark: a library holding the big article, opened and
// timed the way an analyst opens it.
import { expect, type Page } from '@playwright/test';
import { splitParagraphs, type Paragraph } from '../../../shared/text/normalise';
import type { BigArticle } from '../data/bigArticle';
import { armInViewPaint, type InViewPaint, type ProbeSpan } from './probes';
import { seedLibrary } from '../../e2e/pages/seedLibrary';

export function articleButton(page: Page, title: string): ReturnType<Page['getByRole']> {
  return page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: title });
}

/** Loads the app, imports the big article with its annotations through the app, and reloads. */
export async function loadLibraryWith(page: Page, big: BigArticle): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).not.toHaveCount(0);
  await seedLibrary(page, { sources: [big.source], annotations: big.annotations });
  await reloadFresh(page);
  await expect(articleButton(page, big.source.title)).toBeVisible();
}

export function probeSpans(big: BigArticle): ProbeSpan[] {
  return big.annotations.map((a) => ({ start: a.position.start, end: a.position.end, kind: a.kind }));
}

export function paragraphsOf(big: BigArticle): readonly Paragraph[] {
  return splitParagraphs(big.source.text);
}

/** Milliseconds from `since` (performance.now() time) until the reader had laid out the whole article. */
export async function laidOutAfter(page: Page, since: number): Promise<number> {
  const handle = await page.waitForFunction(() => performance.getEntriesByName('dw:article-laid-out').at(-1)?.startTime, undefined, { timeout: 60_000 });
  return ((await handle.jsonValue()) as number) - since;
}

/** Reloads the app as a fresh start: no article open (the app reopens the last one it showed). */
export async function reloadFresh(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

/** Clicks the article in the library; resolves when every highlight in view is painted. */
export async function openAndTime(page: Page, big: BigArticle): Promise<InViewPaint> {
  await expect(page.getByRole('main').getByRole('heading', { name: 'No article open' })).toBeVisible();
  const paragraphs = paragraphsOf(big).map(({ start, end }) => ({ start, end }));
  await page.evaluate(armInViewPaint, { spans: probeSpans(big), paragraphs, timeoutMs: 30_000 });
  await articleButton(page, big.source.title).click();
  return (await page.evaluate(() => window.__benchWait)) as InViewPaint;
}
