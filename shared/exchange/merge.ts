// Plans an import: what a checked shared file adds to, changes in, or leaves alone in the library.
// Pure: the app writes the plan in one Dexie transaction, the CLI into its output file.
import { newId as randomId } from '../model/ids';
import type { Annotation, AnnotationLink } from '../model/annotation';
import type { Dossier } from '../model/dossier';
import type { LibrarySnapshot } from './build';
import type { AnnotationConflict, ExchangeContent } from './format';
import { decideAnnotationMerge, sameContent } from './mergeRules';
import { annotationEntry, type ImportReport, type MergePlan } from './mergeReport';
import { mergeSources, type SourceResolution } from './mergeSources';
import { planActorMerge } from './mergeActors';
import { mergeVersions } from './mergeVersions';
import { placeAnnotation, type Placement } from './reanchor';

export interface MergeOptions {
  /** The shared file's name, kept as the annotations' provenance. */
  readonly fileName: string;
  readonly now: string;
  /** The analyst whose library this is; helps tell their own copies from others'. */
  readonly localAnalyst?: string;
  readonly newId?: () => string;
  /**
   * The CLI keeps sources a file carries without text (and their annotations) as they are; the
   * app leaves such annotations out, since it cannot show a passage without its text.
   */
  readonly keepSourcesWithoutText?: boolean;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

export function planMerge(local: LibrarySnapshot, incoming: ExchangeContent, options: MergeOptions): MergePlan {
  const newId = options.newId ?? randomId;
  const sources = mergeSources(local.sources, incoming.sources, {
    now: options.now,
    newId,
    keepSourcesWithoutText: options.keepSourcesWithoutText ?? false,
  });
  const versions = mergeVersions(local, incoming, sources.byHash, options.keepSourcesWithoutText ?? false);
  const resolve = (hash: string): SourceResolution | undefined => sources.byHash.get(hash) ?? versions.byHash.get(hash);
  const report: Writable<ImportReport> = {
    fileName: options.fileName,
    exportedBy: incoming.exportedBy,
    exportedAt: incoming.exportedAt,
    importedAt: options.now,
    sourcesAdded: [...sources.sourcesAdded],
    sourceVersions: [...sources.sourceVersions],
    added: [],
    updated: [],
    skipped: [],
    conflicts: [],
    reanchored: [],
    orphans: [],
    missingSource: [],
    links: { added: 0, skipped: 0, dropped: [] },
    dossiers: { added: [], skipped: [], copied: [] },
    conflictsCarried: 0,
  };
  const annotationsToPut: Annotation[] = [];
  const conflictsToAdd: AnnotationConflict[] = [];
  const annotationIdsAdded: string[] = [];
  const annotationsReplaced: Annotation[] = [];
  const localAnnotations = new Map(local.annotations.map((a) => [a.id, a] as const));
  const placedLocal = placeOnFilledTexts(local.annotations, sources, options.now);
  const parties = { incomingExporter: incoming.exportedBy, localAnalyst: options.localAnalyst ?? '' };

  const place = (annotation: Annotation, resolution: Extract<SourceResolution, { kind: 'placed' }>): Annotation => {
    const placement = versions.staysOnVersion(annotation, resolution.target.id)
      ? { annotation: { ...annotation, sourceId: resolution.target.id }, reanchored: null }
      : placeAnnotation(annotation, resolution.target, options.now);
    const entry = annotationEntry(annotation, resolution.title);
    if (placement.reanchored) {
      report.reanchored.push({ ...entry, ...placement.reanchored });
      if (placement.reanchored.state === 'orphan') report.orphans.push(entry);
    }
    return {
      ...placement.annotation,
      provenance: { fileName: options.fileName, exportedBy: incoming.exportedBy, importedAt: options.now, importedRevision: annotation.revision },
    };
  };

  for (const annotation of incoming.annotations) {
    const resolution = resolve(annotation.sourceHash);
    const entry = annotationEntry(annotation, resolution?.title ?? '');
    if (!resolution || resolution.kind === 'missing') {
      report.missingSource.push(entry);
      continue;
    }
    const existing = localAnnotations.get(annotation.id);
    if (!existing) {
      annotationsToPut.push(place(annotation, resolution));
      annotationIdsAdded.push(annotation.id);
      report.added.push(entry);
      continue;
    }
    const decision = decideAnnotationMerge(existing, annotation, parties);
    if (decision === 'identical' || decision === 'local') {
      report.skipped.push({ ...entry, reason: decision === 'identical' ? 'identical' : 'local-newer' });
    } else if (decision === 'incoming') {
      annotationsToPut.push(place(annotation, resolution));
      annotationsReplaced.push(existing);
      report.updated.push(entry);
    } else if ([...local.conflicts, ...conflictsToAdd].some((c) => c.annotationId === annotation.id && sameContent(c.incoming, annotation))) {
      report.skipped.push({ ...entry, reason: 'conflict-already-listed' });
    } else {
      const conflict: AnnotationConflict = {
        id: newId(),
        annotationId: annotation.id,
        local: placedLocal.get(existing.id)?.annotation ?? existing,
        incoming: place(annotation, resolution),
        fileName: options.fileName,
        exportedBy: incoming.exportedBy,
        detectedAt: options.now,
      };
      conflictsToAdd.push(conflict);
      report.conflicts.push({ ...entry, conflictId: conflict.id });
    }
  }

  // The library's own annotations on a text this file filled in stay, now placed on that text.
  const putIds = new Set(annotationsToPut.map((a) => a.id));
  for (const [id, placed] of placedLocal) {
    const original = localAnnotations.get(id);
    if (putIds.has(id) || !original) continue;
    annotationsToPut.push(placed.annotation);
    annotationsReplaced.push(original);
    if (placed.reanchored) {
      const entry = annotationEntry(original, placed.title);
      report.reanchored.push({ ...entry, ...placed.reanchored });
      if (placed.reanchored.state === 'orphan') report.orphans.push(entry);
    }
  }

  // Conflicts a lead's merged file carries stay unresolved here too, unless already listed.
  const knownConflictIds = new Set(local.conflicts.map((c) => c.id));
  for (const carried of incoming.conflicts) {
    if (knownConflictIds.has(carried.id)) continue;
    const remap = (a: Annotation): Annotation => {
      const resolution = resolve(a.sourceHash);
      return resolution?.kind === 'placed' && resolution.target.textHash === a.sourceHash ? { ...a, sourceId: resolution.target.id } : a;
    };
    conflictsToAdd.push({ ...carried, local: remap(carried.local), incoming: remap(carried.incoming) });
    report.conflictsCarried += 1;
  }

  const present = new Set([...localAnnotations.keys(), ...annotationIdsAdded]);
  const linksToAdd = planLinks(local.links, incoming.links, present, report);
  const dossiersToPut = planDossiers(local.dossiers, incoming.dossiers, present, report, options.fileName, newId);
  // Aliases and merges: only when the file carries actor records (files from before never do).
  const actors = incoming.actors && incoming.actors.length > 0 ? planActorMerge(local.actors ?? [], incoming.actors) : null;
  const actorChanges = actors ? { actorsToPut: actors.actorsToPut } : {};
  const actorUndo = actors ? { actorIdsAdded: actors.actorIdsAdded, actorsReplaced: actors.actorsReplaced } : {};

  return {
    changes: {
      sourcesToPut: sources.sourcesToPut,
      annotationsToPut,
      linksToAdd,
      dossiersToPut,
      conflictsToAdd,
      ...actorChanges,
      ...(versions.versionsToAdd.length > 0 ? { versionsToAdd: versions.versionsToAdd } : {}),
    },
    report: actors ? { ...report, actors: actors.report } : report,
    undo: {
      ...actorUndo,
      ...sources.undo,
      annotationIdsAdded,
      annotationsReplaced,
      linkIdsAdded: linksToAdd.map((l) => l.id),
      dossierIdsAdded: dossiersToPut.map((d) => d.id),
      conflictIdsAdded: conflictsToAdd.map((c) => c.id),
      ...(versions.versionsToAdd.length > 0 ? { versionKeysAdded: versions.versionsToAdd.map((v) => [v.sourceId, v.textHash] as const) } : {}),
    },
  };
}

/**
 * A library source without text that this file fills in: its annotations were never checked
 * against a text, and the other merge order would place them on it. Placed here the same way,
 * so merge(A, B) and merge(B, A) agree.
 */
function placeOnFilledTexts(
  annotations: readonly Annotation[],
  sources: ReturnType<typeof mergeSources>,
  now: string,
): Map<string, { readonly annotation: Annotation; readonly reanchored: Placement['reanchored']; readonly title: string }> {
  const filled = new Set(sources.undo.sourcesReplaced.map((s) => s.textHash));
  const placed = new Map<string, { readonly annotation: Annotation; readonly reanchored: Placement['reanchored']; readonly title: string }>();
  if (filled.size === 0) return placed;
  for (const annotation of annotations) {
    const resolution = filled.has(annotation.sourceHash) ? sources.byHash.get(annotation.sourceHash) : undefined;
    if (resolution?.kind !== 'placed') continue;
    const placement = placeAnnotation(annotation, resolution.target, now);
    placed.set(annotation.id, { ...placement, title: resolution.title });
  }
  return placed;
}

/** Links never change once made: a known id or the same two ends and type is already here. */
function planLinks(local: readonly AnnotationLink[], incoming: readonly AnnotationLink[], present: ReadonlySet<string>, report: Writable<ImportReport>): AnnotationLink[] {
  const ids = new Set(local.map((l) => l.id));
  const keys = new Set(local.map((l) => `${l.fromId}\n${l.toId}\n${l.type}`));
  const links: AnnotationLink[] = [];
  for (const link of incoming) {
    const key = `${link.fromId}\n${link.toId}\n${link.type}`;
    if (ids.has(link.id) || keys.has(key)) {
      report.links = { ...report.links, skipped: report.links.skipped + 1 };
    } else if (!present.has(link.fromId) || !present.has(link.toId)) {
      report.links = { ...report.links, dropped: [...report.links.dropped, { linkId: link.id, reason: 'one of its annotations was not imported' }] };
    } else {
      links.push(link);
      ids.add(link.id);
      keys.add(key);
    }
  }
  report.links = { ...report.links, added: links.length };
  return links;
}

/**
 * Dossiers carry no revision, so a different version cannot be ordered against the library's:
 * it is added as a copy beside it rather than silently replacing the analyst's work.
 */
function planDossiers(
  local: readonly Dossier[],
  incoming: readonly Dossier[],
  present: ReadonlySet<string>,
  report: Writable<ImportReport>,
  fileName: string,
  newId: () => string,
): Dossier[] {
  const byId = new Map(local.map((d) => [d.id, d] as const));
  const put: Dossier[] = [];
  const added: string[] = [];
  const skipped: string[] = [];
  const copied: { dossierId: string; fromId: string; title: string }[] = [];
  for (const dossier of incoming) {
    const items = dossier.items.filter((item) => item.type !== 'passage' || present.has(item.annotationId));
    const existing = byId.get(dossier.id);
    if (!existing) {
      put.push({ ...dossier, items });
      added.push(dossier.id);
    } else if (canonicalJson(existing) === canonicalJson(dossier)) {
      skipped.push(dossier.id);
    } else {
      const copy: Dossier = { ...dossier, items, id: newId(), title: `${dossier.title} (from ${fileName})`.slice(0, 500) };
      put.push(copy);
      copied.push({ dossierId: copy.id, fromId: dossier.id, title: copy.title });
    }
  }
  report.dossiers = { added, skipped, copied };
  return put;
}

/** JSON with keys sorted: records read from the database and from a file list fields in different orders. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
