// The one way tests fill a library with more than an analyst would tag by hand: the records are
// written into a shared file with the app's own exchange writer, and the workbench imports that
// file through "Open shared file…" (its own parse, merge, anchoring and Dexie writes). So a test
// library is always one the app itself could hold, and a new required field changes one place.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { buildExchangeFile, serializeExchangeFile, type AnnotationConflict } from '../../../shared/exchange';
import { draftFromPlainText } from '../../../shared/import/articleDraft';
import type { Annotation, AnnotationLink, Dossier, Source } from '../../../shared/model';

export interface SeedRecords {
  readonly sources: readonly Source[];
  readonly annotations?: readonly Annotation[];
  readonly links?: readonly AnnotationLink[];
  readonly dossiers?: readonly Dossier[];
  /** Unresolved conflicts, as a lead's merged library file carries them. */
  readonly conflicts?: readonly AnnotationConflict[];
  /** Whether the file carries the sources' texts (default); without them, annotations are re-anchored on the library's copy. */
  readonly includeText?: boolean;
}

const SAMPLE_FILES = {
  nakhchivan: '000_4f72efb9e98d7d6f.txt',
  airspace: '003_de8410bd84d09d86.txt',
} as const;

/**
 * A built-in sample as a Source record. Its text hash is the one the workbench seeded, so the
 * import places annotations made on it on the sample already in the library.
 */
export async function sampleSource(sample: keyof typeof SAMPLE_FILES): Promise<Source> {
  const draft = await draftFromPlainText(readFileSync(path.join(__dirname, '..', '..', '..', 'shared', 'samples', SAMPLE_FILES[sample]), 'utf8'), 'sample');
  const at = '2026-03-10T09:00:00.000Z';
  return { ...draft, id: `sample-${sample}`, importedAt: at, updatedAt: at, tags: [] };
}

/** Imports the records into the open workbench and waits until the import is written. */
export async function seedLibrary(page: Page, records: SeedRecords, fileName = 'seed.dossier', options: ImportWait = {}): Promise<void> {
  const report = await openSharedFile(page, records, fileName, options);
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toHaveCount(0);
}

/** How long to wait for an import's report: a benchmark's 50,000 annotations on a busy machine take longer. */
export interface ImportWait {
  readonly reportTimeoutMs?: number;
}

/** Opens the records as a shared file; resolves with the import report, left open. */
export async function openSharedFile(page: Page, records: SeedRecords, fileName: string, options: ImportWait = {}): Promise<Locator> {
  const file = buildExchangeFile({
    exportedBy: 'Test seed',
    exportedAt: new Date().toISOString(),
    scope: { kind: 'library', label: 'Test seed' },
    sources: records.sources,
    annotations: records.annotations ?? [],
    links: records.links ?? [],
    dossiers: records.dossiers ?? [],
    includeText: records.includeText ?? true,
    conflicts: records.conflicts ?? [],
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Main actions' }).getByRole('button', { name: 'Open shared file…' }).click();
  await (await chooser).setFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(serializeExchangeFile(file)) });
  const report = page.getByRole('dialog', { name: `Imported ${fileName}` });
  await expect(report).toBeVisible({ timeout: options.reportTimeoutMs ?? 60_000 });
  return report;
}
