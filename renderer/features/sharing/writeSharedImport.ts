// A shared-file import from bytes to the library, in the exchange worker: plan it, then write the
// plan in one transaction right there. The plan (a whole library's records) never crosses back to
// the window; only the report does, and Dexie's live queries in the window hear the write.
import type { ExchangeProblem, ImportReport } from '../../../shared/exchange';
import { applyImportPlan } from '../../db/exchange';
import { planSharedImport, type PlanImportOptions, type SharedFileBytes } from './planSharedImport';

export type WrittenImport =
  | {
      readonly status: 'imported';
      readonly importId: string;
      readonly report: ImportReport;
      readonly notes: readonly string[];
      /** The new ids the merge gave (copies of dossiers, source versions, conflicts), in order. */
      readonly newIds: readonly string[];
    }
  | { readonly status: 'refused'; readonly fileName: string; readonly problems: readonly ExchangeProblem[] };

export async function writeSharedImport(file: SharedFileBytes, options: PlanImportOptions): Promise<WrittenImport> {
  const planned = await planSharedImport(file, options);
  if (planned.status === 'refused') return planned;
  const importId = await applyImportPlan(planned.plan);
  options.onStage?.('written');
  return { status: 'imported', importId, report: planned.plan.report, notes: planned.notes, newIds: planned.newIds };
}
