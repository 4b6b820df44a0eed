// A new version of an article as one undoable change: run and redo write the plan in one
// transaction; undo puts the earlier article record, text, page list and annotations back exactly.
import type { NewVersionPlan } from '../../../shared/versions';
import type { WorkbenchDatabase } from '../../db/database';
import { applyNewVersion, revertNewVersion, type NewVersionBefore } from '../../db/versions';
import type { PlannedChange } from '../../ui/undoStack';

export function newVersionChange(plan: NewVersionPlan, title: string, now: string, database?: WorkbenchDatabase): PlannedChange {
  let before: NewVersionBefore | null = null;
  const apply = async (): Promise<void> => {
    before = await applyNewVersion(plan, now, database);
  };
  return {
    label: `New version of “${title}”`,
    run: apply,
    redo: apply,
    undo: async () => {
      if (before) await revertNewVersion(plan, before, database);
    },
  };
}
