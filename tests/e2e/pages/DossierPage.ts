// Page object for dossiers: the Dossiers tab, the composer in the centre pane, "Add to dossier"
// controls, the exports, and reading an exported PDF back as text with poppler's tools.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { WorkbenchPage } from './WorkbenchPage';
import { pdfOfPage, printRequests } from './printing';

export interface PdfText {
  readonly file: string;
  /** pdftotext -layout output, page by page (split on form feeds). */
  readonly pages: readonly string[];
  /** All the text with runs of whitespace made single spaces, for phrases that wrap across lines. */
  readonly flat: string;
  /** What pdfinfo says: page count and page size in points. */
  readonly pageCount: number;
  readonly pageSize: string;
}

export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export class DossierPage {
  readonly page: Page;
  readonly tabs: Locator;
  readonly list: Locator;
  readonly composer: Locator;
  readonly items: Locator;

  constructor(readonly workbench: WorkbenchPage) {
    this.page = workbench.page;
    this.tabs = this.page.getByRole('tablist', { name: 'Left pane' });
    this.list = this.page.getByRole('navigation', { name: 'Dossiers' });
    this.composer = this.page.getByRole('main');
    this.items = this.composer.getByRole('list', { name: 'Dossier items' }).locator(':scope > li');
  }

  async showDossiers(): Promise<void> {
    await this.tabs.getByRole('tab', { name: 'Dossiers' }).click();
    await expect(this.list).toBeVisible();
  }

  async showLibrary(): Promise<void> {
    await this.tabs.getByRole('tab', { name: 'Library' }).click();
    await expect(this.workbench.library).toBeVisible();
  }

  async open(title: string): Promise<void> {
    await this.showDossiers();
    await this.list.getByRole('button', { name: title }).first().click();
    await expect(this.composer.getByRole('heading', { level: 2 })).toHaveText(title);
  }

  /** Fills the "New dossier" dialog, wherever it was opened from. */
  async fillNewDossier(fields: { title: string; subtitle?: string; author?: string; handling?: string; summary?: string }): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'New dossier' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(fields.title);
    if (fields.subtitle) await dialog.getByRole('textbox', { name: 'Subtitle' }).fill(fields.subtitle);
    if (fields.author) await dialog.getByRole('textbox', { name: 'Author' }).fill(fields.author);
    if (fields.handling) await dialog.getByRole('textbox', { name: 'Handling line' }).fill(fields.handling);
    if (fields.summary) await dialog.getByRole('textbox', { name: 'Summary' }).fill(fields.summary);
    await dialog.getByRole('button', { name: 'Create dossier' }).click();
    await expect(dialog).toBeHidden();
  }

  /** The "Add to dossier" group inside `scope`, by its accessible name. */
  addControl(scope: Locator, name = 'Add to dossier'): Locator {
    return scope.getByRole('group', { name });
  }

  /** The items' accessible names, in order: "Passage 1: Claim “…”", "Narrative section 1: …". */
  async itemNames(): Promise<string[]> {
    return this.items.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
  }

  item(name: string | RegExp): Locator {
    return this.composer.getByRole('listitem', { name });
  }

  /** Adds a narrative section (after the item focus was last in, else at the end) and returns it. */
  async addNarrative(): Promise<Locator> {
    const ids = (): Promise<string[]> => this.items.evaluateAll((items) => items.map((item) => item.getAttribute('data-item-id') ?? ''));
    const before = new Set(await ids());
    await this.composer.getByRole('toolbar', { name: 'Dossier actions' }).getByRole('button', { name: 'Add narrative section' }).click();
    await expect(this.items).toHaveCount(before.size + 1);
    const added = (await ids()).findIndex((id) => !before.has(id));
    return this.items.nth(added);
  }

  /**
   * Opens the export dialog, exports (in the given layout, else the dialog's default), and waits
   * until the print view is ready and printed.
   */
  async exportPdf(pageSize: 'A4' | 'Letter', layout?: 'Detailed' | 'Compact'): Promise<Locator> {
    const printedBefore = (await printRequests(this.page)).length;
    await this.composer.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.getByRole('radio', { name: new RegExp(`^${pageSize}`) }).check();
    if (layout) await dialog.getByRole('group', { name: 'Layout' }).getByRole('radio', { name: new RegExp(`^${layout}`) }).check();
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/Sent to the print dialog/);
    await expect(this.page.locator('.print-document')).toHaveAttribute('data-state', 'ready');
    // Handed to printing exactly once, named for the dossier: the page carries the file name as
    // its title while printing, and its own title again afterwards.
    const requests = await printRequests(this.page);
    expect(requests.length).toBe(printedBefore + 1);
    expect(requests.at(-1)).toMatch(/\S/);
    expect(requests.at(-1)).not.toBe(await this.page.title());
    return dialog;
  }

  /**
   * Prints the page as Electron's printToPDF does (CSS page size, backgrounds), then reads the PDF
   * back with pdftotext and pdfinfo, as a person searching or copying from it would get it.
   */
  async printToPdf(name: string): Promise<PdfText> {
    // Under test-results, in the test's own folder: parallel and repeated runs never share a file.
    const file = test.info().outputPath(`${name}.pdf`);
    writeFileSync(file, await pdfOfPage(this.page));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
    return {
      file,
      pages,
      flat: flatten(text),
      pageCount: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN),
      pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1]?.trim() ?? '',
    };
  }
}
