// The filters beside a search query, as one pure predicate over an annotation and its article:
// compiled once per change of the filters, then run over every annotation of the library.
import type { Annotation, AnnotationKind, Credibility, ReliabilityGrade, Source } from '../model';
import { eventDaySpan, daySpanOf, isOpenRange, OPEN_RANGE, readRange, spanInRange, type DateRange, type DaySpan } from './dateRanges';
import { findPhrase, type QueryPhrase } from './queryParser';
import { foldForMatching } from './textFolding';
import { foldedWords, tokenizeText } from './wordTokens';

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

/** A lookup that reads each distinct key once: dates, names and tags repeat across a library. */
function remembered<A, T>(keyOf: (argument: A) => string, read: (argument: A) => T): (argument: A) => T {
  const cache = new Map<string, { readonly value: T }>();
  return (argument) => {
    const key = keyOf(argument);
    let entry = cache.get(key);
    if (entry === undefined) {
      entry = { value: read(argument) };
      cache.set(key, entry);
    }
    return entry.value;
  };
}

const sameString = (value: string): string => value;

/** Whole words of a name after folding; each distinct name (a few hundred in a year) read once. */
function nameMatcher(wanted: string): ((name: string) => boolean) | null {
  const words = foldedWords(wanted);
  if (words.length === 0) return null;
  const phrase: QueryPhrase = { words, text: words.join(' ') };
  return remembered(sameString, (name) => findPhrase(tokenizeText(name), phrase).length > 0);
}

/** A tag matched whole after folding, so "Drone strikes" finds the tag "drone strikes". */
function tagMatcher(wanted: string): ((tags: readonly string[]) => boolean) | null {
  const folded = foldForMatching(wanted);
  if (folded === '') return null;
  const isWanted = remembered(sameString, (tag) => foldForMatching(tag) === folded);
  return (tags) => tags.some(isWanted);
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
  const isMine = remembered(sameString, (author) => foldForMatching(author) === me);
  const sourceId = filters.sourceId;
  const published = readRange(filters.published);
  const eventDate = readRange(filters.eventDate);
  const datesPublished = published.first !== null || published.last !== null;
  const datesEvent = eventDate.first !== null || eventDate.last !== null;
  const publishedSpan = remembered(sameString, (value): DaySpan | null => daySpanOf(value));
  const eventSpan = remembered((date: Annotation['eventDate']) => `${date.precision} ${date.value}`, (date): DaySpan | null => eventDaySpan(date));
  return (annotation, source) => {
    if (kinds.size > 0 && !kinds.has(annotation.kind)) return false;
    if (sourceId !== '' && annotation.sourceId !== sourceId) return false;
    if (credibility.size > 0 && (annotation.credibility === null || !credibility.has(annotation.credibility))) return false;
    if (grades.size > 0 && (!source || !grades.has(source.reliability))) return false;
    if (filters.onlyMine && !isMine(annotation.author)) return false;
    if (actor && !actor(annotation.actor)) return false;
    if (target && !target(annotation.target)) return false;
    if (tag && !tag(annotation.tags) && !(source && tag(source.tags))) return false;
    if (datesPublished && !spanInRange(source ? publishedSpan(source.publishedDate) : null, published)) return false;
    if (datesEvent && !spanInRange(eventSpan(annotation.eventDate), eventDate)) return false;
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
