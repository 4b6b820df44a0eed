// An annotation as it travels in a shared file: a W3C Web Annotation (JSON-LD) whose standard
// parts other tools understand, with our own fields under the `dw:` extension context.
import { z } from 'zod';
import {
  ANCHOR_STATES,
  ANNOTATION_KINDS,
  DATE_PRECISIONS,
  annotationSchema,
  type Annotation,
  type AnnotationProvenance,
} from '../model/annotation';
import { fromPageSelector, PDF_FRAGMENT_SPEC, toPageSelector } from '../import/pdfPages';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const DW_NAMESPACE = 'https://dossier-workbench.org/ns#';

/** Nested values of our own fields are JSON literals to JSON-LD (1.1 `@json`), not linked data. */
export const DW_CONTEXT = {
  dw: DW_NAMESPACE,
  'dw:eventDate': { '@type': '@json' },
  'dw:anchor': { '@type': '@json' },
  'dw:provenance': { '@type': '@json' },
} as const;

const jsonLiteral = z.strictObject({ '@type': z.literal('@json') });
export const annotationContextSchema = z.tuple([
  z.literal(ANNO_CONTEXT),
  z.strictObject({ dw: z.literal(DW_NAMESPACE), 'dw:eventDate': jsonLiteral, 'dw:anchor': jsonLiteral, 'dw:provenance': jsonLiteral }),
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Ids that are not UUIDs still need an IRI: a tag URI (RFC 4151) under our domain. */
const TAG_PREFIX = 'tag:dossier-workbench.org,2026:annotation:';
const URN_UUID = 'urn:uuid:';
export const HASH_IRI_PREFIX = 'urn:sha256:';

export function annotationIri(id: string): string {
  return UUID.test(id) ? `${URN_UUID}${id}` : `${TAG_PREFIX}${encodeURIComponent(id)}`;
}

/** The record id an annotation IRI stands for, or null for an IRI we never write. */
export function idFromIri(iri: string): string | null {
  if (iri.startsWith(URN_UUID)) {
    const id = iri.slice(URN_UUID.length).toLowerCase();
    return UUID.test(id) ? id : null;
  }
  if (iri.startsWith(TAG_PREFIX)) {
    try {
      return decodeURIComponent(iri.slice(TAG_PREFIX.length)) || null;
    } catch {
      return null;
    }
  }
  return null;
}

export function hashIri(hash: string): string {
  return `${HASH_IRI_PREFIX}${hash}`;
}

const textualBody = { type: z.literal('TextualBody') };
export const bodySchema = z.discriminatedUnion('purpose', [
  z.strictObject({ ...textualBody, purpose: z.literal('classifying'), value: z.enum(ANNOTATION_KINDS) }),
  z.strictObject({ ...textualBody, purpose: z.literal('commenting'), value: z.string().min(1).max(1_000_000), format: z.literal('text/plain') }),
  z.strictObject({ ...textualBody, purpose: z.literal('tagging'), value: z.string().min(1).max(100) }),
]);
export type WebAnnotationBody = z.infer<typeof bodySchema>;
type BodyWith<P extends WebAnnotationBody['purpose']> = Extract<WebAnnotationBody, { purpose: P }>;

function bodiesFor<P extends WebAnnotationBody['purpose']>(body: readonly WebAnnotationBody[], purpose: P): BodyWith<P>[] {
  return body.filter((b): b is BodyWith<P> => b.purpose === purpose);
}

const offset = z.number().int().min(0);
export const webAnnotationTargetSchema = z.strictObject({
  source: z.string().regex(/^urn:sha256:[0-9a-f]{64}$/, 'must name the source by its hash: urn:sha256: and 64 lowercase hex digits'),
  selector: z.tuple([
    z.strictObject({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string(), suffix: z.string() }),
    z.strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
    /** The page selector (passages of PDF sources only): an addition files from before lack. */
    z
      .strictObject({
        type: z.literal('FragmentSelector'),
        conformsTo: z.literal(PDF_FRAGMENT_SPEC),
        value: z.string().regex(/^page=\d{1,6}$/, 'must be page= and a page number'),
        'dw:lastPage': z.number().int().min(1).max(100_000).optional(),
      })
      .optional(),
  ]),
});

export const webAnnotationProvenanceSchema = z.strictObject({
  fileName: z.string().max(500),
  exportedBy: z.string().max(500),
  importedAt: z.iso.datetime(),
  importedRevision: z.number().int().min(1),
});

const model = annotationSchema.shape;
export const webAnnotationSchema = z.strictObject({
  '@context': annotationContextSchema,
  id: z.string().regex(/^(urn:uuid:[0-9a-f-]{36}|tag:dossier-workbench\.org,2026:annotation:\S+)$/, 'must be an IRI: urn:uuid: and a UUID'),
  type: z.literal('Annotation'),
  motivation: z.literal('classifying'),
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
  creator: z.strictObject({ type: z.literal('Person'), name: z.string().min(1).max(500) }).optional(),
  body: z.array(bodySchema).min(1).max(102),
  target: webAnnotationTargetSchema,
  'dw:sourceId': model.sourceId,
  'dw:actor': model.actor,
  'dw:target': model.target,
  'dw:eventDate': z.strictObject({ value: model.eventDate.shape.value, precision: z.enum(DATE_PRECISIONS) }),
  'dw:credibility': model.credibility,
  /** Lexical editor state as JSON text, or empty; the commenting body holds its plain text. */
  'dw:note': model.note,
  'dw:revision': model.revision,
  /** Who made the latest change, when it was not the creator's first version. */
  'dw:editedBy': model.editedBy,
  'dw:anchor': z.strictObject({ state: z.enum(ANCHOR_STATES), score: z.number().min(0).max(1), checkedAt: z.iso.datetime() }),
  'dw:provenance': webAnnotationProvenanceSchema.optional(),
});
export type WebAnnotation = z.infer<typeof webAnnotationSchema>;

export function toWebAnnotation(annotation: Annotation): WebAnnotation {
  const body: WebAnnotationBody[] = [{ type: 'TextualBody', purpose: 'classifying', value: annotation.kind }];
  if (annotation.noteText !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.noteText, format: 'text/plain' });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return {
    '@context': [ANNO_CONTEXT, DW_CONTEXT],
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: 'classifying',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    ...(annotation.author === '' ? {} : { creator: { type: 'Person' as const, name: annotation.author } }),
    body,
    // Fields picked one by one: a stored record may carry more than the model, and files are closed.
    target: { source: hashIri(annotation.sourceHash), selector: selectorsOf(annotation) },
    'dw:sourceId': annotation.sourceId,
    'dw:actor': annotation.actor,
    'dw:target': annotation.target,
    'dw:eventDate': { value: annotation.eventDate.value, precision: annotation.eventDate.precision },
    'dw:credibility': annotation.credibility,
    'dw:note': annotation.note,
    'dw:revision': annotation.revision,
    ...(annotation.editedBy === undefined ? {} : { 'dw:editedBy': annotation.editedBy }),
    'dw:anchor': { state: annotation.anchor.state, score: annotation.anchor.score, checkedAt: annotation.anchor.checkedAt },
    ...(annotation.provenance ? { 'dw:provenance': provenanceOf(annotation.provenance) } : {}),
  };
}

function selectorsOf(annotation: Annotation): WebAnnotation['target']['selector'] {
  const quote = { type: 'TextQuoteSelector', exact: annotation.quote.exact, prefix: annotation.quote.prefix, suffix: annotation.quote.suffix } as const;
  const position = { type: 'TextPositionSelector', start: annotation.position.start, end: annotation.position.end } as const;
  return annotation.pages ? [quote, position, toPageSelector(annotation.pages)] : [quote, position];
}

function provenanceOf(p: AnnotationProvenance): AnnotationProvenance {
  return { fileName: p.fileName, exportedBy: p.exportedBy, importedAt: p.importedAt, importedRevision: p.importedRevision };
}

export type DecodedAnnotation = { readonly ok: true; readonly annotation: Annotation } | { readonly ok: false; readonly problems: readonly { readonly path: (string | number)[]; readonly message: string }[] };

/** The record a schema-valid Web Annotation stands for; problems the schema cannot express. */
export function fromWebAnnotation(record: WebAnnotation): DecodedAnnotation {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const id = idFromIri(record.id);
  if (id === null || id.length > 100) problems.push({ path: ['id'], message: 'must be urn:uuid: and a UUID' });
  const kinds = bodiesFor(record.body, 'classifying');
  if (kinds.length !== 1) problems.push({ path: ['body'], message: `must have exactly one classifying body (the kind), found ${kinds.length}` });
  const notes = bodiesFor(record.body, 'commenting');
  if (notes.length > 1) problems.push({ path: ['body'], message: `must have at most one commenting body (the note), found ${notes.length}` });
  const [quote, position, pageSelector] = record.target.selector;
  if (position.end <= position.start) {
    problems.push({ path: ['target', 'selector', 1, 'end'], message: `end (${position.end}) must be after start (${position.start})` });
  }
  const pages = pageSelector ? fromPageSelector(pageSelector) : null;
  if (pageSelector && !pages) problems.push({ path: ['target', 'selector', 2], message: 'dw:lastPage must not be before the page in value' });
  const kind = kinds[0]?.value;
  if (problems.length > 0 || id === null || kind === undefined) return { ok: false, problems };
  const provenance: AnnotationProvenance | undefined = record['dw:provenance'];
  const annotation: Annotation = {
    id,
    sourceId: record['dw:sourceId'],
    sourceHash: record.target.source.slice(HASH_IRI_PREFIX.length),
    kind,
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    position: { start: position.start, end: position.end },
    ...(pages ? { pages } : {}),
    anchor: { ...record['dw:anchor'] },
    actor: record['dw:actor'],
    target: record['dw:target'],
    eventDate: { ...record['dw:eventDate'] },
    credibility: record['dw:credibility'],
    tags: bodiesFor(record.body, 'tagging').map((b) => b.value),
    note: record['dw:note'],
    noteText: notes[0]?.value ?? '',
    author: record.creator?.name ?? '',
    createdAt: record.created,
    updatedAt: record.modified,
    revision: record['dw:revision'],
    ...(record['dw:editedBy'] === undefined ? {} : { editedBy: record['dw:editedBy'] }),
    ...(provenance ? { provenance: { ...provenance } } : {}),
  };
  return { ok: true, annotation };
}
