// Applies an import plan to an in-memory library, takes it back, and settles a conflict: the
// CLI's whole library, and the reference the app's Dexie transactions follow step by step.
import type { Annotation } from '../model/annotation';
import type { LibrarySnapshot } from './build';
import type { AnnotationConflict } from './format';
import type { ImportUndo, MergeChanges } from './mergeReport';

function putAll<T extends { readonly id: string }>(records: readonly T[], updates: readonly T[]): T[] {
  const byId = new Map(records.map((r) => [r.id, r] as const));
  for (const update of updates) byId.set(update.id, update);
  return [...byId.values()];
}

export function applyMergeChanges(library: LibrarySnapshot, changes: MergeChanges): LibrarySnapshot {
  return {
    sources: putAll(library.sources, changes.sourcesToPut),
    annotations: putAll(library.annotations, changes.annotationsToPut),
    links: [...library.links, ...changes.linksToAdd],
    dossiers: putAll(library.dossiers, changes.dossiersToPut),
    conflicts: [...library.conflicts, ...changes.conflictsToAdd],
  };
}

/** The library as it was before the import the undo record belongs to. */
export function undoImport(library: LibrarySnapshot, undo: ImportUndo): LibrarySnapshot {
  const without = <T extends { readonly id: string }>(records: readonly T[], ids: readonly string[]): T[] => {
    const gone = new Set(ids);
    return records.filter((r) => !gone.has(r.id));
  };
  return {
    sources: putAll(without(library.sources, undo.sourceIdsAdded), undo.sourcesReplaced),
    annotations: putAll(without(library.annotations, undo.annotationIdsAdded), undo.annotationsReplaced),
    links: without(library.links, undo.linkIdsAdded),
    dossiers: without(library.dossiers, undo.dossierIdsAdded),
    conflicts: without(library.conflicts, undo.conflictIdsAdded),
  };
}

export type ConflictChoice = 'local' | 'incoming';

/**
 * The annotation to store when the analyst settles a conflict. Its revision passes both sides',
 * so the choice wins against either version when files are exchanged again.
 */
export function resolveConflict(conflict: AnnotationConflict, choice: ConflictChoice, now: string): Annotation {
  const chosen = choice === 'local' ? conflict.local : conflict.incoming;
  return { ...chosen, revision: Math.max(conflict.local.revision, conflict.incoming.revision) + 1, updatedAt: now };
}
