// The one constructor of Annotation records: the renderer, the CLI's sample library, the external
// importer, the benchmark generators and the tests all build annotations here, so a new required
// field changes one place.
import type { Annotation, AnnotationKind } from './annotation';
import { newId, nowIso } from './ids';
import type { Source } from './source';

/** The analyst-editable fields of an annotation. */
export type AnnotationFields = Pick<Annotation, 'kind' | 'actor' | 'target' | 'eventDate' | 'credibility' | 'tags' | 'note' | 'noteText'>;

/** Where the annotation sits: its W3C quote and position selectors, and its pages in a PDF. */
export type AnnotationPlacement = Pick<Annotation, 'quote' | 'position' | 'pages'>;

export interface NewAnnotation {
  readonly source: Pick<Source, 'id' | 'textHash'>;
  readonly placement: AnnotationPlacement;
  readonly kind: AnnotationKind;
  readonly author: string;
  /** Defaults to a fresh random id. */
  readonly id?: string;
  /** Creation time (and first update time); defaults to now. */
  readonly at?: string;
  /** Fields the analyst (or the file it came from) already filled in. */
  readonly fields?: Partial<Omit<AnnotationFields, 'kind'>>;
}

/** A new annotation at revision 1, anchored exactly where it was placed. */
export function createAnnotation(input: NewAnnotation): Annotation {
  const at = input.at ?? nowIso();
  return {
    id: input.id ?? newId(),
    sourceId: input.source.id,
    sourceHash: input.source.textHash,
    kind: input.kind,
    quote: input.placement.quote,
    position: input.placement.position,
    ...(input.placement.pages ? { pages: { first: input.placement.pages.first, last: input.placement.pages.last } } : {}),
    anchor: { state: 'exact', score: 1, checkedAt: at },
    actor: '',
    target: '',
    eventDate: { value: '', precision: 'day' },
    credibility: null,
    tags: [],
    note: '',
    noteText: '',
    ...input.fields,
    author: input.author,
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
}
