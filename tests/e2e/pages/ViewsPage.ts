// Page objects for the cross-article views: the Claims and Timeline tabs and what they show in
// the centre pane, by role and name.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { WorkbenchPage } from './WorkbenchPage';

async function showTab(page: Page, name: 'Claims' | 'Timeline'): Promise<Locator> {
  await page.getByRole('tablist', { name: 'Left pane' }).getByRole('tab', { name }).click();
  const view = page.getByRole('main', { name });
  await expect(view).toBeVisible();
  return view;
}

/** The bytes of a download, as text (with any byte-order mark kept). */
export async function downloadedText(download: Download): Promise<{ readonly name: string; readonly bytes: Buffer }> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

export class ClaimsPage {
  readonly page: Page;
  constructor(readonly workbench: WorkbenchPage) {
    this.page = workbench.page;
  }

  get view(): Locator {
    return this.page.getByRole('main', { name: 'Claims' });
  }

  get table(): Locator {
    return this.view.getByRole('table', { name: 'Claims' });
  }

  async show(): Promise<Locator> {
    return showTab(this.page, 'Claims');
  }

  /** The table row of the claim whose quote holds `words`. */
  row(words: string): Locator {
    return this.table.getByRole('row').filter({ hasText: words });
  }

  async exportCsv(): Promise<{ readonly name: string; readonly bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.view.getByRole('button', { name: 'Export CSV' }).click();
    return downloadedText(await download);
  }
}

export class TimelinePage {
  readonly page: Page;
  constructor(readonly workbench: WorkbenchPage) {
    this.page = workbench.page;
  }

  get view(): Locator {
    return this.page.getByRole('main', { name: 'Timeline' });
  }

  get canvas(): Locator {
    return this.view.getByRole('img', { name: /^Timeline figure/ });
  }

  get events(): Locator {
    return this.view.getByRole('list', { name: 'Timeline events' }).getByRole('listitem');
  }

  async show(): Promise<Locator> {
    return showTab(this.page, 'Timeline');
  }

  async exportCsv(): Promise<{ readonly name: string; readonly bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.view.getByRole('button', { name: 'Export CSV' }).click();
    return downloadedText(await download);
  }
}
