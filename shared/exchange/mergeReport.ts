// What an import did, for the analyst to read and the app to undo: the report lists each
// annotation by its quote and source; the undo record lists exactly what to take back.
import type { AnchorState, Annotation, AnnotationKind, AnnotationLink } from '../model/annotation';
import type { Dossier } from '../model/dossier';
import type { Actor } from '../model/actor';
import type { AnnotationConflict, ExchangeSourceVersion, LibrarySource } from './format';
import type { ActorMergeReport } from './mergeActors';

export interface AnnotationEntry {
  readonly annotationId: string;
  readonly kind: AnnotationKind;
  /** The start of the quote, for a list line; shown as text, never as markup. */
  readonly quote: string;
  readonly sourceTitle: string;
  readonly author: string;
}

export type SkipReason = 'identical' | 'local-newer' | 'conflict-already-listed';

export interface ImportReport {
  readonly fileName: string;
  readonly exportedBy: string;
  readonly exportedAt: string;
  readonly importedAt: string;
  readonly sourcesAdded: readonly { readonly sourceId: string; readonly title: string }[];
  /** Sources with the same URL or title as one in the library but another text: kept side by side. */
  readonly sourceVersions: readonly SourceVersionEntry[];
  readonly added: readonly AnnotationEntry[];
  readonly updated: readonly AnnotationEntry[];
  readonly skipped: readonly (AnnotationEntry & { readonly reason: SkipReason })[];
  readonly conflicts: readonly (AnnotationEntry & { readonly conflictId: string })[];
  /** Annotations placed on a text other than the one they were made on, with the outcome. */
  readonly reanchored: readonly (AnnotationEntry & { readonly state: AnchorState; readonly score: number })[];
  /** The re-anchored ones whose passage was not found: imported, waiting to be re-attached. */
  readonly orphans: readonly AnnotationEntry[];
  /** Left out: neither the file nor the library has their source's text. */
  readonly missingSource: readonly AnnotationEntry[];
  readonly links: { readonly added: number; readonly skipped: number; readonly dropped: readonly { readonly linkId: string; readonly reason: string }[] };
  readonly dossiers: {
    readonly added: readonly string[];
    readonly skipped: readonly string[];
    /** A dossier that differs from the library's own is added beside it, as a copy. */
    readonly copied: readonly { readonly dossierId: string; readonly fromId: string; readonly title: string }[];
  };
  /** Unresolved conflicts the file carried (a lead's merged file), now listed here too. */
  readonly conflictsCarried: number;
  /** What the file's actor records (aliases, merges) did; absent when it carried none. */
  readonly actors?: ActorMergeReport;
}

export interface SourceVersionEntry {
  readonly sourceId: string;
  readonly title: string;
  readonly otherSourceId: string;
  readonly otherTitle: string;
  readonly matchedBy: 'url' | 'title';
}

export interface MergeChanges {
  /** New sources, and (CLI only) sources whose missing text the file supplied. */
  readonly sourcesToPut: readonly LibrarySource[];
  readonly annotationsToPut: readonly Annotation[];
  readonly linksToAdd: readonly AnnotationLink[];
  readonly dossiersToPut: readonly Dossier[];
  readonly conflictsToAdd: readonly AnnotationConflict[];
  readonly actorsToPut?: readonly Actor[];
  /** Earlier versions of articles the file carried that the library did not keep yet. */
  readonly versionsToAdd?: readonly ExchangeSourceVersion[];
}

/** Everything needed to take the import back in one transaction, as if it never happened. */
export interface ImportUndo {
  readonly sourceIdsAdded: readonly string[];
  readonly sourcesReplaced: readonly LibrarySource[];
  readonly annotationIdsAdded: readonly string[];
  readonly annotationsReplaced: readonly Annotation[];
  readonly linkIdsAdded: readonly string[];
  readonly dossierIdsAdded: readonly string[];
  readonly conflictIdsAdded: readonly string[];
  readonly actorIdsAdded?: readonly string[];
  readonly actorsReplaced?: readonly Actor[];
  /** [source id, text hash] of each earlier version the import added; absent in older import records. */
  readonly versionKeysAdded?: readonly (readonly [string, string])[];
}

export interface MergePlan {
  readonly changes: MergeChanges;
  readonly report: ImportReport;
  readonly undo: ImportUndo;
}

const QUOTE_SHOWN = 80;

export function annotationEntry(annotation: Annotation, sourceTitle: string): AnnotationEntry {
  const exact = annotation.quote.exact.replace(/\s+/g, ' ');
  return {
    annotationId: annotation.id,
    kind: annotation.kind,
    quote: exact.length > QUOTE_SHOWN ? `${exact.slice(0, QUOTE_SHOWN - 1)}…` : exact,
    sourceTitle,
    author: annotation.author,
  };
}

/** Counts for a status line or the CLI: "added 3, updated 1, …". */
export function summariseReport(report: ImportReport): string {
  const parts = [
    `added ${report.added.length}`,
    `updated ${report.updated.length}`,
    `skipped ${report.skipped.length}`,
    `conflicts ${report.conflicts.length}`,
    `re-anchored ${report.reanchored.length}`,
    `orphans ${report.orphans.length}`,
  ];
  if (report.missingSource.length > 0) parts.push(`left out (no source text) ${report.missingSource.length}`);
  return parts.join(', ');
}
