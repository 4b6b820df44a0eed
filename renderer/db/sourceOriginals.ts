// The records that come with a PDF or Word article (its file, its page starts), checked on the
// way in and taken out and put back with the article (library.ts's delete and its undo).
import { z } from 'zod';
import { checkedAdd } from './checkedWrite';
import type { SourceFileRecord, SourcePagesRecord, WorkbenchDatabase } from './database';

/** PDF and Word files up to the article limit; past that the host refuses them before reading. */
export const sourceFileSchema = z.object({
  id: z.string().min(1).max(100),
  fileName: z.string().min(1).max(255),
  mediaType: z.string().min(1).max(200),
  blob: z.instanceof(Blob),
});

export const sourcePagesSchema = z.object({
  id: z.string().min(1).max(100),
  pageStarts: z.array(z.number().int().min(0)).min(1).max(100_000),
});

/** A source's file and pages, taken out with the source (library.ts's deleteSource) so undo puts them back. */
export interface SourceOriginalRecords {
  readonly file?: SourceFileRecord;
  readonly pages?: SourcePagesRecord;
}

/** Call inside a transaction that includes both tables. */
export async function takeSourceOriginal(id: string, database: WorkbenchDatabase): Promise<SourceOriginalRecords> {
  const [file, pages] = await Promise.all([database.sourceFiles.get(id), database.sourcePages.get(id)]);
  await Promise.all([database.sourceFiles.delete(id), database.sourcePages.delete(id)]);
  return { ...(file ? { file } : {}), ...(pages ? { pages } : {}) };
}

/** Call inside a transaction that includes both tables. */
export async function restoreSourceOriginal(records: SourceOriginalRecords, database: WorkbenchDatabase): Promise<void> {
  if (records.file) await checkedAdd<SourceFileRecord, string>(database.sourceFiles, sourceFileSchema, [records.file], 'original file');
  if (records.pages) await checkedAdd<SourcePagesRecord, string>(database.sourcePages, sourcePagesSchema, [records.pages], 'page list');
}
