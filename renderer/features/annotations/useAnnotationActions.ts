// What the analyst does to annotations, each an undoable change: tag, edit, delete, link,
// re-attach. The changes themselves are in annotationChanges.ts; this adds selection and status.
import { useCallback, useMemo } from 'react';
import { describeSelection, expandToCodePointBoundaries, reattachAnnotation } from '../../../shared/anchoring';
import {
  createAnnotation,
  type AnnotationFields,
  nowIso,
  type Annotation,
  type AnnotationKind,
  type AnnotationLink,
  type LinkType,
  type Source,
} from '../../../shared/model';
import { updateAnnotation } from '../../db/annotations';
import { loadPageStarts } from '../../db/sourceFiles';
import { pagesOfRange } from '../../../shared/import/pdfPages';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import type { PlannedChange } from '../../ui/undoStack';
import { createAnnotationChange, deleteAnnotationChange, editAnnotationChange, linkChange, noteEditChange, unlinkChange } from './annotationChanges';
import { requestAnalystName } from '../settings/analystNameRequest';
import { KIND_LABELS, LINK_LABELS } from '../common/kinds';
import type { NoteValue } from './NoteEditor';
import { quotedIsolated } from '../../../shared/text/bidiIsolation';

/** Field changes, or how to make them from the annotation as stored when the edit is written. */
export type FieldEdit = Partial<AnnotationFields> | ((stored: Annotation) => Partial<AnnotationFields>);

export interface AnnotationActions {
  readonly tag: (source: Source, start: number, end: number, kind: AnnotationKind) => Promise<Annotation | null>;
  /** `changes`, or a function making them from the stored record (for a part of a field). */
  readonly edit: (annotation: Annotation, changes: FieldEdit, label: string) => Promise<void>;
  /** Saves the note while the analyst types (no undo entry); a failure reaches the analyst. */
  readonly draftNote: (annotation: Annotation, value: NoteValue) => Promise<void>;
  /** Records a finished note edit (already saved while typing) as one undoable change. */
  readonly editNote: (annotation: Annotation, before: NoteValue, after: NoteValue) => Promise<void>;
  readonly remove: (annotation: Annotation) => Promise<void>;
  readonly link: (from: Annotation, to: Annotation, type: LinkType) => Promise<void>;
  readonly unlink: (link: AnnotationLink) => Promise<void>;
  readonly reattach: (annotation: Annotation, source: Source, start: number, end: number) => Promise<void>;
}

/** `change` with the selection following it: `afterRun` on run and redo, `afterUndo` on undo. */
function selecting(change: PlannedChange, afterRun: () => void, afterUndo: () => void): PlannedChange {
  const redo = change.redo ?? change.run;
  return {
    label: change.label,
    run: async () => {
      await change.run();
      afterRun();
    },
    undo: async () => {
      await change.undo();
      afterUndo();
    },
    redo: async () => {
      await redo();
      afterRun();
    },
  };
}

export function useAnnotationActions(author: string, onSelect: (id: string | null) => void): AnnotationActions {
  const { perform, setStatus, notify } = useWorkbench();

  const tag = useCallback(
    async (source: Source, start: number, end: number, kind: AnnotationKind) => {
      const bounds = expandToCodePointBoundaries(source.text, start, end);
      // A PDF source's passage also records its pages (the page selector).
      const pages = pagesOfRange((await loadPageStarts(source.id)) ?? [], bounds.start, bounds.end);
      const placement = { ...describeSelection(source.text, bounds.start, bounds.end), ...(pages ? { pages } : {}) };
      const annotation = createAnnotation({ source, placement, kind, author });
      const planned = createAnnotationChange(annotation, `Tag ${KIND_LABELS[kind].toLowerCase()}`);
      const change = await perform(selecting(planned, () => onSelect(annotation.id), () => onSelect(null)));
      if (!change) return null;
      // The first annotation without a name signs nothing: ask for it again.
      if (author === '') requestAnalystName();
      setStatus(`Tagged ${kind === 'action' ? 'an' : 'a'} ${KIND_LABELS[kind].toLowerCase()}: ${quotedIsolated(annotation.quote.exact.slice(0, 60))}.`);
      return annotation;
    },
    [author, perform, onSelect, setStatus],
  );

  const edit = useCallback(
    async (annotation: Annotation, changes: FieldEdit, label: string) => {
      await perform(editAnnotationChange(annotation.id, changes, author, label));
    },
    [author, perform],
  );

  const draftNote = useCallback(
    async (annotation: Annotation, value: NoteValue) => {
      try {
        await updateAnnotation(annotation.id, value, author);
      } catch (error) {
        notify({ tone: 'error', message: `The note could not be saved: ${errorMessage(error)}` });
      }
    },
    [author, notify],
  );

  const editNote = useCallback(
    async (annotation: Annotation, before: NoteValue, after: NoteValue) => {
      await perform(noteEditChange(annotation.id, before, after, author));
    },
    [author, perform],
  );

  const remove = useCallback(
    async (annotation: Annotation) => {
      const planned = deleteAnnotationChange(annotation.id, `Delete ${KIND_LABELS[annotation.kind].toLowerCase()}`);
      const change = await perform(selecting(planned, () => onSelect(null), () => onSelect(annotation.id)));
      if (change) setStatus(`Deleted the ${KIND_LABELS[annotation.kind].toLowerCase()}. Ctrl+Z brings it back.`);
    },
    [perform, onSelect, setStatus],
  );

  const link = useCallback(
    async (from: Annotation, to: Annotation, type: LinkType) => {
      const change = await perform(linkChange(from.id, to.id, type, `Link: ${LINK_LABELS[type].outgoing}`));
      if (change) setStatus(`Linked: this ${KIND_LABELS[from.kind].toLowerCase()} ${LINK_LABELS[type].outgoing} the ${KIND_LABELS[to.kind].toLowerCase()}.`);
    },
    [perform, setStatus],
  );

  const unlink = useCallback(async (existing: AnnotationLink) => void (await perform(unlinkChange(existing))), [perform]);

  const reattach = useCallback(
    async (annotation: Annotation, source: Source, start: number, end: number) => {
      const selectors = reattachAnnotation(source.text, start, end);
      const pages = pagesOfRange((await loadPageStarts(source.id)) ?? [], selectors.position.start, selectors.position.end);
      const changes = { ...selectors, ...(pages ? { pages } : {}), sourceHash: source.textHash, anchor: { state: 'exact' as const, score: 1, checkedAt: nowIso() } };
      const change = await perform(editAnnotationChange(annotation.id, changes, author, 'Re-attach annotation'));
      if (change) setStatus(`Re-attached to ${quotedIsolated(selectors.quote.exact.slice(0, 60))}.`);
    },
    [author, perform, setStatus],
  );

  return useMemo(
    () => ({ tag, edit, draftNote, editNote, remove, link, unlink, reattach }),
    [tag, edit, draftNote, editNote, remove, link, unlink, reattach],
  );
}
