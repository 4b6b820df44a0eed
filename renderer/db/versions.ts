// Reads and writes of article versions: the earlier texts kept in `sourceVersions`, and the one
// transaction that makes a new text current with every annotation's new placement (and undoes it).
import { annotationSchema, type Annotation, type Source } from '../../shared/model';
import { currentVersionSince, listVersions, sourceVersionSchema, type NewVersionPlan, type SourceVersion, type VersionListing } from '../../shared/versions';
import { checkedAdd, checkedPut } from './checkedWrite';
import { db, type SourcePagesRecord, type SourceRecord, type WorkbenchDatabase } from './database';
import { sourceRecordSchema, sourceTextSchema } from './library';
import { sourcePagesSchema } from './sourceOriginals';
import { withStorageErrors } from './storageErrors';

/** What the planning of a new version reads: the article with its text, its versions and annotations. */
export interface NewVersionBasis {
  readonly source: Source;
  readonly earlier: readonly SourceVersion[];
  readonly annotations: readonly Annotation[];
}

export async function loadNewVersionBasis(sourceId: string, database: WorkbenchDatabase = db): Promise<NewVersionBasis> {
  return database.transaction('r', [database.sources, database.sourceTexts, database.sourceVersions, database.annotations], async () => {
    const [record, text] = await Promise.all([database.sources.get(sourceId), database.sourceTexts.get(sourceId)]);
    if (!record || !text) throw new Error('This article is no longer in the library.');
    const [earlier, annotations] = await Promise.all([
      database.sourceVersions.where('sourceId').equals(sourceId).toArray(),
      database.annotations.where('sourceId').equals(sourceId).toArray(),
    ]);
    return { source: { ...record, text: text.text }, earlier, annotations };
  });
}

/** The earlier versions of an article, oldest first. */
export async function listSourceVersions(sourceId: string, database: WorkbenchDatabase = db): Promise<SourceVersion[]> {
  return (await database.sourceVersions.where('sourceId').equals(sourceId).toArray()).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/** Every kept version, for export. */
export async function allSourceVersions(database: WorkbenchDatabase = db): Promise<SourceVersion[]> {
  return database.sourceVersions.toArray();
}

const VERSION_TABLES = (database: WorkbenchDatabase) => [database.sources, database.sourceTexts, database.annotations, database.sourceVersions, database.sourcePages];

/** What a new version replaced, which undo puts back: the article record and its PDF page list. */
export interface NewVersionBefore {
  readonly source: SourceRecord;
  readonly pages?: SourcePagesRecord;
}

/** An annotation without its page selector: the new text has no pages of the original PDF. */
function withoutPages(annotation: Annotation): Annotation {
  const { pages: _pages, ...rest } = annotation;
  return rest;
}

/** Same annotations at the same revisions: nothing was added, deleted or edited since planning. */
function sameAnnotations(stored: readonly Annotation[], planned: readonly Annotation[]): boolean {
  if (stored.length !== planned.length) return false;
  const revisions = new Map(planned.map((a) => [a.id, a.revision]));
  return stored.every((a) => revisions.get(a.id) === a.revision);
}

/**
 * Makes the plan's text the article's current text, keeps the replaced one as a version and
 * stores every annotation's new placement, in one transaction. Returns the article record (and
 * page list) as they were, which undo puts back. Refuses, changing nothing, when the article
 * changed since planning. A PDF article's page list and its passages' pages describe the PDF's
 * text, not the new one: they are taken away with the old text (and kept with it for undo).
 */
export async function applyNewVersion(plan: NewVersionPlan, now: string, database: WorkbenchDatabase = db): Promise<NewVersionBefore> {
  return withStorageErrors(() =>
    database.transaction('rw', VERSION_TABLES(database), async () => {
      const before = await database.sources.get(plan.sourceId);
      if (!before) throw new Error('This article is no longer in the library.');
      const stored = await database.annotations.where('sourceId').equals(plan.sourceId).toArray();
      if (before.textHash !== plan.fromHash || !sameAnnotations(stored, plan.annotationsBefore)) {
        throw new Error('The article or its annotations changed while the new version was prepared; nothing was changed. Import the new version again.');
      }
      const holder = await database.sources.where('textHash').equals(plan.toHash).first();
      if (holder) throw new Error(`This text is already in the library as “${holder.title}”; nothing was changed.`);
      await checkedPut(database.sources, sourceRecordSchema, [{ ...before, textHash: plan.toHash, updatedAt: now }], 'article');
      await checkedPut(database.sourceTexts, sourceTextSchema, [{ id: plan.sourceId, text: plan.newText }], 'article');
      await checkedAdd(database.sourceVersions, sourceVersionSchema, [plan.replaced], 'article version');
      const pages = await database.sourcePages.get(plan.sourceId);
      if (pages) await database.sourcePages.delete(plan.sourceId);
      // Anchoring outcomes are the app's reading of the text, not an edit: no new revision.
      await checkedPut(database.annotations, annotationSchema, pages ? plan.annotationsAfter.map(withoutPages) : plan.annotationsAfter, 'annotation');
      return pages ? { source: before, pages } : { source: before };
    }),
  );
}

/** Takes the step back: the earlier article record, text and annotations exactly as they were. */
export async function revertNewVersion(plan: NewVersionPlan, before: NewVersionBefore, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() =>
    database.transaction('rw', VERSION_TABLES(database), async () => {
      const current = await database.sources.get(plan.sourceId);
      if (current?.textHash !== plan.toHash) throw new Error('This article no longer has that version as its text; nothing was changed.');
      const stored = await database.annotations.where('sourceId').equals(plan.sourceId).toArray();
      const planned = new Set(plan.annotationsAfter.map((a) => a.id));
      const added = stored.filter((a) => !planned.has(a.id));
      if (added.length > 0) throw new Error('Annotations were made on the new version since; undo those first.');
      await checkedPut(database.sources, sourceRecordSchema, [before.source], 'article');
      if (before.pages) await checkedPut(database.sourcePages, sourcePagesSchema, [before.pages], 'page list');
      await checkedPut(database.sourceTexts, sourceTextSchema, [{ id: plan.sourceId, text: plan.replaced.text }], 'article');
      await database.sourceVersions.delete([plan.sourceId, plan.fromHash]);
      await checkedPut(database.annotations, annotationSchema, plan.annotationsBefore, 'annotation');
    }),
  );
}

/** The text of one version of an article: the current text, or a kept earlier one. */
export async function loadVersionText(sourceId: string, textHash: string, database: WorkbenchDatabase = db): Promise<string | undefined> {
  const record = await database.sources.get(sourceId);
  if (record?.textHash === textHash) return (await database.sourceTexts.get(sourceId))?.text;
  return (await database.sourceVersions.get([sourceId, textHash]))?.text;
}

/** An article's versions, numbered oldest first (the last is current); empty when it is gone. */
export async function articleVersions(sourceId: string, database: WorkbenchDatabase = db): Promise<VersionListing[]> {
  const [record, earlier] = await Promise.all([database.sources.get(sourceId), database.sourceVersions.where('sourceId').equals(sourceId).toArray()]);
  if (!record) return [];
  return listVersions(earlier, { textHash: record.textHash, importedAt: currentVersionSince(record.importedAt, earlier) });
}
