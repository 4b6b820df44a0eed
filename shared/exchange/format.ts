// The shared file (`.dossier`, format "dossier-workbench" version 1): its constants, the zod
// schemas every part of a file must pass, and the decoded content the app and the CLI work with.
import { z } from 'zod';
import { annotationLinkSchema, annotationSchema, type Annotation, type AnnotationLink } from '../model/annotation';
import { dossierItemSchema, dossierSchema, type Dossier } from '../model/dossier';
import { sourceSchema, type Source } from '../model/source';
import { actorSchema, type Actor } from '../model/actor';
import { sourceVersionSchema } from '../versions/sourceVersion';
import { webAnnotationSchema } from './webAnnotation';

export const FORMAT_NAME = 'dossier-workbench';
export const FORMAT_VERSION = 1;
export const MEDIA_TYPE = 'application/vnd.dossier-workbench+json';
export const EXTENSION = '.dossier';
/** The media type of the plain W3C export, with the profile other annotation tools look for. */
export const W3C_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
export const W3C_EXTENSION = '.jsonld';

/** What the analyst chose to share. */
export const EXPORT_SCOPES = ['library', 'source', 'selection', 'dossier'] as const;
export type ExportScopeKind = (typeof EXPORT_SCOPES)[number];

const src = sourceSchema.shape;
/** A source as shared: the stored record without `origin`, its text optional (the analyst may leave it out). */
export const exchangeSourceSchema = z.strictObject({
  id: src.id,
  textHash: src.textHash,
  title: src.title,
  publisher: src.publisher,
  author: src.author,
  url: src.url,
  publishedDate: src.publishedDate,
  language: src.language,
  reliability: src.reliability,
  tags: src.tags,
  importedAt: src.importedAt,
  updatedAt: src.updatedAt,
  text: src.text.optional(),
  /** Where each page of a PDF source begins in its text (optional; see "Pages of PDF sources"). */
  pageStarts: z.array(z.number().int().min(0)).min(1).max(100_000).readonly().optional(),
});
export type ExchangeSource = Readonly<z.infer<typeof exchangeSourceSchema>>;

/**
 * An earlier text of a source in the file (optional, see "Versions of an article" in
 * docs/exchange-format.md): annotations whose `source` names this hash were made on it.
 */
export const exchangeSourceVersionSchema = z.strictObject({
  sourceId: src.id,
  textHash: src.textHash,
  title: sourceVersionSchema.shape.title,
  importedAt: sourceVersionSchema.shape.importedAt,
  replacedAt: sourceVersionSchema.shape.replacedAt,
  text: src.text.optional(),
});
export type ExchangeSourceVersion = Readonly<z.infer<typeof exchangeSourceVersionSchema>>;

export const exchangeLinkSchema = z.strictObject(annotationLinkSchema.shape);

const [passageItem, narrativeItem, viewItem] = dossierItemSchema.options;
export const exchangeDossierSchema = z.strictObject({
  ...dossierSchema.shape,
  // View sections (type "view") are an optional addition of format version 1: files without them read as before.
  items: z.array(z.discriminatedUnion('type', [z.strictObject(passageItem.shape), z.strictObject(narrativeItem.shape), z.strictObject(viewItem.shape)])),
});

/** An annotation changed on both sides of a merge: both versions, kept for the analyst to choose. */
export const annotationConflictSchema = z.object({
  id: z.string().min(1).max(100),
  annotationId: annotationSchema.shape.id,
  /** The version that was in the library (it stays there until the analyst chooses). */
  local: annotationSchema,
  /** The version the file brought. */
  incoming: annotationSchema,
  fileName: z.string().max(500),
  exportedBy: z.string().max(500),
  detectedAt: z.iso.datetime(),
});
export type AnnotationConflict = Readonly<z.infer<typeof annotationConflictSchema>>;

export const exchangeConflictSchema = z.strictObject({
  id: annotationConflictSchema.shape.id,
  annotationId: annotationConflictSchema.shape.annotationId,
  local: webAnnotationSchema,
  incoming: webAnnotationSchema,
  fileName: annotationConflictSchema.shape.fileName,
  exportedBy: annotationConflictSchema.shape.exportedBy,
  detectedAt: annotationConflictSchema.shape.detectedAt,
});

/** An actor record (display name, aliases, merge): optional in a file, see "Actors and aliases" in the doc. */
export const exchangeActorSchema = z.strictObject(actorSchema.shape);

/** The header fields; read first, so a wrong format or a future version is named before anything else. */
export const exchangeHeaderShape = {
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  exportedBy: z.strictObject({ name: z.string().max(500) }),
  generator: z.strictObject({ name: z.string().max(200), version: z.string().max(100) }).optional(),
  scope: z.strictObject({ kind: z.enum(EXPORT_SCOPES), label: z.string().max(500) }),
};

/** The file with its lists unchecked: the parser checks their items one by one, to report progress. */
export const exchangeEnvelopeSchema = z.strictObject({
  ...exchangeHeaderShape,
  sources: z.array(z.unknown()),
  annotations: z.array(z.unknown()),
  links: z.array(z.unknown()),
  dossiers: z.array(z.unknown()),
  conflicts: z.array(z.unknown()).optional(),
  actors: z.array(z.unknown()).optional(),
  sourceVersions: z.array(z.unknown()).optional(),
});

/** The whole file; the JSON Schema in docs/ is generated from this. */
export const exchangeFileSchema = z.strictObject({
  ...exchangeHeaderShape,
  sources: z.array(exchangeSourceSchema),
  annotations: z.array(webAnnotationSchema),
  links: z.array(exchangeLinkSchema),
  dossiers: z.array(exchangeDossierSchema),
  conflicts: z.array(exchangeConflictSchema).optional(),
  actors: z.array(exchangeActorSchema).optional(),
  sourceVersions: z.array(exchangeSourceVersionSchema).optional(),
});
export type ExchangeFile = z.infer<typeof exchangeFileSchema>;

export interface ExportScope {
  readonly kind: ExportScopeKind;
  /** Words for people: the article's title, the dossier's, "5 annotations", "whole library". */
  readonly label: string;
}

/** A shared file decoded into the records the library stores. */
export interface ExchangeContent {
  readonly exportedAt: string;
  readonly exportedBy: string;
  readonly generator?: { readonly name: string; readonly version: string };
  readonly scope: ExportScope;
  readonly sources: readonly ExchangeSource[];
  readonly annotations: readonly Annotation[];
  readonly links: readonly AnnotationLink[];
  readonly dossiers: readonly Dossier[];
  readonly conflicts: readonly AnnotationConflict[];
  /** Actor records; absent in files from before aliases travelled (read as none). */
  readonly actors?: readonly Actor[];
  /** Earlier texts of the file's sources; absent in files from before versions. */
  readonly sourceVersions?: readonly ExchangeSourceVersion[];
}

/** A source the library holds or a file carries; Source records satisfy it. */
export type LibrarySource = Omit<Source, 'text' | 'origin'> & {
  readonly text?: string;
  readonly origin?: Source['origin'];
  /** A PDF source's page starts (kept beside the source in the app: its `sourcePages` table). */
  readonly pageStarts?: readonly number[];
};

export function hasText<T extends { readonly text?: string }>(source: T): source is T & { readonly text: string } {
  return typeof source.text === 'string' && source.text.length > 0;
}
