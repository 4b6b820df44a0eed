// What the analyst does to dossiers, each an undoable change with a line in the status bar:
// create, edit the title page, duplicate, delete, and add, move, remove and edit items.
import { useCallback, useMemo } from 'react';
import type { Dossier, DossierItem } from '../../../shared/model';
import { modifyDossierItems, newDossier, storedPassageIds, type DossierFields } from '../../db/dossiers';
import { createDossierChange, deleteDossierChange, dossierFieldsChange, duplicateDossierChange, itemsChange, type ItemsChange } from './dossierChanges';
import type { RichTextValue } from '../../ui/richText/RichTextEditor';
import { useWorkbench } from '../../ui/workbenchContext';
import { setDossierTarget } from './dossierTarget';
import {
  addPassages,
  insertItem,
  moveItemBy,
  moveItemNextTo,
  newNarrativeItem,
  removeItem,
  setCommentary,
  setNarrativeContent,
} from './model/dossierItems';
import { quotedIsolated } from '../../../shared/text/bidiIsolation';

export type MoveTarget = { readonly delta: number } | { readonly nextTo: string; readonly after: boolean };

export interface DossierActions {
  readonly create: (fields: DossierFields) => Promise<Dossier | null>;
  readonly updateFields: (dossier: Dossier, changes: Partial<DossierFields>, label: string) => Promise<void>;
  readonly duplicate: (dossier: Dossier) => Promise<Dossier | null>;
  readonly remove: (dossier: Dossier) => Promise<void>;
  /** Adds the annotations not yet in the dossier; resolves with how many were added. */
  readonly addPassages: (dossier: Dossier, annotationIds: readonly string[]) => Promise<number>;
  /** Resolves with the new section's item id. */
  readonly addNarrative: (dossierId: string, at?: number) => Promise<string | null>;
  /** Moves an item by `delta` places, or next to another item; worked out on the stored order. */
  readonly moveItem: (dossierId: string, itemId: string, to: MoveTarget, label: string) => Promise<void>;
  readonly removeItem: (dossierId: string, itemId: string, label: string) => Promise<void>;
  readonly setCommentary: (dossierId: string, itemId: string, commentary: string) => Promise<void>;
  /** Saves a narrative section while the analyst types: no undo entry. */
  readonly draftNarrative: (dossierId: string, itemId: string, value: RichTextValue) => void;
  /** Records a finished narrative edit (already saved while typing) as one undoable change. */
  readonly finishNarrative: (dossierId: string, itemId: string, before: RichTextValue, after: RichTextValue) => Promise<void>;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function useDossierActions(): DossierActions {
  const { perform, setStatus, notify, undoLatest } = useWorkbench();

  /** One undoable change of the items; redo writes the same result again (same new item ids). */
  const changeItems = useCallback(
    async (dossierId: string, label: string, change: ItemsChange): Promise<readonly DossierItem[] | null> => {
      const planned = itemsChange(dossierId, label, change);
      const done = await perform(planned);
      return done ? planned.result.after : null;
    },
    [perform],
  );

  const create = useCallback(
    async (fields: DossierFields) => {
      const dossier = newDossier(fields);
      const done = await perform(createDossierChange(dossier));
      if (!done) return null;
      setDossierTarget(dossier.id);
      setStatus(`Created the dossier ${quotedIsolated(dossier.title)}.`);
      return dossier;
    },
    [perform, setStatus],
  );

  const updateFields = useCallback(
    async (dossier: Dossier, changes: Partial<DossierFields>, label: string) => void (await perform(dossierFieldsChange(dossier.id, changes, label))),
    [perform],
  );

  const duplicate = useCallback(
    async (dossier: Dossier) => {
      const planned = duplicateDossierChange(dossier);
      const done = await perform(planned);
      if (done) setStatus(`Duplicated ${quotedIsolated(dossier.title)}.`);
      return done ? planned.result.copy : null;
    },
    [perform, setStatus],
  );

  const remove = useCallback(
    async (dossier: Dossier) => {
      const change = await perform(deleteDossierChange(dossier.id));
      if (change) {
        notify({ tone: 'info', message: `Deleted the dossier ${quotedIsolated(dossier.title)}. Its annotations stay in the library.`, action: { label: 'Undo', run: () => void undoLatest(change) } });
      }
    },
    [perform, notify, undoLatest],
  );

  const addToDossier = useCallback(
    async (dossier: Dossier, annotationIds: readonly string[]) => {
      setDossierTarget(dossier.id);
      // Checked first so that adding what is already there leaves no empty step on the undo stack.
      const present = await storedPassageIds(dossier.id);
      const missing = [...new Set(annotationIds)].filter((id) => !present.has(id));
      if (missing.length === 0) {
        setStatus(`Already in ${quotedIsolated(dossier.title)}.`);
        return 0;
      }
      const label = missing.length === 1 ? 'Add passage to dossier' : 'Add passages to dossier';
      if (!(await changeItems(dossier.id, label, (items) => addPassages(items, missing)))) return 0;
      const already = annotationIds.length - missing.length;
      setStatus(`Added ${plural(missing.length, 'passage')} to ${quotedIsolated(dossier.title)}${already > 0 ? ` (${already} already there)` : ''}.`);
      return missing.length;
    },
    [changeItems, setStatus],
  );

  const addNarrative = useCallback(
    async (dossierId: string, at?: number) => {
      const item = newNarrativeItem();
      const after = await changeItems(dossierId, 'Add narrative section', (items) => insertItem(items, item, at));
      if (after) setStatus('Added a narrative section.');
      return after ? item.id : null;
    },
    [changeItems, setStatus],
  );

  const move = useCallback(
    async (dossierId: string, itemId: string, to: MoveTarget, label: string) => {
      const after = await changeItems(dossierId, label, (items) =>
        'delta' in to ? moveItemBy(items, itemId, to.delta) : moveItemNextTo(items, itemId, to.nextTo, to.after),
      );
      const index = after?.findIndex((item) => item.id === itemId) ?? -1;
      if (after && index >= 0) setStatus(`${label}: now item ${index + 1} of ${after.length}.`);
    },
    [changeItems, setStatus],
  );

  const removeOne = useCallback(
    async (dossierId: string, itemId: string, label: string) => {
      const after = await changeItems(dossierId, label, (items) => removeItem(items, itemId));
      if (after) setStatus(`${label}. Ctrl+Z brings it back.`);
    },
    [changeItems, setStatus],
  );

  const commentary = useCallback(
    async (dossierId: string, itemId: string, text: string) => void (await changeItems(dossierId, 'Edit commentary', (items) => setCommentary(items, itemId, text))),
    [changeItems],
  );

  const draftNarrative = useCallback((dossierId: string, itemId: string, value: RichTextValue) => {
    void modifyDossierItems(dossierId, (items) => setNarrativeContent(items, itemId, value.json, value.text)).catch((error: unknown) =>
      notify({ tone: 'error', message: `The narrative section could not be saved: ${error instanceof Error ? error.message : String(error)}` }),
    );
  }, [notify]);

  const finishNarrative = useCallback(
    async (dossierId: string, itemId: string, before: RichTextValue, after: RichTextValue) => {
      await perform({
        label: 'Edit narrative section',
        run: async () => void (await modifyDossierItems(dossierId, (items) => setNarrativeContent(items, itemId, after.json, after.text))),
        undo: async () => void (await modifyDossierItems(dossierId, (items) => setNarrativeContent(items, itemId, before.json, before.text))),
      });
    },
    [perform],
  );

  return useMemo(
    () => ({
      create,
      updateFields,
      duplicate,
      remove,
      addPassages: addToDossier,
      addNarrative,
      moveItem: move,
      removeItem: removeOne,
      setCommentary: commentary,
      draftNarrative,
      finishNarrative,
    }),
    [create, updateFields, duplicate, remove, addToDossier, addNarrative, move, removeOne, commentary, draftNarrative, finishNarrative],
  );
}
