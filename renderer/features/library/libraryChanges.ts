// The analyst's changes to the library as plain undoable changes (no React): article details
// edits and deletions, written through renderer/db/.
import { pickSourceMetadata, type SourceMetadata } from '../../../shared/model';
import type { SourceRecord, WorkbenchDatabase } from '../../db/database';
import { deleteSource, restoreSource, updateSourceMetadata, type DeletedSource } from '../../db/library';
import type { PlannedChange } from '../../ui/undoStack';

export function editSourceChange(source: SourceRecord, metadata: SourceMetadata, database?: WorkbenchDatabase): PlannedChange {
  const before = pickSourceMetadata(source);
  return {
    label: `Edit details of “${metadata.title}”`,
    run: () => updateSourceMetadata(source.id, metadata, database),
    undo: () => updateSourceMetadata(source.id, before, database),
  };
}

/** Deletes an article with its annotations and their links; undo brings all of it back. */
export function deleteSourceChange(source: SourceRecord, onDeleted: () => void = () => undefined, database?: WorkbenchDatabase): PlannedChange {
  let deleted: DeletedSource | null = null;
  return {
    label: `Delete “${source.title}”`,
    run: async () => {
      deleted = await deleteSource(source.id, database);
      onDeleted();
    },
    undo: async () => {
      if (deleted) await restoreSource(deleted, database);
    },
  };
}
