// A register conflict on an annotation, as the record the existing side-by-side conflict view
// reads (`AnnotationConflict`): "Yours" is the analyst's own standing edit, "Theirs" a colleague's.
import type { AnnotationConflict } from '../exchange/format';
import type { Annotation } from '../model/annotation';
import { contentConflicts, rebuildRecord, settledFields } from './tableRecords';
import { DELETED_FIELD, type FieldEdit, type JsonValue, type SyncedRecord } from './teamLibrary';

/** Conflict records made from the team library carry this prefix and the annotation id. */
export const TEAM_CONFLICT_PREFIX = 'team:';

/** Shown where a shared-file conflict names its file ("Changed here and in …"). */
export const TEAM_CONFLICT_ORIGIN = 'the team library';

export function teamConflictId(annotationId: string): string {
  return `${TEAM_CONFLICT_PREFIX}${annotationId}`;
}

/** The annotation id of a team conflict record, or undefined for a shared-file conflict. */
export function annotationIdOfTeamConflict(conflictId: string): string | undefined {
  return conflictId.startsWith(TEAM_CONFLICT_PREFIX) ? conflictId.slice(TEAM_CONFLICT_PREFIX.length) : undefined;
}

function latest(edits: readonly FieldEdit[]): FieldEdit | undefined {
  return edits.reduce<FieldEdit | undefined>((best, edit) => (!best || edit.at > best.at ? edit : best), undefined);
}

/**
 * Both sides of the annotation's standing conflicts, or undefined when it has none (or its
 * registers do not make an annotation). Each conflicted field takes the analyst's own head on
 * "Yours" (else the one shown by default) and another head on "Theirs"; the other fields agree.
 */
export function teamAnnotationConflict(synced: SyncedRecord, analyst: string): AnnotationConflict | undefined {
  const conflicts = contentConflicts(synced).filter((conflict) => conflict.field !== DELETED_FIELD);
  if (synced.table !== 'annotations' || synced.deleted || conflicts.length === 0) return undefined;
  const base = settledFields(synced);
  const mine: Record<string, JsonValue> = { ...base };
  const theirs: Record<string, JsonValue> = { ...base };
  const mineEdits: FieldEdit[] = [];
  const theirEdits: FieldEdit[] = [];
  for (const conflict of conflicts) {
    const own = conflict.heads.find((head) => head.author === analyst) ?? conflict.heads.find((head) => JSON.stringify(head.value) === JSON.stringify(base[conflict.field])) ?? conflict.heads[0];
    const other = conflict.heads.find((head) => head !== own && head.author !== analyst) ?? conflict.heads.find((head) => head !== own);
    if (!own || !other) continue;
    mine[conflict.field] = own.value;
    theirs[conflict.field] = other.value;
    mineEdits.push(own);
    theirEdits.push(other);
  }
  const noText = (): undefined => undefined;
  const [local, incoming] = [rebuildRecord('annotations', mine, noText), rebuildRecord('annotations', theirs, noText)];
  const [myLatest, theirLatest] = [latest(mineEdits), latest(theirEdits)];
  if (local.kind !== 'record' || incoming.kind !== 'record' || !myLatest || !theirLatest) return undefined;
  // Who changed each side last and when, as the view shows them (edit times are for display only).
  const stamp = (annotation: Annotation, edit: FieldEdit): Annotation => ({ ...annotation, updatedAt: edit.at, ...(edit.author ? { editedBy: edit.author } : {}) });
  return {
    id: teamConflictId(synced.id),
    annotationId: synced.id,
    local: stamp(local.record, myLatest),
    incoming: stamp(incoming.record, theirLatest),
    fileName: TEAM_CONFLICT_ORIGIN,
    exportedBy: theirLatest.author,
    detectedAt: myLatest.at > theirLatest.at ? myLatest.at : theirLatest.at,
  };
}

/** The fields of the annotation that stand in conflict and need `TeamLibrary.resolve` when settled. */
export function conflictedAnnotationFields(synced: SyncedRecord | undefined): readonly string[] {
  return synced ? contentConflicts(synced).map((conflict) => conflict.field) : [];
}
