// A shared-file import as an undoable change (no React). The import is already written when the
// change is recorded; undo takes back the latest import of the file, redo imports it again and
// keeps the new import's id, so any number of undo/redo rounds each find the import to reverse.
import type { OpenedFile } from '../../../shared/bridge/hostBridge';
import { undoImportRecord } from '../../db/exchange';
import type { PlannedChange } from '../../ui/undoStack';
import { importSharedFile } from './importSharedFile';

export interface SharedImportChange extends PlannedChange {
  /** The id of the import that undo would take back now. */
  readonly importId: () => string;
}

/** `newIds`: the ids the first import gave, given again by each redo so it writes the same records. */
export function sharedImportChange(file: OpenedFile, importId: string, newIds: readonly string[], analystName: string): SharedImportChange {
  let latest = importId;
  return {
    label: `Import ${file.name}`,
    importId: () => latest,
    run: async () => undefined,
    undo: () => undoImportRecord(latest, analystName),
    redo: async () => {
      const outcome = await importSharedFile(file, { analystName, reuseIds: newIds });
      if (outcome.status === 'refused') {
        const first = outcome.problems[0];
        const reason = first ? (first.path === '$' ? first.message : `${first.path}: ${first.message}`) : 'it no longer passes the checks';
        throw new Error(`${file.name} is refused now, so it was not imported again (nothing was changed): ${reason}`);
      }
      latest = outcome.importId;
    },
  };
}
