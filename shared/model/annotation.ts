// The Annotation record: a tagged passage of one source. Stored apart from the article text;
// the reader derives its highlights from these records (never the other way round).
import { z } from 'zod';

export const ANNOTATION_KINDS = ['claim', 'denial', 'action'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Admiralty scale for the credibility of a single piece of information. */
export const CREDIBILITY_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITY_LEVELS)[number];

export const CREDIBILITY_LABELS: Readonly<Record<Credibility, string>> = {
  1: '1: Confirmed by other sources',
  2: '2: Probably true',
  3: '3: Possibly true',
  4: '4: Doubtful',
  5: '5: Improbable',
  6: '6: Truth cannot be judged',
};

export const LINK_TYPES = ['denies', 'supports', 'responds-to', 'contradicts'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** W3C TextQuoteSelector fields. */
export const textQuoteSchema = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

/**
 * W3C TextPositionSelector fields. Offsets count UTF-16 code units over the normalised
 * source text (the same units as JavaScript string indices and DOM Range offsets).
 */
export const textPositionSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((p) => p.end > p.start, 'end must be after start');

/**
 * The pages of the original PDF a passage lies on, first and last (1-based; equal for most
 * passages). Derived from the position and the source's page starts when the passage is made.
 */
export const pageRangeSchema = z
  .object({ first: z.number().int().min(1).max(100_000), last: z.number().int().min(1).max(100_000) })
  .refine((p) => p.last >= p.first, 'last must not be before first');

export const ANCHOR_STATES = ['exact', 'moved', 'fuzzy', 'orphan'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

export const anchorOutcomeSchema = z.object({
  state: z.enum(ANCHOR_STATES),
  /** 0..1 match quality; 1 for exact and moved. */
  score: z.number().min(0).max(1),
  checkedAt: z.iso.datetime(),
});

export const eventDateSchema = z.object({
  value: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  precision: z.enum(DATE_PRECISIONS),
});

/**
 * Where an annotation came from when it arrived in a shared file: shown beside it, and the base
 * the exchange merge compares revisions against (`importedRevision`: see docs/exchange-format.md).
 */
export const annotationProvenanceSchema = z.object({
  fileName: z.string().max(500),
  /** Who exported the file, as the file says. */
  exportedBy: z.string().max(500),
  importedAt: z.iso.datetime(),
  /** The annotation's revision when it arrived; a higher local revision means edited since. */
  importedRevision: z.number().int().min(1),
});
export type AnnotationProvenance = Readonly<z.infer<typeof annotationProvenanceSchema>>;

export const annotationSchema = z.object({
  id: z.string().min(1).max(100),
  sourceId: z.string().min(1).max(100),
  /** SHA-256 of the normalised text the annotation was made on. */
  sourceHash: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(ANNOTATION_KINDS),
  quote: textQuoteSchema,
  position: textPositionSchema,
  /** Set for passages of PDF sources (the page selector); absent for every other source. */
  pages: pageRangeSchema.optional(),
  anchor: anchorOutcomeSchema,
  actor: z.string().max(500),
  target: z.string().max(500),
  eventDate: eventDateSchema,
  credibility: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]).nullable(),
  tags: z.array(z.string().min(1).max(100)).max(100),
  /** Lexical editor state as JSON, or empty. */
  note: z.string().max(1_000_000),
  /** Plain text of the note, for search, export and the PDF. */
  noteText: z.string().max(1_000_000),
  author: z.string().max(500),
  /**
   * Who made the latest change, when someone did after creating it (absent on records and files
   * from before it was kept, and until the first edit).
   */
  editedBy: z.string().max(500).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Incremented on every edit; the exchange merge compares it. */
  revision: z.number().int().min(1),
  /** Set when the annotation came from a shared file; absent for the analyst's own. */
  provenance: annotationProvenanceSchema.optional(),
});

export type Annotation = Readonly<z.infer<typeof annotationSchema>>;

export const annotationLinkSchema = z.object({
  id: z.string().min(1).max(100),
  fromId: z.string().min(1).max(100),
  toId: z.string().min(1).max(100),
  type: z.enum(LINK_TYPES),
  createdAt: z.iso.datetime(),
});
export type AnnotationLink = Readonly<z.infer<typeof annotationLinkSchema>>;
