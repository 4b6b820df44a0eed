// Plain W3C export for other annotation tools: one AnnotationCollection with a single page, every
// annotation standard JSON-LD with no fields of ours, and links as "linking" annotations.
import type { Annotation, AnnotationLink } from '../model/annotation';
import type { ExchangeContent } from './format';
import { ANNO_CONTEXT, annotationIri, hashIri } from './webAnnotation';
import { PDF_FRAGMENT_SPEC } from '../import/pdfPages';

type TextualBody = { readonly type: 'TextualBody'; readonly purpose: string; readonly value: string; readonly format?: string };

export interface PlainWebAnnotation {
  readonly '@context': typeof ANNO_CONTEXT;
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'classifying' | 'linking';
  readonly created: string;
  readonly modified?: string;
  readonly creator?: { readonly type: 'Person'; readonly name: string };
  readonly body: readonly (TextualBody | string)[];
  readonly target:
    | string
    | {
        readonly source: string;
        readonly selector: readonly [
          { readonly type: 'TextQuoteSelector'; readonly exact: string; readonly prefix: string; readonly suffix: string },
          { readonly type: 'TextPositionSelector'; readonly start: number; readonly end: number },
          /** RFC 3778 page of the original PDF, for passages of PDF sources (the first page of the passage). */
          { readonly type: 'FragmentSelector'; readonly conformsTo: typeof PDF_FRAGMENT_SPEC; readonly value: string }?,
        ];
      };
}

export interface W3CCollection {
  readonly '@context': typeof ANNO_CONTEXT;
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly first: { readonly id: string; readonly type: 'AnnotationPage'; readonly startIndex: 0; readonly items: readonly PlainWebAnnotation[] };
}

export interface W3CExportOptions {
  /** IRI of the collection; a urn:uuid: by default. */
  readonly id: string;
  readonly label: string;
}

/**
 * Other tools cannot resolve urn:sha256:, so each target names its article by URL where one is
 * known; the position selector still counts over our normalised text, as the quote shows.
 */
export function toW3CCollection(content: ExchangeContent, options: W3CExportOptions): W3CCollection {
  const urlByHash = new Map(content.sources.map((s) => [s.textHash, s.url] as const));
  const items = [
    ...content.annotations.map((a) => plainAnnotation(a, urlByHash.get(a.sourceHash) || hashIri(a.sourceHash))),
    ...content.links.map(linkingAnnotation),
  ];
  return {
    '@context': ANNO_CONTEXT,
    id: options.id,
    type: 'AnnotationCollection',
    label: options.label,
    total: items.length,
    first: { id: `${options.id}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

function plainAnnotation(annotation: Annotation, source: string): PlainWebAnnotation {
  const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'classifying', value: annotation.kind }];
  if (annotation.noteText !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.noteText, format: 'text/plain' });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: 'classifying',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    ...(annotation.author === '' ? {} : { creator: { type: 'Person' as const, name: annotation.author } }),
    body,
    target: {
      source,
      // Plain W3C has no page ranges and no fields of ours: the page the passage starts on.
      selector: annotation.pages
        ? [
            { type: 'TextQuoteSelector', ...annotation.quote },
            { type: 'TextPositionSelector', ...annotation.position },
            { type: 'FragmentSelector', conformsTo: PDF_FRAGMENT_SPEC, value: `page=${annotation.pages.first}` },
          ]
        : [
            { type: 'TextQuoteSelector', ...annotation.quote },
            { type: 'TextPositionSelector', ...annotation.position },
          ],
    },
  };
}

/** A link as the W3C model has it: the linking annotation targets one passage, its body names the other. */
function linkingAnnotation(link: AnnotationLink): PlainWebAnnotation {
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(link.id),
    type: 'Annotation',
    motivation: 'linking',
    created: link.createdAt,
    body: [annotationIri(link.toId), { type: 'TextualBody', purpose: 'describing', value: link.type }],
    target: annotationIri(link.fromId),
  };
}
