// What the importer reads from a STIX object, as zod schemas: the STIX properties of the types it
// uses, and the workbench extension by role. A bundle failing these is refused with the path.
import { z } from 'zod';
import { ANCHOR_STATES, ANNOTATION_KINDS, DATE_PRECISIONS } from '../model/annotation';
import { RELIABILITY_GRADES } from '../model/source';
import { EXTENSION_ID, STIX_SPEC_VERSION } from './vocabulary';

const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'must be an RFC 3339 timestamp in UTC');
const identifier = z.string().regex(/^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F-]{36}$/, 'must be a STIX identifier');

/** Common properties of every STIX domain, relationship and meta object the importer reads. */
const core = {
  type: z.string(),
  spec_version: z.literal(STIX_SPEC_VERSION, { error: 'must be "2.1": only STIX 2.1 is read' }),
  id: identifier,
  created: timestamp,
  modified: timestamp,
  created_by_ref: identifier.optional(),
  labels: z.array(z.string()).min(1).optional(),
  confidence: z.number().int().min(0).max(100).optional(),
  lang: z.string().optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
};

export const stixReportSchema = z.object({
  ...core,
  name: z.string(),
  description: z.string().optional(),
  published: timestamp,
  object_refs: z.array(identifier).min(1),
  external_references: z
    .array(z.object({ source_name: z.string(), url: z.string().optional(), description: z.string().optional() }))
    .min(1)
    .optional(),
});
export type StixReport = z.infer<typeof stixReportSchema>;

export const stixNoteSchema = z.object({
  ...core,
  abstract: z.string().optional(),
  content: z.string(),
  authors: z.array(z.string()).min(1).optional(),
  object_refs: z.array(identifier).min(1),
});
export type StixNote = z.infer<typeof stixNoteSchema>;

export const stixOpinionSchema = z.object({
  ...core,
  explanation: z.string().optional(),
  authors: z.array(z.string()).min(1).optional(),
  object_refs: z.array(identifier).min(1),
  opinion: z.enum(['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree']),
});
export type StixOpinion = z.infer<typeof stixOpinionSchema>;

export const stixIdentitySchema = z.object({ ...core, name: z.string() });

export const stixRelationshipSchema = z.object({
  ...core,
  relationship_type: z.string().regex(/^[a-z0-9-]+$/),
  source_ref: identifier,
  target_ref: identifier,
});
export type StixRelationship = z.infer<typeof stixRelationshipSchema>;

/** The schema each type the importer reads must pass; other types are only held to the rules. */
export const READ_TYPES: Readonly<Record<string, z.ZodType>> = {
  report: stixReportSchema,
  note: stixNoteSchema,
  opinion: stixOpinionSchema,
  identity: stixIdentitySchema,
  relationship: stixRelationshipSchema,
};

const extensionBase = { extension_type: z.literal('property-extension') };

export const sourceExtensionSchema = z.object({
  ...extensionBase,
  role: z.literal('source'),
  source_id: z.string(),
  reliability: z.enum(RELIABILITY_GRADES),
  text_hash: z.string(),
  published_date: z.string(),
  publisher: z.string(),
  author: z.string(),
  imported_at: z.string(),
  tags: z.array(z.string()).optional(),
});

export const annotationExtensionSchema = z.object({
  ...extensionBase,
  role: z.literal('annotation'),
  annotation_id: z.string(),
  kind: z.enum(ANNOTATION_KINDS),
  source_id: z.string(),
  source_hash: z.string(),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  position: z.object({ start: z.number().int(), end: z.number().int() }),
  anchor: z.object({ state: z.enum(ANCHOR_STATES), score: z.number(), checked_at: z.string() }),
  actor: z.string(),
  target: z.string(),
  event_date: z.object({ value: z.string(), precision: z.enum(DATE_PRECISIONS) }),
  credibility: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]).optional(),
  tags: z.array(z.string()).optional(),
  note: z.string(),
  content_is_quote: z.literal(true).optional(),
  revision: z.number().int().min(1),
});

export const linkExtensionSchema = z.object({ ...extensionBase, role: z.literal('link'), link_id: z.string() });

export const dossierExtensionSchema = z.object({
  ...extensionBase,
  role: z.literal('dossier'),
  dossier_id: z.string(),
  subtitle: z.string(),
  author: z.string(),
  handling: z.string(),
  summary: z.string(),
  items: z
    .array(
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('passage'), id: z.string(), annotation_id: z.string(), commentary: z.string() }),
        z.object({ type: z.literal('narrative'), id: z.string(), content: z.string(), content_text: z.string() }),
      ]),
    )
    .optional(),
});

/** The workbench extension's `role` on an object, or null when the object does not carry it. */
export function workbenchRole(object: Readonly<Record<string, unknown>>): string | null {
  const extensions = object.extensions;
  if (typeof extensions !== 'object' || extensions === null) return null;
  const ours: unknown = (extensions as Record<string, unknown>)[EXTENSION_ID];
  if (typeof ours !== 'object' || ours === null) return null;
  const role: unknown = (ours as Record<string, unknown>).role;
  return typeof role === 'string' ? role : null;
}

export function workbenchExtensionOf(object: Readonly<Record<string, unknown>>): unknown {
  return (object.extensions as Record<string, unknown> | undefined)?.[EXTENSION_ID];
}
