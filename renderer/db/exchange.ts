// The library as the shared-file code sees it, and the Dexie transactions that apply an
// import, undo it, and settle a conflict: each all-or-nothing.
import { resolveConflict, type AnnotationConflict, type ConflictChoice, type LibrarySnapshot, type LibrarySource, type MergePlan } from '../../shared/exchange';
import { newId, nowIso, type Annotation } from '../../shared/model';
import { db, type ImportRecord, type SourceRecord, type WorkbenchDatabase } from './database';
import { withStorageErrors } from './storageErrors';

export async function loadLibrarySnapshot(database: WorkbenchDatabase = db): Promise<LibrarySnapshot> {
  const [sources, texts, annotations, links, dossiers, conflicts] = await Promise.all([
    database.sources.toArray(),
    database.sourceTexts.toArray(),
    database.annotations.toArray(),
    database.links.toArray(),
    database.dossiers.toArray(),
    database.conflicts.toArray(),
  ]);
  const textById = new Map(texts.map((t) => [t.id, t.text]));
  return {
    sources: sources.map((s): LibrarySource => ({ ...s, text: textById.get(s.id) })),
    annotations,
    links,
    dossiers,
    conflicts,
  };
}

function toRecord(source: LibrarySource): SourceRecord {
  const { text: _text, origin, ...metadata } = source;
  return { ...metadata, origin: origin ?? 'shared' };
}

const IMPORT_TABLES = (database: WorkbenchDatabase) => [
  database.sources,
  database.sourceTexts,
  database.annotations,
  database.links,
  database.dossiers,
  database.conflicts,
  database.imports,
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
      await database.sources.bulkPut(changes.sourcesToPut.map(toRecord));
      await database.sourceTexts.bulkPut(
        changes.sourcesToPut.flatMap((s) => (typeof s.text === 'string' && s.text ? [{ id: s.id, text: s.text }] : [])),
      );
      await database.annotations.bulkPut([...changes.annotationsToPut]);
      await database.links.bulkPut([...changes.linksToAdd]);
      await database.dossiers.bulkPut([...changes.dossiersToPut]);
      await database.conflicts.bulkPut([...changes.conflictsToAdd]);
      await database.imports.add(record);
    }),
  );
  return record.id;
}

/** Takes an import back: what it added goes, what it replaced returns. */
export async function undoImportRecord(importId: string, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() =>
    database.transaction('rw', IMPORT_TABLES(database), async () => {
      const record = await database.imports.get(importId);
      if (!record) throw new Error('That import is no longer in the log.');
      if (record.undone) throw new Error(`The import of ${record.fileName} was already undone.`);
      const { undo } = record;
      await database.sources.bulkDelete([...undo.sourceIdsAdded]);
      await database.sourceTexts.bulkDelete([...undo.sourceIdsAdded]);
      await database.sources.bulkPut(undo.sourcesReplaced.map(toRecord));
      await database.annotations.bulkDelete([...undo.annotationIdsAdded]);
      await database.annotations.bulkPut([...undo.annotationsReplaced]);
      await database.links.bulkDelete([...undo.linkIdsAdded]);
      await database.dossiers.bulkDelete([...undo.dossierIdsAdded]);
      await database.conflicts.bulkDelete([...undo.conflictIdsAdded]);
      await database.imports.update(importId, { undone: true });
    }),
  );
}

/** Keeps the chosen version of a conflicted annotation and closes the conflict. */
export async function settleConflict(conflictId: string, choice: ConflictChoice, database: WorkbenchDatabase = db): Promise<Annotation> {
  return withStorageErrors(() =>
    database.transaction('rw', database.conflicts, database.annotations, async () => {
      const conflict = await database.conflicts.get(conflictId);
      if (!conflict) throw new Error('This conflict was already resolved.');
      const chosen = resolveConflict(conflict, choice, nowIso());
      await database.annotations.put(chosen);
      await database.conflicts.delete(conflictId);
      return chosen;
    }),
  );
}

export async function countConflicts(database: WorkbenchDatabase = db): Promise<number> {
  return database.conflicts.count();
}

/** Unresolved conflicts, oldest first. */
export async function listConflicts(database: WorkbenchDatabase = db): Promise<AnnotationConflict[]> {
  return database.conflicts.orderBy('detectedAt').toArray();
}
