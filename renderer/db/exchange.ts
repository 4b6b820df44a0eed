// The library as the shared-file code sees it, and the Dexie transactions that apply an
// import, undo it, and settle a conflict: each all-or-nothing.
import { annotationConflictSchema, resolveConflict, type AnnotationConflict, type ConflictChoice, type LibrarySnapshot, type LibrarySource, type MergePlan } from '../../shared/exchange';
import { actorSchema, annotationLinkSchema, annotationSchema, dossierSchema, newId, nowIso, type Actor, type Annotation } from '../../shared/model';
import { resolveConflictFields, type FieldChoice, type ResolvableField } from '../../shared/exchange/fieldResolution';
import { sourceVersionSchema } from '../../shared/versions';
import { checkedPut } from './checkedWrite';
import { sourceRecordSchema, sourceTextSchema } from './library';
import { db, type ImportRecord, type StoredConflict, type SourcePagesRecord, type SourceRecord, type WorkbenchDatabase } from './database';
import { sourcePagesSchema } from './sourceOriginals';
import { withStorageErrors } from './storageErrors';
import { isTeamRecordConflict } from '../../shared/sync/teamRecordConflicts';

export async function loadLibrarySnapshot(database: WorkbenchDatabase = db): Promise<LibrarySnapshot> {
  const [sources, texts, annotations, links, dossiers, conflicts, actors, sourceVersions, pages] = await Promise.all([
    database.sources.toArray(),
    database.sourceTexts.toArray(),
    database.annotations.toArray(),
    database.links.toArray(),
    database.dossiers.toArray(),
    database.conflicts.toArray(),
    database.actors.toArray(),
    database.sourceVersions.toArray(),
    database.sourcePages.toArray(),
  ]);
  const textById = new Map(texts.map((t) => [t.id, t.text]));
  const pagesById = new Map(pages.map((p) => [p.id, p.pageStarts]));
  return {
    sources: sources.map((s): LibrarySource => {
      const text = textById.get(s.id);
      const pageStarts = pagesById.get(s.id);
      // Pages belong to the text they were read from; a page list that no longer fits it stays home.
      const fits = pageStarts && text !== undefined && (pageStarts.at(-1) ?? 0) <= text.length;
      return { ...s, text, ...(fits ? { pageStarts } : {}) };
    }),
    annotations,
    links,
    dossiers,
    // Team record conflicts stay home: a shared file carries annotation conflicts only.
    conflicts: conflicts.filter((conflict): conflict is AnnotationConflict => !isTeamRecordConflict(conflict)),
    ...(actors.length > 0 ? { actors } : {}),
    ...(sourceVersions.length > 0 ? { sourceVersions } : {}),
  };
}

function toRecord(source: LibrarySource): SourceRecord {
  const { text: _text, pageStarts: _pages, origin, ...metadata } = source;
  return { ...metadata, origin: origin ?? 'shared' };
}

/** The `sourcePages` record of a source that has pages. */
function pagesOf(source: LibrarySource): SourcePagesRecord[] {
  return source.pageStarts?.length ? [{ id: source.id, pageStarts: [...source.pageStarts] }] : [];
}

const IMPORT_TABLES = (database: WorkbenchDatabase) => [
  database.sources,
  database.sourceTexts,
  database.annotations,
  database.links,
  database.dossiers,
  database.conflicts,
  database.imports,
  database.actors,
  database.sourceVersions,
  database.sourcePages,
];

/** Writes an import plan in one transaction and logs it for undo; returns the import's id. */
export async function applyImportPlan(plan: MergePlan, database: WorkbenchDatabase = db): Promise<string> {
  const record: ImportRecord = {
    id: newId(),
    fileName: plan.report.fileName,
    importedAt: plan.report.importedAt,
    report: plan.report,
    undo: plan.undo,
    undone: false,
  };
  const { changes } = plan;
  await withStorageErrors(() =>
    database.transaction('rw', IMPORT_TABLES(database), async () => {
      await checkedPut(database.sources, sourceRecordSchema, changes.sourcesToPut.map(toRecord), 'article');
      await checkedPut(
        database.sourceTexts,
        sourceTextSchema,
        changes.sourcesToPut.flatMap((s) => (typeof s.text === 'string' && s.text ? [{ id: s.id, text: s.text }] : [])),
        'article text',
      );
      await checkedPut(database.sourcePages, sourcePagesSchema, changes.sourcesToPut.flatMap(pagesOf), 'page list');
      await checkedPut(database.annotations, annotationSchema, changes.annotationsToPut, 'annotation');
      await checkedPut(database.links, annotationLinkSchema, changes.linksToAdd, 'link');
      await checkedPut(database.dossiers, dossierSchema, changes.dossiersToPut, 'dossier');
      await checkedPut(database.conflicts, annotationConflictSchema, changes.conflictsToAdd, 'conflict');
      await checkedPut(database.actors, actorSchema, changes.actorsToPut ?? [], 'actor');
      // The app keeps only versions with their text (a version without it cannot be read or compared).
      await checkedPut(database.sourceVersions, sourceVersionSchema, (changes.versionsToAdd ?? []).flatMap((v) => (v.text ? [{ ...v, text: v.text }] : [])), 'article version');
      await database.imports.add(record);
    }),
  );
  return record.id;
}

/**
 * Takes an import back: what it added goes, what it replaced returns. A replaced annotation
 * returns as a new revision with its old values (an undo never rewinds a revision).
 */
export async function undoImportRecord(importId: string, editor: string, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() =>
    database.transaction('rw', IMPORT_TABLES(database), async () => {
      const record = await database.imports.get(importId);
      if (!record) throw new Error('That import is no longer in the log.');
      if (record.undone) throw new Error(`The import of ${record.fileName} was already undone.`);
      const { undo } = record;
      await database.sources.bulkDelete([...undo.sourceIdsAdded]);
      await database.sourceTexts.bulkDelete([...undo.sourceIdsAdded]);
      await checkedPut(database.sources, sourceRecordSchema, undo.sourcesReplaced.map(toRecord), 'article');
      // Pages the import filled in for an article go; an added article's pages go with it.
      await database.sourcePages.bulkDelete([...undo.sourceIdsAdded, ...undo.sourcesReplaced.filter((s) => !s.pageStarts?.length).map((s) => s.id)]);
      await checkedPut(database.sourcePages, sourcePagesSchema, undo.sourcesReplaced.flatMap(pagesOf), 'page list');
      await database.annotations.bulkDelete([...undo.annotationIdsAdded]);
      const current = await database.annotations.bulkGet(undo.annotationsReplaced.map((a) => a.id));
      const restored = undo.annotationsReplaced.map((old, index): Annotation => {
        const revision = Math.max(old.revision, current[index]?.revision ?? 0) + 1;
        return { ...old, revision, updatedAt: nowIso(), editedBy: editor };
      });
      await checkedPut(database.annotations, annotationSchema, restored, 'annotation');
      await database.links.bulkDelete([...undo.linkIdsAdded]);
      await database.dossiers.bulkDelete([...undo.dossierIdsAdded]);
      await database.conflicts.bulkDelete([...undo.conflictIdsAdded]);
      // Actor records the import replaced return as new revisions, like annotations.
      await database.actors.bulkDelete([...(undo.actorIdsAdded ?? [])]);
      const currentActors = await database.actors.bulkGet((undo.actorsReplaced ?? []).map((a) => a.id));
      const restoredActors = (undo.actorsReplaced ?? []).map((old, index): Actor => {
        const revision = Math.max(old.revision, currentActors[index]?.revision ?? 0) + 1;
        return { ...old, revision, updatedAt: nowIso(), editedBy: editor };
      });
      await checkedPut(database.actors, actorSchema, restoredActors, 'actor');
      await database.sourceVersions.bulkDelete((undo.versionKeysAdded ?? []).map(([sourceId, textHash]): [string, string] => [sourceId, textHash]));
      await database.imports.update(importId, { undone: true });
    }),
  );
}

/** How the analyst settles an annotation conflict: one whole version, or field by field. */
export type ConflictSettlement = ConflictChoice | Partial<Record<ResolvableField, FieldChoice>>;

/** Keeps the chosen version (or fields) of a conflicted annotation and closes the conflict. */
export async function settleConflict(conflictId: string, settlement: ConflictSettlement, editor: string, database: WorkbenchDatabase = db): Promise<Annotation> {
  return withStorageErrors(() =>
    database.transaction('rw', database.conflicts, database.annotations, async () => {
      const conflict = await database.conflicts.get(conflictId);
      if (!conflict) throw new Error('This conflict was already resolved.');
      if (isTeamRecordConflict(conflict)) throw new Error('This conflict is settled with its own choices (settleTeamRecordConflict).');
      const now = nowIso();
      const chosen: Annotation =
        typeof settlement === 'string' ? { ...resolveConflict(conflict, settlement, now), editedBy: editor } : resolveConflictFields(conflict, settlement, editor, now);
      await checkedPut(database.annotations, annotationSchema, [chosen], 'annotation');
      await database.conflicts.delete(conflictId);
      return chosen;
    }),
  );
}

export async function countConflicts(database: WorkbenchDatabase = db): Promise<number> {
  return database.conflicts.count();
}

/** Unresolved conflicts, oldest first: annotations' and team records'. */
export async function listConflicts(database: WorkbenchDatabase = db): Promise<StoredConflict[]> {
  return database.conflicts.orderBy('detectedAt').toArray();
}
