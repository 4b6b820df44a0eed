// A dossier at the benchmark's size: 300 passages compose, export with progress, cancel, and
// print every passage with its page numbers.
import { expect, test } from '@playwright/test';
import { DossierPage, flatten } from './pages/DossierPage';
import { seedLargeDossier } from './pages/dossierSteps';
import { contentsPages, passagePages } from './pages/pdfContents';
import { enterAnalystName, exportDossierAsStix } from './pages/stixExport';
import { WorkbenchPage } from './pages/WorkbenchPage';

test('a 300-passage dossier: the export shows progress, can be cancelled, and prints every passage', async ({ page }) => {
  test.setTimeout(180_000);
  const workbench = new WorkbenchPage(page);
  const dossier = new DossierPage(workbench);
  await workbench.open();
  await seedLargeDossier(page, 300);
  await page.reload();
  await dossier.open('Large dossier (300)');
  await expect(dossier.items).toHaveCount(300);

  // Slowed down, the preparation lasts long enough to be seen and stopped. Clicks are dispatched:
  // a real click waits for a stable layout, which on a slowed page lets the export finish first.
  await dossier.composer.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await dialog.getByRole('button', { name: 'Export PDF' }).dispatchEvent('click');
  await dialog.getByRole('button', { name: 'Cancel export' }).dispatchEvent('click');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(dialog.getByRole('status')).toHaveText('PDF export cancelled.');
  await expect(page.locator('.print-document')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // In full: progress in the dialog and on the status line, then every passage in the PDF.
  const started = Date.now();
  const progress = page.getByRole('dialog', { name: 'Export PDF' }).getByRole('progressbar', { name: 'Export progress' });
  const seenProgress = progress.waitFor({ state: 'visible', timeout: 20_000 }).then(() => true);
  await dossier.exportPdf('A4');
  expect(await seenProgress).toBe(true);
  const pdf = await dossier.printToPdf('dossier-300');
  const seconds = (Date.now() - started) / 1000;
  test.info().annotations.push({ type: 'timing', description: `300 passages: ${pdf.pageCount} pages in ${seconds.toFixed(1)} s` });
  expect(pdf.flat).toContain('Passage 300');
  expect(pdf.flat).toContain('300 passages from 1 source');
  expect(flatten(pdf.pages.at(-1) ?? '')).toContain(`Page ${pdf.pageCount} of ${pdf.pageCount}`);
  // Compact, the default at this length: about ten passages to a page, after the contents.
  expect(pdf.pageCount).toBeGreaterThan(30);
  expect(pdf.flat).toMatch(/Passage 300 · F\d /);
  // The contents' measured page numbers are where every passage was printed.
  const contents = contentsPages(pdf);
  expect(Array.from({ length: 300 }, (_, i) => contents.get(i + 1))).toEqual(passagePages(pdf, 300));

  // And as a STIX 2.1 bundle: valid, all 300 passages in the dossier's report.
  await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Close' }).click();
  await enterAnalystName(page, 'Sample Analyst');
  const bundle = await exportDossierAsStix(page, 'Large dossier (300)');
  expect(bundle.objects.find((o) => o.type === 'report' && o.name === 'Large dossier (300)')?.object_refs).toHaveLength(300);
});
