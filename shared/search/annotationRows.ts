// Rows of the library-wide annotation table and their order by any column. Sorting keys are
// computed once per row, so sorting 50,000 annotations compares strings, not folds them.
import type { Annotation } from '../model';
import { eventDaySpan } from './dateRanges';
import { foldForMatching } from './textFolding';

export interface AnnotationRow {
  readonly annotation: Annotation;
  /** The title of the annotation's article (empty when the article has gone). */
  readonly articleTitle: string;
  /** Links with this annotation at either end. */
  readonly linkCount: number;
}

export const TABLE_COLUMNS = ['kind', 'quote', 'actor', 'target', 'eventDate', 'article', 'credibility', 'links'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  readonly column: TableColumn;
  readonly direction: SortDirection;
}

/** Dates first, in date order: the order "every denial by this actor" is asked in. */
export const DEFAULT_SORT: TableSort = { column: 'eventDate', direction: 'ascending' };

/** A row's key for a column; `null` for an empty cell, which sorts last in either direction. */
type SortKey = string | number | null;

const QUOTE_KEY_LENGTH = 48;

/** The first day, then the last: among dates starting on one day, a precise date before its month. */
function eventDateKey(date: Annotation['eventDate']): string | null {
  const span = eventDaySpan(date);
  return span ? `${span.first}/${span.last}` : null;
}

function keyOf(row: AnnotationRow, column: TableColumn, fold: (value: string) => string, dateKey: (date: Annotation['eventDate']) => string | null): SortKey {
  const { annotation } = row;
  switch (column) {
    case 'kind':
      return annotation.kind;
    case 'quote':
      // The opening words decide the order; folding all of 50,000 long quotes would not.
      return fold(annotation.quote.exact.slice(0, QUOTE_KEY_LENGTH));
    case 'actor':
      return annotation.actor.trim() === '' ? null : fold(annotation.actor);
    case 'target':
      return annotation.target.trim() === '' ? null : fold(annotation.target);
    case 'eventDate':
      return dateKey(annotation.eventDate);
    case 'article':
      return row.articleTitle.trim() === '' ? null : fold(row.articleTitle);
    case 'credibility':
      return annotation.credibility;
    case 'links':
      return row.linkCount;
  }
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/**
 * The rows sorted by a column. Empty cells go last either way; ties keep a stable, readable
 * order: by article, then by place in the article.
 */
export function sortRows(rows: readonly AnnotationRow[], sort: TableSort): readonly AnnotationRow[] {
  const folded = new Map<string, string>();
  const fold = (value: string): string => {
    let result = folded.get(value);
    if (result === undefined) {
      result = foldForMatching(value);
      folded.set(value, result);
    }
    return result;
  };
  const dates = new Map<string, string | null>();
  const dateKey = (date: Annotation['eventDate']): string | null => {
    const id = `${date.precision} ${date.value}`;
    let key = dates.get(id);
    if (key === undefined) {
      key = eventDateKey(date);
      dates.set(id, key);
    }
    return key;
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({
    row,
    key: keyOf(row, sort.column, fold, dateKey),
    article: fold(row.articleTitle),
  }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      const empty = compareKeys(a.key, b.key);
      if (empty !== 0) return empty;
    } else {
      const byKey = compareKeys(a.key, b.key) * sign;
      if (byKey !== 0) return byKey;
    }
    if (a.article !== b.article) return a.article < b.article ? -1 : 1;
    return a.row.annotation.position.start - b.row.annotation.position.start;
  });
  return keyed.map((entry) => entry.row);
}
