// The library-wide annotation table under the filters, with what is happening said in words:
// reading the library, how many of how many annotations the filters keep, or that none match.
// For the search panel to show when the query is empty, beside SearchFilters, both fed by one
// useFilteredAnnotations (one read of the library): records in, filter changes and opens out.
import type { ReactNode } from 'react';
import type { Annotation } from '../../../shared/model';
import { hasNoFilters, NO_FILTERS, type AnnotationFilters } from '../../../shared/search/filters';
import { AnnotationTable } from './AnnotationTable';
import type { FilteredAnnotations } from './useFilteredAnnotations';

interface FilteredAnnotationTableProps {
  readonly found: FilteredAnnotations;
  readonly filters: AnnotationFilters;
  readonly onFiltersChange: (filters: AnnotationFilters) => void;
  readonly onOpen: (annotation: Annotation) => void;
}

export function FilteredAnnotationTable({ found, filters, onFiltersChange, onOpen }: FilteredAnnotationTableProps): ReactNode {
  const { rows, total } = found;
  if (rows === null) return <p role="status">Reading the library’s annotations…</p>;
  if (total === 0) return <p role="status">No annotations in the library yet. Select text in an article and press C, D or A.</p>;
  return (
    <section className="filtered-annotations" aria-label="Annotations in the library">
      <p role="status">
        {hasNoFilters(filters)
          ? `All ${total.toLocaleString('en')} annotations, in event date order.`
          : `${rows.length.toLocaleString('en')} of ${total.toLocaleString('en')} annotations match the filters.`}
      </p>
      {rows.length === 0 ? (
        <p>
          No annotation matches these filters.{' '}
          <button type="button" onClick={() => onFiltersChange(NO_FILTERS)}>
            Clear filters
          </button>
        </p>
      ) : (
        <AnnotationTable rows={rows} onOpen={onOpen} onFilterActor={(actor) => onFiltersChange({ ...filters, actor })} />
      )}
    </section>
  );
}
