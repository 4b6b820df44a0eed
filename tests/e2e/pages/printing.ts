// Printing in the browser build: the workbench hands its print view to `window.print()`, whose
// dialog belongs to the browser, not to the app. Headless Chromium 156.0.8078.114 never finishes
// that print job (every later printToPDF is refused with "Page is already being printed"), so
// tests stand in for the dialog: they record what the app asked to print, then print the page
// themselves the way Electron's printToPDF does.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** Document titles (the suggested file names) of each `window.print()` call. */
    __printRequests?: string[];
  }
}

/** Replaces the browser's print dialog in this page and every page it loads later. */
export async function standInForPrintDialog(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__printRequests = [];
    window.print = () => {
      window.__printRequests?.push(document.title);
    };
  });
}

/** What the app sent to the print dialog since the page loaded. */
export async function printRequests(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__printRequests ?? []);
}

/** The page printed to PDF as Electron's printToPDF prints it: CSS page size, backgrounds. */
export async function pdfOfPage(page: Page): Promise<Buffer> {
  return page.pdf({ preferCSSPageSize: true, printBackground: true });
}
