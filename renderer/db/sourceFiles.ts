// The original files of PDF and Word articles and the page starts of PDF articles (schema
// version 8): stored with the article in one transaction, read by the Page view, the reader's
// page marks, citations and "Save original file…".
import type { ArticleDraft } from '../../shared/import/articleDraft';
import { checkedAdd } from './checkedWrite';
import { db, type SourceFileRecord, type SourcePagesRecord, type WorkbenchDatabase } from './database';
import { addSourceFromDraft, type AddSourceOutcome } from './library';
import { sourceFileSchema, sourcePagesSchema } from './sourceOriginals';
import { withStorageErrors } from './storageErrors';

/** What comes with an article imported from a file that has more than text. */
export interface ArticleOriginal {
  readonly file?: Omit<SourceFileRecord, 'id'>;
  readonly pageStarts?: readonly number[];
}

/** Stores the article, its file and its pages together, or nothing (a duplicate stores nothing new). */
export async function addSourceWithOriginal(draft: ArticleDraft, original: ArticleOriginal, database: WorkbenchDatabase = db): Promise<AddSourceOutcome> {
  return withStorageErrors(() =>
    database.transaction('rw', [database.sources, database.sourceTexts, database.sourceFiles, database.sourcePages], async () => {
      const outcome = await addSourceFromDraft(draft, database);
      if (outcome.status !== 'added') return outcome;
      const id = outcome.source.id;
      if (original.file) await checkedAdd<SourceFileRecord, string>(database.sourceFiles, sourceFileSchema, [{ id, ...original.file }], 'original file');
      if (original.pageStarts?.length) {
        await checkedAdd<SourcePagesRecord, string>(database.sourcePages, sourcePagesSchema, [{ id, pageStarts: [...original.pageStarts] }], 'page list');
      }
      return outcome;
    }),
  );
}

export async function loadSourceFile(id: string, database: WorkbenchDatabase = db): Promise<SourceFileRecord | undefined> {
  return database.sourceFiles.get(id);
}

/** Page starts of a PDF article; undefined for an article without pages. */
export async function loadPageStarts(id: string, database: WorkbenchDatabase = db): Promise<readonly number[] | undefined> {
  return (await database.sourcePages.get(id))?.pageStarts;
}

/** Page starts of many sources at once (citations in a dossier), by source id. */
export async function loadPageStartsOf(ids: readonly string[], database: WorkbenchDatabase = db): Promise<ReadonlyMap<string, readonly number[]>> {
  const records = await database.sourcePages.bulkGet([...ids]);
  return new Map(records.filter((r): r is SourcePagesRecord => r !== undefined).map((r) => [r.id, r.pageStarts]));
}
