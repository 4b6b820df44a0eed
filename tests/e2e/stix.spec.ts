// STIX 2.1 through the UI: a dossier exported as a bundle from the Export dialog passes OASIS's
// schemas and the MUST rules with its passages in order; OASIS's apt1 example bundle opened with
// "Open shared file…" brings its report in as an article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseExchangeText } from '../../shared/exchange';
import type { Source } from '../../shared/model';
import { STIX_CONFORMANCE_DIR } from '../stix/stixValidator';
import { DossierPage } from './pages/DossierPage';
import { seedLibrary } from './pages/seedLibrary';
import { enterAnalystName, exportDossierAsStix } from './pages/stixExport';
import { WorkbenchPage } from './pages/WorkbenchPage';

interface Bundle {
  readonly objects: readonly { readonly type: string; readonly id: string; readonly name?: string; readonly abstract?: string; readonly object_refs?: readonly string[] }[];
}

test('a dossier exported as a STIX 2.1 bundle validates, with its passages in order, and opens whole in another profile', async ({ page, browser }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const samples = await parseExchangeText(readFileSync(path.resolve(__dirname, '../../docs/examples/samples.dossier'), 'utf8'));
  if (!samples.ok) throw new Error('samples.dossier is invalid');
  const { content } = samples;
  await seedLibrary(page, { sources: content.sources.map((s): Source => ({ ...s, text: s.text ?? '', origin: 'file' })), annotations: content.annotations, links: content.links, dossiers: content.dossiers });
  const [dossier] = content.dossiers;
  if (!dossier) throw new Error('samples.dossier has no dossier');

  await enterAnalystName(page, 'Sample Analyst');
  const bundle = await exportDossierAsStix(page, dossier.title);
  expect(bundle.fileName).toMatch(/\.json$/);

  const report = bundle.objects.find((o) => o.type === 'report' && o.name === dossier.title);
  const quoteOf = new Map(bundle.objects.filter((o) => o.type === 'note').map((o) => [o.id, o.abstract]));
  const annotationQuote = new Map(content.annotations.map((a) => [a.id, a.quote.exact]));
  const expected = dossier.items.map((item) => (item.type === 'passage' ? annotationQuote.get(item.annotationId) : 'Narrative section of'));
  expect(report?.object_refs?.map((ref) => (quoteOf.get(ref) ?? '').replace(/^Narrative section of.*/, 'Narrative section of'))).toEqual(expected);

  // A colleague opens the bundle: the dossier comes back whole, passages in order.
  const other = await (await browser.newContext()).newPage();
  const colleague = new WorkbenchPage(other);
  await colleague.open();
  const chooser = other.waitForEvent('filechooser');
  await other.getByRole('toolbar', { name: 'Main actions' }).getByRole('button', { name: 'Open shared file…' }).click();
  await (await chooser).setFiles({ name: bundle.fileName, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle)) });
  const imported = other.getByRole('dialog', { name: `Imported ${bundle.fileName}` });
  await expect(imported).toContainText('Exported by Sample Analyst');
  await expect(imported).toContainText('Dossiers added1');
  await imported.getByRole('button', { name: 'Close' }).click();
  const dossierPage = new DossierPage(colleague);
  await dossierPage.open(dossier.title);
  await expect(dossierPage.items).toHaveCount(dossier.items.length);
  for (const [index, item] of dossier.items.entries()) {
    if (item.type === 'passage') await expect(dossierPage.items.nth(index)).toContainText(annotationQuote.get(item.annotationId) ?? '');
  }
  await other.context().close();
});

test('OASIS’s apt1 bundle opens as an article, with an import report of what was kept and skipped', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const apt1 = readFileSync(path.join(STIX_CONFORMANCE_DIR, 'examples', 'threat-reports', 'apt1.json'));
  const title = (JSON.parse(apt1.toString('utf8')) as Bundle).objects.find((o) => o.type === 'report')?.name ?? '';
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Main actions' }).getByRole('button', { name: 'Open shared file…' }).click();
  await (await chooser).setFiles({ name: 'apt1.json', mimeType: 'application/json', buffer: apt1 });
  const report = page.getByRole('dialog', { name: 'Imported apt1.json' });
  await expect(report).toContainText(`kept: report "${title}" → article`);
  await expect(report).toContainText('left out: relationship 30, indicator 12');
  await report.getByRole('button', { name: 'Close' }).click();
  await workbench.openArticle(title);
  await expect(workbench.articleText()).toContainText('Since 2004, Mandiant has investigated computer security breaches');
});

test('a bundle that is not valid STIX, dropped on the window, is refused with the path of the problem', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const apt1 = JSON.parse(readFileSync(path.join(STIX_CONFORMANCE_DIR, 'examples', 'threat-reports', 'apt1.json'), 'utf8')) as { objects: Record<string, unknown>[] };
  const index = apt1.objects.findIndex((o) => o.type === 'report');
  const broken = apt1.objects[index];
  if (broken) broken.modified = '2001-01-01T00:00:00.000Z';
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'broken.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(apt1));
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  const notice = workbench.notification('broken.json was not imported; nothing was changed.');
  await expect(notice).toContainText(`$.objects[${index}].modified: must not be before created`);
  await expect(workbench.article(/APT1/)).toHaveCount(0);
});
