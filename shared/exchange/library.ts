// Applies an import plan to an in-memory library and settles a conflict: the CLI's whole library.
// The app applies the same plans in Dexie transactions (renderer/db/exchange.ts), and undoes them there.
import type { Annotation } from '../model/annotation';
import type { LibrarySnapshot } from './build';
import type { AnnotationConflict } from './format';
import type { MergeChanges } from './mergeReport';

function putAll<T extends { readonly id: string }>(records: readonly T[], updates: readonly T[]): T[] {
  const byId = new Map(records.map((r) => [r.id, r] as const));
  for (const update of updates) byId.set(update.id, update);
  return [...byId.values()];
}

export function applyMergeChanges(library: LibrarySnapshot, changes: MergeChanges): LibrarySnapshot {
  const actors = putAll(library.actors ?? [], changes.actorsToPut ?? []);
  const sourceVersions = [...(library.sourceVersions ?? []), ...(changes.versionsToAdd ?? [])];
  return {
    ...(actors.length > 0 ? { actors } : {}),
    ...(sourceVersions.length > 0 ? { sourceVersions } : {}),
    sources: putAll(library.sources, changes.sourcesToPut),
    annotations: putAll(library.annotations, changes.annotationsToPut),
    links: [...library.links, ...changes.linksToAdd],
    dossiers: putAll(library.dossiers, changes.dossiersToPut),
    conflicts: [...library.conflicts, ...changes.conflictsToAdd],
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
