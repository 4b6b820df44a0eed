// Merges checked files into one library the way `dossier merge` does: the first file plays the
// library, the others are imported into it in order, with the app's merge rules.
import type { LibrarySnapshot } from './build';
import type { ExchangeContent } from './format';
import { applyMergeChanges } from './library';
import { planMerge } from './merge';
import type { ImportReport } from './mergeReport';

export interface NamedContent {
  readonly fileName: string;
  readonly content: ExchangeContent;
}

export interface MergedFiles {
  readonly library: LibrarySnapshot;
  readonly reports: readonly ImportReport[];
}

export function mergeFiles(files: readonly NamedContent[], now: string, newId?: () => string): MergedFiles {
  const [first, ...rest] = files;
  if (!first) return { library: { sources: [], annotations: [], links: [], dossiers: [], conflicts: [] }, reports: [] };
  const { sources, annotations, links, dossiers, conflicts, actors, sourceVersions } = first.content;
  let library: LibrarySnapshot = { sources, annotations, links, dossiers, conflicts, ...(actors ? { actors } : {}), ...(sourceVersions ? { sourceVersions } : {}) };
  const reports: ImportReport[] = [];
  for (const { fileName, content } of rest) {
    const plan = planMerge(library, content, { fileName, now, localAnalyst: first.content.exportedBy, keepSourcesWithoutText: true, ...(newId ? { newId } : {}) });
    library = applyMergeChanges(library, plan.changes);
    reports.push(plan.report);
  }
  return { library, reports };
}
