// Page object for the workbench shell: what an analyst sees and does, by role and name.
import { expect, type Locator, type Page } from '@playwright/test';
import { standInForPrintDialog } from './printing';

export const SAMPLE_TITLES = {
  nakhchivan: /^Iranian President Masoud Pezeshkian called his Azerbaijani counterpart/,
  airspace: /^Iranian President Masouz Pezeshkian on June 26 called for investigation/,
} as const;

export class WorkbenchPage {
  readonly library: Locator;
  readonly articles: Locator;
  readonly reader: Locator;
  readonly details: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.library = page.getByRole('navigation', { name: 'Library' });
    this.articles = this.library.getByRole('list', { name: 'Articles' });
    this.reader = page.getByRole('main');
    this.details = page.getByRole('complementary', { name: 'Details' });
    this.status = page.getByRole('contentinfo').getByRole('status');
  }

  async open(): Promise<void> {
    await standInForPrintDialog(this.page);
    await this.page.goto('/');
    await this.showLibrary();
    await expect(this.articles.getByRole('listitem')).not.toHaveCount(0);
  }

  /** Names the analyst in Settings, as shared files and edits record it. */
  async setAnalystName(name: string): Promise<void> {
    const settings = this.page.getByRole('dialog', { name: 'Settings' });
    await this.page.getByRole('button', { name: 'Settings' }).click();
    await settings.getByLabel('Analyst name').fill(name);
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(settings).toHaveCount(0);
  }

  /** In a narrow window the library is folded behind a toolbar toggle: unfold it. */
  async showLibrary(): Promise<void> {
    await expect(this.page.getByRole('toolbar', { name: 'Main actions' })).toBeVisible();
    const toggle = this.page.getByRole('button', { name: 'Show library' });
    if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  }

  article(title: string | RegExp): Locator {
    return this.articles.getByRole('button', { name: title });
  }

  async openArticle(title: string | RegExp): Promise<void> {
    await this.article(title).click();
    await expect(this.reader.getByRole('textbox', { name: 'Article text' })).toBeVisible();
  }

  articleText(): Locator {
    return this.reader.getByRole('textbox', { name: 'Article text' });
  }

  detailsField(label: string): Locator {
    return this.details.getByRole(label === 'Reliability' ? 'combobox' : 'textbox', { name: label, exact: true });
  }

  notification(text: string | RegExp): Locator {
    return this.page.getByRole('region', { name: 'Notifications' }).locator('[role=status], [role=alert]').filter({ hasText: text });
  }
}
