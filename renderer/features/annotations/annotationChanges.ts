// The analyst's changes to annotations as plain undoable changes (no React): what the hook hands
// to the shell, and what the undo property test drives directly. Each writes through renderer/db/.
import {
  addAnnotation,
  addLink,
  changesOf,
  deleteAnnotation,
  previousValues,
  removeLink,
  restoreAnnotation,
  restoreLink,
  updateAnnotation,
  type AnnotationChanges,
  type AnnotationEdit,
  type DeletedAnnotation,
} from '../../db/annotations';
import type { WorkbenchDatabase } from '../../db/database';
import type { Annotation, AnnotationLink, LinkType } from '../../../shared/model';
import type { PlannedChange } from '../../ui/undoStack';

/** Creates `annotation`; undo deletes it, redo brings the same record back. */
export function createAnnotationChange(annotation: Annotation, label: string, database?: WorkbenchDatabase): PlannedChange {
  let deleted: DeletedAnnotation | null = null;
  return {
    label,
    run: () => addAnnotation(annotation, database),
    undo: async () => void (deleted = await deleteAnnotation(annotation.id, database)),
    redo: async () => {
      if (deleted) await restoreAnnotation(deleted, database);
    },
  };
}

/**
 * Sets fields (or, for a re-attach, the selectors). Undo writes the old values back and redo the
 * new ones, each as a new revision by `editor`.
 */
export function editAnnotationChange(id: string, edit: AnnotationEdit, editor: string, label: string, database?: WorkbenchDatabase): PlannedChange {
  let before: AnnotationChanges | null = null;
  let written: AnnotationChanges | null = null;
  return {
    label,
    run: async () => {
      const stored = await updateAnnotation(id, edit, editor, database);
      written = changesOf(edit, stored);
      before = previousValues(stored, written);
    },
    undo: async () => {
      if (before) await updateAnnotation(id, before, editor, database);
    },
    // Redo writes what the run wrote, whatever the record holds by then.
    redo: async () => void (await updateAnnotation(id, written ?? edit, editor, database)),
  };
}

/** Records a note edit already saved while typing: run and redo write `after`, undo `before`. */
export function noteEditChange(id: string, before: AnnotationChanges, after: AnnotationChanges, editor: string, database?: WorkbenchDatabase): PlannedChange {
  return {
    label: 'Edit note',
    run: async () => void (await updateAnnotation(id, after, editor, database)),
    undo: async () => void (await updateAnnotation(id, before, editor, database)),
  };
}

/** Deletes an annotation with its links; undo brings both back. */
export function deleteAnnotationChange(id: string, label: string, database?: WorkbenchDatabase): PlannedChange {
  let deleted: DeletedAnnotation | null = null;
  return {
    label,
    run: async () => void (deleted = await deleteAnnotation(id, database)),
    undo: async () => {
      if (deleted) await restoreAnnotation(deleted, database);
    },
  };
}

/** Links two annotations; redo restores the same link (same id), so later entries still find it. */
export function linkChange(fromId: string, toId: string, type: LinkType, label: string, onLinked?: (link: AnnotationLink) => void, database?: WorkbenchDatabase): PlannedChange {
  let created: AnnotationLink | null = null;
  return {
    label,
    run: async () => {
      created = await addLink(fromId, toId, type, database);
      onLinked?.(created);
    },
    undo: async () => {
      if (created) await removeLink(created.id, database);
    },
    redo: async () => {
      if (created) await restoreLink(created, database);
    },
  };
}

export function unlinkChange(link: AnnotationLink, database?: WorkbenchDatabase): PlannedChange {
  return {
    label: 'Remove link',
    run: async () => void (await removeLink(link.id, database)),
    undo: () => restoreLink(link, database),
  };
}
