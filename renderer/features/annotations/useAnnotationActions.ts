// What the analyst does to annotations, each an undoable change: tag, edit, delete, link,
// re-attach.
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
import {
  addLink,
  deleteAnnotation,
  putAnnotation,
  removeLink,
  restoreAnnotation,
  restoreLink,
  updateAnnotation,
  type DeletedAnnotation,
} from '../../db/annotations';
import { useWorkbench } from '../../ui/workbenchContext';
import { KIND_LABELS, LINK_LABELS } from '../common/kinds';
import type { NoteValue } from './NoteEditor';

export interface AnnotationActions {
  readonly tag: (source: Source, start: number, end: number, kind: AnnotationKind) => Promise<Annotation | null>;
  readonly edit: (annotation: Annotation, changes: Partial<AnnotationFields>, label: string) => Promise<void>;
  /** Records a finished note edit (already saved while typing) as one undoable change. */
  readonly editNote: (annotation: Annotation, before: NoteValue, after: NoteValue) => Promise<void>;
  readonly remove: (annotation: Annotation) => Promise<void>;
  readonly link: (from: Annotation, to: Annotation, type: LinkType) => Promise<void>;
  readonly unlink: (link: AnnotationLink) => Promise<void>;
  readonly reattach: (annotation: Annotation, source: Source, start: number, end: number) => Promise<void>;
}

export function useAnnotationActions(author: string, onSelect: (id: string | null) => void): AnnotationActions {
  const { perform, setStatus } = useWorkbench();

  const tag = useCallback(
    async (source: Source, start: number, end: number, kind: AnnotationKind) => {
      const bounds = expandToCodePointBoundaries(source.text, start, end);
      const annotation = createAnnotation({ source, placement: describeSelection(source.text, bounds.start, bounds.end), kind, author });
      const change = await perform({
        label: `Tag ${KIND_LABELS[kind].toLowerCase()}`,
        run: async () => {
          await putAnnotation(annotation);
          onSelect(annotation.id);
        },
        undo: async () => {
          await deleteAnnotation(annotation.id);
          onSelect(null);
        },
      });
      if (!change) return null;
      setStatus(`Tagged ${kind === 'action' ? 'an' : 'a'} ${KIND_LABELS[kind].toLowerCase()}: “${annotation.quote.exact.slice(0, 60)}”.`);
      return annotation;
    },
    [author, perform, onSelect, setStatus],
  );

  const edit = useCallback(
    async (annotation: Annotation, changes: Partial<AnnotationFields>, label: string) => {
      let before: Annotation | null = null;
      await perform({
        label,
        run: async () => {
          before = await updateAnnotation(annotation.id, changes);
        },
        undo: async () => {
          if (before) await putAnnotation(before);
        },
        redo: async () => {
          before = await updateAnnotation(annotation.id, changes);
        },
      });
    },
    [perform],
  );

  const editNote = useCallback(
    async (annotation: Annotation, before: NoteValue, after: NoteValue) => {
      await perform({
        label: 'Edit note',
        run: async () => void (await updateAnnotation(annotation.id, after)),
        undo: async () => void (await updateAnnotation(annotation.id, before)),
      });
    },
    [perform],
  );

  const remove = useCallback(
    async (annotation: Annotation) => {
      let deleted: DeletedAnnotation | null = null;
      const run = async (): Promise<void> => {
        deleted = await deleteAnnotation(annotation.id);
        onSelect(null);
      };
      const change = await perform({
        label: `Delete ${KIND_LABELS[annotation.kind].toLowerCase()}`,
        run,
        undo: async () => {
          if (deleted) await restoreAnnotation(deleted);
          onSelect(annotation.id);
        },
        redo: run,
      });
      if (change) setStatus(`Deleted the ${KIND_LABELS[annotation.kind].toLowerCase()}. Ctrl+Z brings it back.`);
    },
    [perform, onSelect, setStatus],
  );

  const link = useCallback(
    async (from: Annotation, to: Annotation, type: LinkType) => {
      let created: AnnotationLink | null = null;
      const run = async (): Promise<void> => {
        created = await addLink(from.id, to.id, type);
      };
      const change = await perform({
        label: `Link: ${LINK_LABELS[type].outgoing}`,
        run,
        undo: async () => {
          if (created) await removeLink(created.id);
        },
        redo: run,
      });
      if (change) setStatus(`Linked: this ${KIND_LABELS[from.kind].toLowerCase()} ${LINK_LABELS[type].outgoing} the ${KIND_LABELS[to.kind].toLowerCase()}.`);
    },
    [perform, setStatus],
  );

  const unlink = useCallback(
    async (existing: AnnotationLink) => {
      await perform({
        label: 'Remove link',
        run: async () => void (await removeLink(existing.id)),
        undo: async () => restoreLink(existing),
      });
    },
    [perform],
  );

  const reattach = useCallback(
    async (annotation: Annotation, source: Source, start: number, end: number) => {
      const selectors = reattachAnnotation(source.text, start, end);
      let before: Annotation | null = null;
      const run = async (): Promise<void> => {
        before = await updateAnnotation(annotation.id, {
          ...selectors,
          sourceHash: source.textHash,
          anchor: { state: 'exact', score: 1, checkedAt: nowIso() },
        });
      };
      const change = await perform({
        label: 'Re-attach annotation',
        run,
        undo: async () => {
          if (before) await putAnnotation(before);
        },
        redo: run,
      });
      if (change) setStatus(`Re-attached to “${selectors.quote.exact.slice(0, 60)}”.`);
    },
    [perform, setStatus],
  );

  return useMemo(() => ({ tag, edit, editNote, remove, link, unlink, reattach }), [tag, edit, editNote, remove, link, unlink, reattach]);
}
