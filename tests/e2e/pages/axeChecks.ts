// axe on the page as it is: the serious and critical findings, each named by the view it was
// found in and the elements it concerns. Minor findings are not the bar (issue 19's "Done when").
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** `scope`: a selector to check alone (a modal dialog; the page behind it is inert). */
export async function seriousFindings(page: Page, view: string, scope?: string): Promise<string[]> {
  // The workbench has no frames, so axe runs in the page itself (legacy mode). The default mode
  // runs axe in each frame and then merges the results in a new blank page, which took about 2 s
  // of every 3 s check here, for nothing a frameless page needs.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const results = await (scope ? builder.include(scope) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${view}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** No serious or critical axe finding on the page as it is. */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  expect(await seriousFindings(page, view)).toEqual([]);
}
