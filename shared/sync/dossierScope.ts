// What a team that shares only one dossier syncs: the dossier, the annotations its passages hold,
// their articles and earlier texts, the links between two of those annotations, and the actor
// records those annotations name (docs/sync.md, "Sharing one dossier").
import { nameKey } from '../actors/actorNames';
import type { Actor } from '../model/actor';
import type { Annotation, AnnotationLink } from '../model/annotation';
import type { Dossier } from '../model/dossier';
import type { SourceVersion } from '../versions/sourceVersion';
import type { StoredSource, SyncRecordTypes } from './tableRecords';
import type { SyncTable } from './teamLibrary';

/** What a team document holds: the whole library, or one dossier and its material. */
export type TeamSyncScope = { readonly kind: 'library' } | { readonly kind: 'dossier'; readonly dossierId: string };

export const WHOLE_LIBRARY: TeamSyncScope = { kind: 'library' };

/** The scope a stored dossier id names ('' is the whole library). */
export function scopeOfDossierId(dossierId: string | undefined): TeamSyncScope {
  return dossierId ? { kind: 'dossier', dossierId } : WHOLE_LIBRARY;
}

/** The server's document name for a team and scope (cli/teamServerAuth.ts accepts both forms). */
export function teamDocumentName(team: string, scope: TeamSyncScope): string {
  return scope.kind === 'dossier' ? `team:${team}/dossier:${scope.dossierId}` : `team:${team}`;
}

/** The records of one dossier's material, table by table, in the order they are written. */
export type DossierMaterial = { readonly [T in SyncTable]: readonly SyncRecordTypes[T][] };

/** The annotation ids the dossier's passages hold. */
export function dossierAnnotationIds(dossier: Dossier): string[] {
  return [...new Set(dossier.items.flatMap((item) => (item.type === 'passage' ? [item.annotationId] : [])))];
}

export interface DossierCandidates {
  readonly dossier: Dossier | undefined;
  /** The dossier's annotations (`dossierAnnotationIds`) as the library holds them. */
  readonly annotations: readonly Annotation[];
  /** The articles those annotations are on, and their earlier texts. */
  readonly sources: readonly StoredSource[];
  readonly sourceVersions: readonly SourceVersion[];
  /** Links touching at least one of the annotations. */
  readonly links: readonly AnnotationLink[];
  readonly actors: readonly Actor[];
}

/**
 * Narrows what the library holds to the dossier's material: links only with both ends in it,
 * actors only where an annotation names them (as actor or target, by name or alias), with the
 * actor a named one was merged into, so the merge reads the same on the other side.
 */
export function selectDossierMaterial(candidates: DossierCandidates): DossierMaterial {
  const { dossier } = candidates;
  if (!dossier) return { sources: [], sourceVersions: [], actors: [], annotations: [], links: [], dossiers: [] };
  const wanted = new Set(dossierAnnotationIds(dossier));
  const annotations = candidates.annotations.filter((annotation) => wanted.has(annotation.id));
  const annotationIds = new Set(annotations.map((annotation) => annotation.id));
  const sourceIds = new Set(annotations.map((annotation) => annotation.sourceId));
  const names = new Set(annotations.flatMap((annotation) => [annotation.actor, annotation.target]).filter((name) => name.trim() !== '').map(nameKey));
  const named = candidates.actors.filter((actor) => [actor.name, ...actor.aliases].some((name) => names.has(nameKey(name))));
  const mergedInto = new Set(named.flatMap((actor) => (actor.mergedInto ? [actor.mergedInto] : [])));
  return {
    sources: candidates.sources.filter((source) => sourceIds.has(source.id)),
    sourceVersions: candidates.sourceVersions.filter((version) => sourceIds.has(version.sourceId)),
    actors: candidates.actors.filter((actor) => named.includes(actor) || mergedInto.has(actor.id)),
    annotations,
    links: candidates.links.filter((link) => annotationIds.has(link.fromId) && annotationIds.has(link.toId)),
    dossiers: [dossier],
  };
}
