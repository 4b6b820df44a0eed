// Page object for the Actors tab and an actor's page, by role and name.
import { expect, type Locator, type Page } from '@playwright/test';
import type { WorkbenchPage } from './WorkbenchPage';

export class ActorsPage {
  readonly page: Page;
  readonly pane: Locator;
  readonly grid: Locator;
  readonly suggestions: Locator;
  readonly actorPage: Locator;

  constructor(readonly workbench: WorkbenchPage) {
    this.page = workbench.page;
    this.pane = this.page.getByRole('navigation', { name: 'Actors' });
    this.grid = this.pane.getByRole('grid', { name: 'Actors' });
    this.suggestions = this.pane.getByRole('list', { name: 'Suggested aliases' });
    this.actorPage = this.page.getByRole('main').getByRole('region').first();
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Actors' }).click();
    await expect(this.grid).toBeVisible();
  }

  /** A grid row by the actor's shown name (its aliases follow it in the row's name). */
  row(name: string): Locator {
    return this.grid.getByRole('row', { name: new RegExp(`^${name}\\b`) });
  }

  /** The grid's body rows as text: "name (also …) claims denials actions target articles". */
  async rows(): Promise<string[]> {
    return (await this.grid.locator('tbody tr').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }
}
