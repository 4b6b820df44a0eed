// The Source record: an imported article and the metadata analysts cite it by.
import { z } from 'zod';

/** Admiralty (NATO) source reliability grades. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

export const RELIABILITY_LABELS: Readonly<Record<ReliabilityGrade, string>> = {
  A: 'A: Completely reliable',
  B: 'B: Usually reliable',
  C: 'C: Fairly reliable',
  D: 'D: Not usually reliable',
  E: 'E: Unreliable',
  F: 'F: Reliability cannot be judged',
};

export const SOURCE_ORIGINS = ['sample', 'file', 'paste', 'shared'] as const;
export type SourceOrigin = (typeof SOURCE_ORIGINS)[number];

/** A calendar date `YYYY-MM-DD`, or empty when unknown. */
export const isoDateOrEmpty = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date written YYYY-MM-DD, or empty');

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 written as 64 lowercase hex digits');

export const MAX_TITLE_LENGTH = 500;
export const MAX_FIELD_LENGTH = 2_000;

export const sourceSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().trim().min(1, 'a title is required').max(MAX_TITLE_LENGTH),
  publisher: z.string().max(MAX_FIELD_LENGTH),
  author: z.string().max(MAX_FIELD_LENGTH),
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be an http(s) address' })]),
  publishedDate: isoDateOrEmpty,
  importedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  language: z.string().regex(/^([a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*)?$/, 'must be a language tag such as en or az-Latn'),
  text: z.string().min(1),
  textHash: sha256Hex,
  reliability: z.enum(RELIABILITY_GRADES),
  tags: z.array(z.string().min(1).max(100)).max(100),
  origin: z.enum(SOURCE_ORIGINS),
});

export type Source = Readonly<z.infer<typeof sourceSchema>>;

/** The fields an analyst edits in the details pane. */
export const sourceMetadataSchema = sourceSchema.pick({
  title: true,
  publisher: true,
  author: true,
  url: true,
  publishedDate: true,
  language: true,
  reliability: true,
  tags: true,
});
export type SourceMetadata = Readonly<z.infer<typeof sourceMetadataSchema>>;

/** The analyst-editable metadata of a source, and nothing else (for undo and forms). */
export function pickSourceMetadata(source: SourceMetadata): SourceMetadata {
  const { title, publisher, author, url, publishedDate, language, reliability, tags } = source;
  return { title, publisher, author, url, publishedDate, language, reliability, tags: [...tags] };
}
