// The library's annotations through the filters, as table rows, with the choices the filters
// offer; kept live as the library changes. For the search panel to host with SearchFilters and
// AnnotationTable.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import type { AnnotationRow } from '../../../shared/search/annotationRows';
import { filterAnnotations, type AnnotationFilters, type FilteredSource } from '../../../shared/search/filters';
import { loadAnnotationTableData } from '../../db/annotationTable';
import { filterOptionsOf, NO_OPTIONS, type FilterOptions } from './filterOptions';

export interface FilteredAnnotations {
  /** `null` while the library is read. */
  readonly rows: readonly AnnotationRow[] | null;
  /** How many annotations the library holds, filtered or not. */
  readonly total: number;
  readonly options: FilterOptions;
}

export function useFilteredAnnotations(filters: AnnotationFilters, analystName: string): FilteredAnnotations {
  const data = useLiveQuery(() => loadAnnotationTableData(), []);
  // Typing in a filter field stays responsive on a large library: the table follows a moment later.
  const deferredFilters = useDeferredValue(filters);
  const options = useMemo(() => (data ? filterOptionsOf(data.annotations, data.sources) : NO_OPTIONS), [data]);
  const rows = useMemo(() => {
    if (!data) return null;
    const sources = new Map<string, FilteredSource & { readonly title: string }>(data.sources.map((source) => [source.id, source]));
    return filterAnnotations(data.annotations, sources, deferredFilters, analystName).map(
      (annotation): AnnotationRow => ({
        annotation,
        articleTitle: sources.get(annotation.sourceId)?.title ?? '',
        linkCount: data.linkCounts.get(annotation.id) ?? 0,
      }),
    );
  }, [data, deferredFilters, analystName]);
  return { rows, total: data?.annotations.length ?? 0, options };
}
