// Reads and writes of the library: sources with their texts and everything hanging off them.
import type { ArticleDraft } from '../../shared/import/articleDraft';
import {
  annotationLinkSchema,
  annotationSchema,
  newId,
  nowIso,
  sourceMetadataSchema,
  sourceSchema,
  type Annotation,
  type AnnotationLink,
  type Source,
  type SourceMetadata,
} from '../../shared/model';
import { checkRecord, checkedAdd, checkedPut } from './checkedWrite';
import { db, type SourceRecord, type SourceText, type WorkbenchDatabase } from './database';
import { withStorageErrors } from './storageErrors';
import { restoreSourceOriginal, takeSourceOriginal, type SourceOriginalRecords } from './sourceOriginals';

/** A stored source: the shared schema without the text, which `sourceTexts` holds. */
export const sourceRecordSchema = sourceSchema.omit({ text: true });
export const sourceTextSchema = sourceSchema.pick({ id: true, text: true });
const SOURCE = 'article';

export type AddSourceOutcome =
  | { readonly status: 'added'; readonly source: SourceRecord }
  | { readonly status: 'duplicate'; readonly existing: SourceRecord };

export async function findSourceByHash(textHash: string, database: WorkbenchDatabase = db): Promise<SourceRecord | undefined> {
  return database.sources.where('textHash').equals(textHash).first();
}

/** Stores a draft unless the same text is already in the library. */
export async function addSourceFromDraft(draft: ArticleDraft, database: WorkbenchDatabase = db): Promise<AddSourceOutcome> {
  return withStorageErrors(() =>
    database.transaction('rw', database.sources, database.sourceTexts, async () => {
      const existing = await findSourceByHash(draft.textHash, database);
      if (existing) return { status: 'duplicate', existing } as const;
      const now = nowIso();
      const { text, ...metadata } = draft;
      const source: SourceRecord = { ...metadata, id: newId(), importedAt: now, updatedAt: now, tags: [] };
      await checkedAdd(database.sources, sourceRecordSchema, [source], SOURCE);
      await checkedAdd<SourceText, string>(database.sourceTexts, sourceTextSchema, [{ id: source.id, text }], SOURCE);
      return { status: 'added', source } as const;
    }),
  );
}

export async function loadSource(id: string, database: WorkbenchDatabase = db): Promise<Source | undefined> {
  const [record, text] = await Promise.all([database.sources.get(id), database.sourceTexts.get(id)]);
  return record && text ? { ...record, text: text.text } : undefined;
}

export async function updateSourceMetadata(
  id: string,
  metadata: SourceMetadata,
  database: WorkbenchDatabase = db,
): Promise<void> {
  const checked = checkRecord(sourceMetadataSchema, metadata, SOURCE);
  await withStorageErrors(() =>
    database.transaction('rw', database.sources, async () => {
      const current = await database.sources.get(id);
      if (!current) throw new Error('This article is no longer in the library.');
      await checkedPut(database.sources, sourceRecordSchema, [{ ...current, ...checked, updatedAt: nowIso() }], SOURCE);
    }),
  );
}

/** Everything a deleted source takes with it, kept so the deletion can be undone. */
export interface DeletedSource {
  readonly source: SourceRecord;
  readonly text: string;
  readonly annotations: readonly Annotation[];
  readonly links: readonly AnnotationLink[];
  /** A PDF or Word article's file and pages (schema version 8). */
  readonly original?: SourceOriginalRecords;
}

export async function deleteSource(id: string, database: WorkbenchDatabase = db): Promise<DeletedSource> {
  const tables = [database.sources, database.sourceTexts, database.annotations, database.links, database.sourceFiles, database.sourcePages];
  return withStorageErrors(() => database.transaction('rw', tables, async () => {
    const source = await database.sources.get(id);
    const text = await database.sourceTexts.get(id);
    if (!source || !text) throw new Error('This article is no longer in the library.');
    const annotations = await database.annotations.where('sourceId').equals(id).toArray();
    const annotationIds = annotations.map((a) => a.id);
    const links = [
      ...(await database.links.where('fromId').anyOf(annotationIds).toArray()),
      ...(await database.links.where('toId').anyOf(annotationIds).toArray()),
    ].filter((link, index, all) => all.findIndex((other) => other.id === link.id) === index);
    await database.links.bulkDelete(links.map((l) => l.id));
    await database.annotations.bulkDelete(annotationIds);
    await database.sourceTexts.delete(id);
    await database.sources.delete(id);
    const original = await takeSourceOriginal(id, database);
    return { source, text: text.text, annotations, links, original };
  }));
}

export async function restoreSource(deleted: DeletedSource, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() =>
    database.transaction('rw', [database.sources, database.sourceTexts, database.annotations, database.links, database.sourceFiles, database.sourcePages], async () => {
      await checkedAdd(database.sources, sourceRecordSchema, [deleted.source], SOURCE);
      await checkedAdd<SourceText, string>(database.sourceTexts, sourceTextSchema, [{ id: deleted.source.id, text: deleted.text }], SOURCE);
      await checkedAdd(database.annotations, annotationSchema, deleted.annotations, 'annotation');
      await checkedAdd(database.links, annotationLinkSchema, deleted.links, 'link');
      if (deleted.original) await restoreSourceOriginal(deleted.original, database);
    }),
  );
}

/** Every source record (without texts), for the library list. */
export async function listSources(database: WorkbenchDatabase = db): Promise<SourceRecord[]> {
  return database.sources.toArray();
}

/** The texts of the given sources, by source id (those still in the library). */
export async function loadSourceTexts(ids: readonly string[], database: WorkbenchDatabase = db): Promise<Map<string, string>> {
  const texts = await database.sourceTexts.bulkGet([...ids]);
  return new Map(texts.filter((t): t is SourceText => t !== undefined).map((t) => [t.id, t.text]));
}

export async function getSourceRecord(id: string, database: WorkbenchDatabase = db): Promise<SourceRecord | undefined> {
  return database.sources.get(id);
}

/**
 * Adds drafts once per profile: the first call stores them and records `onceKey`; later calls
 * (and a profile whose analyst deleted them since) add nothing. Returns how many were added.
 */
export async function addSourcesOnce(onceKey: string, drafts: readonly ArticleDraft[], database: WorkbenchDatabase = db): Promise<number> {
  return withStorageErrors(() =>
    database.transaction('rw', [database.settings, database.sources, database.sourceTexts], async () => {
      if (await database.settings.get(onceKey)) return 0;
      let added = 0;
      for (const draft of drafts) {
        const outcome = await addSourceFromDraft(draft, database);
        if (outcome.status === 'added') added += 1;
      }
      await database.settings.put({ key: onceKey, value: true });
      return added;
    }),
  );
}
