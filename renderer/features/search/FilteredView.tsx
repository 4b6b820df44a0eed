// The filters in the search panel, and what they make of it: with no query, the library-wide
// annotation table (issue-15b's SearchFilters and FilteredAnnotationTable); with a query, the ids of the
// annotations that pass, which the search then keeps to.
import { useEffect, useMemo, type ReactNode } from 'react';
import type { Annotation } from '../../../shared/model';
import { hasNoFilters, type AnnotationFilters } from '../../../shared/search/filters';
import { FilteredAnnotationTable } from './FilteredAnnotationTable';
import { SearchFilters } from './SearchFilters';
import { useFilteredAnnotations } from './useFilteredAnnotations';

interface FilteredViewProps {
  readonly filters: AnnotationFilters;
  readonly onChange: (filters: AnnotationFilters) => void;
  readonly analystName: string;
  readonly query: string;
  readonly onOpen: (annotation: Annotation) => void;
  /** The annotations that pass the filters, or null when no filter is set (search keeps to them). */
  readonly onRestriction: (ids: readonly string[] | null) => void;
}

export function FilteredView({ filters, onChange, analystName, query, onOpen, onRestriction }: FilteredViewProps): ReactNode {
  const found = useFilteredAnnotations(filters, analystName);
  const { rows, total, options } = found;
  const unfiltered = hasNoFilters(filters);
  const ids = useMemo(() => (unfiltered || !rows ? null : rows.map((row) => row.annotation.id)), [rows, unfiltered]);
  useEffect(() => onRestriction(ids), [ids, onRestriction]);
  useEffect(() => () => onRestriction(null), [onRestriction]);

  return (
    <div className="search-filtered">
      <SearchFilters filters={filters} onChange={onChange} options={options} analystName={analystName} />
      {query.trim() ? (
        !unfiltered && (
          <p className="search-filter-count" role="status">
            {rows === null ? 'Reading the annotations…' : `${rows.length.toLocaleString('en')} of ${total.toLocaleString('en')} annotations match the filters; the results below keep to them.`}
          </p>
        )
      ) : (
        <FilteredAnnotationTable found={found} filters={filters} onFiltersChange={onChange} onOpen={onOpen} />
      )}
    </div>
  );
}
