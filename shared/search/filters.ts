// The filters beside a search query, as one pure predicate over an annotation and its article:
// compiled once per change of the filters, then run over every annotation of the library.
import type { Annotation, AnnotationKind, Credibility, ReliabilityGrade, Source } from '../model';
import { eventDaySpan, daySpanOf, isOpenRange, OPEN_RANGE, overlapsRange, type DateRange } from './dateRanges';
import { findPhrase, type QueryPhrase } from './queryParser';
import { foldForMatching } from './textFolding';
import { foldedWords, tokenizeText, type WordToken } from './wordTokens';

export interface AnnotationFilters {
  /** Kinds to keep; none chosen keeps every kind (and so for every list below). */
  readonly kinds: readonly AnnotationKind[];
  /** Words of the actor's name, matched whole after folding: "aliyev" keeps "Ilham Aliyev", not "Aliyeva". */
  readonly actor: string;
  readonly target: string;
  /** A tag of the annotation or of its article, matched whole after folding. */
  readonly tag: string;
  /** One article's id, or empty for every article. */
  readonly sourceId: string;
  readonly reliability: readonly ReliabilityGrade[];
  /** Credibility grades to keep; an annotation without one is left out once any is chosen. */
  readonly credibility: readonly Credibility[];
  readonly published: DateRange;
  readonly eventDate: DateRange;
  /** Only annotations whose author is the analyst (by name, after folding). */
  readonly onlyMine: boolean;
}

export const NO_FILTERS: AnnotationFilters = {
  kinds: [],
  actor: '',
  target: '',
  tag: '',
  sourceId: '',
  reliability: [],
  credibility: [],
  published: OPEN_RANGE,
  eventDate: OPEN_RANGE,
  onlyMine: false,
};

/** What the filters read of an article (its text is not needed). */
export type FilteredSource = Pick<Source, 'id' | 'reliability' | 'publishedDate' | 'tags'>;

export type AnnotationPredicate = (annotation: Annotation, source: FilteredSource | undefined) => boolean;

/** True when no filter is set: the predicate keeps everything. */
export function hasNoFilters(filters: AnnotationFilters): boolean {
  return (
    filters.kinds.length === 0 &&
    filters.actor.trim() === '' &&
    filters.target.trim() === '' &&
    filters.tag.trim() === '' &&
    filters.sourceId === '' &&
    filters.reliability.length === 0 &&
    filters.credibility.length === 0 &&
    isOpenRange(filters.published) &&
    isOpenRange(filters.eventDate) &&
    !filters.onlyMine
  );
}

/** Folded words of a name, cached: a library of 50,000 annotations names a few hundred actors. */
function nameMatcher(wanted: string): ((name: string) => boolean) | null {
  const words = foldedWords(wanted);
  if (words.length === 0) return null;
  const phrase: QueryPhrase = { words, text: words.join(' ') };
  const cache = new Map<string, boolean>();
  return (name: string): boolean => {
    let found = cache.get(name);
    if (found === undefined) {
      const tokens: readonly WordToken[] = tokenizeText(name);
      found = findPhrase(tokens, phrase).length > 0;
      cache.set(name, found);
    }
    return found;
  };
}

/** A tag matched whole after folding, so "Drone strikes" finds the tag "drone strikes". */
function tagMatcher(wanted: string): ((tags: readonly string[]) => boolean) | null {
  const folded = foldForMatching(wanted);
  if (folded === '') return null;
  const cache = new Map<string, string>();
  const fold = (tag: string): string => {
    let result = cache.get(tag);
    if (result === undefined) {
      result = foldForMatching(tag);
      cache.set(tag, result);
    }
    return result;
  };
  return (tags: readonly string[]): boolean => tags.some((tag) => fold(tag) === folded);
}

/**
 * The filters as one predicate. `analystName` is who "only my annotations" means; with no name
 * set, that filter keeps annotations with no author.
 */
export function compileFilters(filters: AnnotationFilters, analystName: string): AnnotationPredicate {
  if (hasNoFilters(filters)) return () => true;
  const kinds = new Set(filters.kinds);
  const grades = new Set(filters.reliability);
  const credibility = new Set<number>(filters.credibility);
  const actor = nameMatcher(filters.actor);
  const target = nameMatcher(filters.target);
  const tag = tagMatcher(filters.tag);
  const me = foldForMatching(analystName);
  const authors = new Map<string, boolean>();
  const isMine = (author: string): boolean => {
    let mine = authors.get(author);
    if (mine === undefined) {
      mine = foldForMatching(author) === me;
      authors.set(author, mine);
    }
    return mine;
  };
  const sourceId = filters.sourceId;
  const { published, eventDate } = filters;
  const datesPublished = !isOpenRange(published);
  const datesEvent = !isOpenRange(eventDate);
  return (annotation, source) => {
    if (kinds.size > 0 && !kinds.has(annotation.kind)) return false;
    if (sourceId !== '' && annotation.sourceId !== sourceId) return false;
    if (credibility.size > 0 && (annotation.credibility === null || !credibility.has(annotation.credibility))) return false;
    if (grades.size > 0 && (!source || !grades.has(source.reliability))) return false;
    if (filters.onlyMine && !isMine(annotation.author)) return false;
    if (actor && !actor(annotation.actor)) return false;
    if (target && !target(annotation.target)) return false;
    if (tag && !tag(annotation.tags) && !(source && tag(source.tags))) return false;
    if (datesPublished && !overlapsRange(source ? daySpanOf(source.publishedDate) : null, published)) return false;
    if (datesEvent && !overlapsRange(eventDaySpan(annotation.eventDate), eventDate)) return false;
    return true;
  };
}

/** Annotations that pass the filters, with their articles looked up by id. */
export function filterAnnotations(
  annotations: readonly Annotation[],
  sources: ReadonlyMap<string, FilteredSource>,
  filters: AnnotationFilters,
  analystName: string,
): readonly Annotation[] {
  const keep = compileFilters(filters, analystName);
  return annotations.filter((annotation) => keep(annotation, sources.get(annotation.sourceId)));
}
