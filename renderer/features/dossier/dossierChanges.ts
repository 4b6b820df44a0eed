// The analyst's changes to dossiers as plain undoable changes (no React), written through
// renderer/db/: create, title-page edits, duplicate, delete, and any change of the items.
import type { Dossier, DossierItem } from '../../../shared/model';
import type { WorkbenchDatabase } from '../../db/database';
import { deleteDossier, duplicateDossier, modifyDossierItems, putDossier, updateDossierFields, type DossierFields } from '../../db/dossiers';
import type { PlannedChange } from '../../ui/undoStack';

export type ItemsChange = (items: readonly DossierItem[]) => readonly DossierItem[];

/** One change of the items; `result.after` is set once it has run. Redo writes that same result. */
export function itemsChange(
  dossierId: string,
  label: string,
  change: ItemsChange,
  database?: WorkbenchDatabase,
): PlannedChange & { readonly result: { after: readonly DossierItem[] | null } } {
  let before: readonly DossierItem[] = [];
  const result: { after: readonly DossierItem[] | null } = { after: null };
  return {
    label,
    result,
    run: async () => {
      const done = await modifyDossierItems(dossierId, change, database);
      before = done.before;
      result.after = done.after;
    },
    undo: async () => void (await modifyDossierItems(dossierId, () => before, database)),
    redo: async () => void (await modifyDossierItems(dossierId, () => result.after ?? before, database)),
  };
}

export function createDossierChange(dossier: Dossier, database?: WorkbenchDatabase): PlannedChange {
  return {
    label: 'New dossier',
    run: () => putDossier(dossier, database),
    undo: async () => void (await deleteDossier(dossier.id, database)),
  };
}

function pickFields(dossier: Dossier): DossierFields {
  const { title, subtitle, author, handling, summary } = dossier;
  return { title, subtitle, author, handling, summary };
}

export function dossierFieldsChange(dossierId: string, changes: Partial<DossierFields>, label: string, database?: WorkbenchDatabase): PlannedChange {
  let before: DossierFields | null = null;
  return {
    label,
    run: async () => void (before = pickFields(await updateDossierFields(dossierId, changes, database))),
    undo: async () => {
      if (before) await updateDossierFields(dossierId, before, database);
    },
    redo: async () => void (await updateDossierFields(dossierId, changes, database)),
  };
}

/** Duplicates a dossier; `result.copy` is the copy once it has run (redo brings the same copy back). */
export function duplicateDossierChange(
  dossier: Dossier,
  database?: WorkbenchDatabase,
): PlannedChange & { readonly result: { copy: Dossier | null } } {
  const result: { copy: Dossier | null } = { copy: null };
  return {
    label: 'Duplicate dossier',
    result,
    run: async () => void (result.copy = await duplicateDossier(dossier.id, `${dossier.title} (copy)`, database)),
    undo: async () => {
      if (result.copy) await deleteDossier(result.copy.id, database);
    },
    redo: async () => {
      if (result.copy) await putDossier(result.copy, database);
    },
  };
}

/** Deletes a dossier; undo brings back the dossier as it was just before. */
export function deleteDossierChange(dossierId: string, database?: WorkbenchDatabase): PlannedChange {
  let deleted: Dossier | null = null;
  return {
    label: 'Delete dossier',
    run: async () => void (deleted = await deleteDossier(dossierId, database)),
    undo: async () => {
      if (deleted) await putDossier(deleted, database);
    },
  };
}
