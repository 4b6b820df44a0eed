// Export: picks what the analyst chose to share (an article, a selection, a dossier, the library)
// with everything it needs to stand alone, and writes it as a shared file.
import type { Annotation, AnnotationLink } from '../model/annotation';
import type { Dossier } from '../model/dossier';
import type { Actor } from '../model/actor';
import { nameKey } from '../actors/actorNames';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  type AnnotationConflict,
  type ExchangeFile,
  type ExchangeSourceVersion,
  type ExportScope,
  type LibrarySource,
} from './format';
import { toWebAnnotation } from './webAnnotation';

/** Everything the library holds, as plain arrays (the app reads it from Dexie, the CLI from files). */
export interface LibrarySnapshot {
  readonly sources: readonly LibrarySource[];
  readonly annotations: readonly Annotation[];
  readonly links: readonly AnnotationLink[];
  readonly dossiers: readonly Dossier[];
  readonly conflicts: readonly AnnotationConflict[];
  /** Actor records (aliases, merges); absent where a library has none. */
  readonly actors?: readonly Actor[];
  /** Earlier texts of the sources (article versions); absent where none are kept. */
  readonly sourceVersions?: readonly ExchangeSourceVersion[];
}

export type ExportChoice =
  | { readonly kind: 'library' }
  | { readonly kind: 'source'; readonly sourceId: string }
  | { readonly kind: 'selection'; readonly annotationIds: readonly string[] }
  | { readonly kind: 'dossier'; readonly dossierId: string };

export interface ExchangeInput {
  readonly exportedBy: string;
  readonly exportedAt: string;
  readonly scope: ExportScope;
  readonly generator?: { readonly name: string; readonly version: string };
  readonly sources: readonly LibrarySource[];
  readonly annotations: readonly Annotation[];
  readonly links: readonly AnnotationLink[];
  readonly dossiers: readonly Dossier[];
  readonly conflicts?: readonly AnnotationConflict[];
  readonly actors?: readonly Actor[];
  readonly sourceVersions?: readonly ExchangeSourceVersion[];
  /** False leaves article texts out: metadata and hashes still travel, so the receiver can match them. */
  readonly includeText: boolean;
}

/**
 * The records a choice shares, closed over what they refer to: the sources of the annotations,
 * the annotations a dossier quotes, and only the links whose two ends are both shared.
 */
export function selectForExport(library: LibrarySnapshot, choice: ExportChoice): LibrarySnapshot {
  let annotations: readonly Annotation[];
  let dossiers: readonly Dossier[] = [];
  if (choice.kind === 'library') {
    annotations = library.annotations;
    dossiers = library.dossiers;
  } else if (choice.kind === 'source') {
    annotations = library.annotations.filter((a) => a.sourceId === choice.sourceId);
  } else if (choice.kind === 'selection') {
    const chosen = new Set(choice.annotationIds);
    annotations = library.annotations.filter((a) => chosen.has(a.id));
  } else {
    dossiers = library.dossiers.filter((d) => d.id === choice.dossierId);
    const quoted = new Set(dossiers.flatMap((d) => d.items.flatMap((item) => (item.type === 'passage' ? [item.annotationId] : []))));
    annotations = library.annotations.filter((a) => quoted.has(a.id));
  }
  const annotationIds = new Set(annotations.map((a) => a.id));
  const sourceIds = new Set(annotations.map((a) => a.sourceId));
  if (choice.kind === 'source') sourceIds.add(choice.sourceId);
  const sources = choice.kind === 'library' ? library.sources : library.sources.filter((s) => sourceIds.has(s.id));
  const links = library.links.filter((l) => annotationIds.has(l.fromId) && annotationIds.has(l.toId));
  // Unresolved conflicts travel only with the whole library: that is the lead's merged file.
  const conflicts = choice.kind === 'library' ? library.conflicts : [];
  const actors = choice.kind === 'library' ? (library.actors ?? []) : actorsNaming(library.actors ?? [], annotations);
  // Earlier versions travel with their source: annotations tied to them name their hash.
  const shared = new Set(sources.map((s) => s.id));
  const sourceVersions = (library.sourceVersions ?? []).filter((v) => shared.has(v.sourceId));
  return {
    sources,
    annotations,
    links,
    dossiers,
    conflicts,
    ...(actors.length > 0 ? { actors } : {}),
    ...(sourceVersions.length > 0 ? { sourceVersions } : {}),
  };
}

/**
 * The actor records a part of the library needs: those holding a name its annotations use, and
 * every record merged with them (up and down the chain), so the receiver sees the same groups.
 */
function actorsNaming(actors: readonly Actor[], annotations: readonly Annotation[]): Actor[] {
  if (actors.length === 0) return [];
  const used = new Set(annotations.flatMap((a) => [a.actor, a.target]).filter(Boolean).map(nameKey));
  const byId = new Map(actors.map((a) => [a.id, a] as const));
  const rootOf = (actor: Actor): string => {
    let current = actor;
    const seen = new Set([actor.id]);
    for (let next = current.mergedInto ? byId.get(current.mergedInto) : undefined; next && !seen.has(next.id); next = next.mergedInto ? byId.get(next.mergedInto) : undefined) {
      seen.add(next.id);
      current = next;
    }
    return current.id;
  };
  const roots = new Set(actors.filter((a) => [a.name, ...a.aliases].some((n) => used.has(nameKey(n)))).map(rootOf));
  return actors.filter((a) => roots.has(rootOf(a)));
}

export function buildExchangeFile(input: ExchangeInput): ExchangeFile {
  const file: ExchangeFile = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    exportedAt: input.exportedAt,
    exportedBy: { name: input.exportedBy },
    ...(input.generator ? { generator: { ...input.generator } } : {}),
    scope: { kind: input.scope.kind, label: input.scope.label },
    sources: input.sources.map((source) => ({
      id: source.id,
      textHash: source.textHash,
      title: source.title,
      publisher: source.publisher,
      author: source.author,
      url: source.url,
      publishedDate: source.publishedDate,
      language: source.language,
      reliability: source.reliability,
      tags: [...source.tags],
      importedAt: source.importedAt,
      updatedAt: source.updatedAt,
      ...(input.includeText && source.text ? { text: source.text } : {}),
      ...(source.pageStarts?.length ? { pageStarts: [...source.pageStarts] } : {}),
    })),
    annotations: input.annotations.map(toWebAnnotation),
    links: input.links.map(({ id, fromId, toId, type, createdAt }) => ({ id, fromId, toId, type, createdAt })),
    dossiers: input.dossiers.map(exchangeDossier),
  };
  const withActors: ExchangeFile = input.actors && input.actors.length > 0 ? { ...file, actors: input.actors.map(exchangeActor) } : file;
  const versions = input.sourceVersions ?? [];
  const withVersions: ExchangeFile =
    versions.length === 0
      ? withActors
      : {
          ...withActors,
          sourceVersions: versions.map(({ sourceId, textHash, title, importedAt, replacedAt, text }) => ({
            sourceId,
            textHash,
            title,
            importedAt,
            replacedAt,
            ...(input.includeText && text ? { text } : {}),
          })),
        };
  const conflicts = input.conflicts ?? [];
  if (conflicts.length === 0) return withVersions;
  return {
    ...withVersions,
    conflicts: conflicts.map((c) => ({
      id: c.id,
      annotationId: c.annotationId,
      local: toWebAnnotation(c.local),
      incoming: toWebAnnotation(c.incoming),
      fileName: c.fileName,
      exportedBy: c.exportedBy,
      detectedAt: c.detectedAt,
    })),
  };
}

/** Fields picked one by one, as for dossiers. */
function exchangeActor(actor: Actor): NonNullable<ExchangeFile['actors']>[number] {
  const { id, name, aliases, mergedInto, revision, updatedAt, editedBy } = actor;
  return { id, name, aliases: [...aliases], ...(mergedInto ? { mergedInto } : {}), revision, updatedAt, ...(editedBy !== undefined ? { editedBy } : {}) };
}

/** Fields picked one by one: a stored record may carry more than the model, and files are closed. */
function exchangeDossier(dossier: Dossier): ExchangeFile['dossiers'][number] {
  const { id, title, subtitle, author, handling, summary, createdAt, updatedAt } = dossier;
  const items = dossier.items.map((item) =>
    item.type === 'passage'
      ? { type: item.type, id: item.id, annotationId: item.annotationId, commentary: item.commentary }
      : item.type === 'view'
        ? { type: item.type, id: item.id, view: item.view, title: item.title, filter: { ...item.filter } }
        : { type: item.type, id: item.id, content: item.content, contentText: item.contentText },
  );
  return { id, title, subtitle, author, handling, summary, items, createdAt, updatedAt };
}

/**
 * Two-space indentation: shared files end up in version control and e-mail, where a person
 * reading a diff matters more than the quarter of size saved.
 */
export function serializeExchangeFile(file: ExchangeFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
