// @vitest-environment jsdom
// The filters and the library-wide annotation table together, as the search panel hosts them:
// "every denial by this actor, in date order" in two clicks, sorting by a column, opening a passage.
import { act, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotation, type Annotation, type AnnotationFields } from '../../../shared/model';
import { filterAnnotations, NO_FILTERS, type AnnotationFilters, type FilteredSource } from '../../../shared/search/filters';
import { FilteredAnnotationTable } from '../../../renderer/features/search/FilteredAnnotationTable';
import { filterOptionsOf } from '../../../renderer/features/search/filterOptions';
import { SearchFilters } from '../../../renderer/features/search/SearchFilters';

vi.mock('../../../renderer/features/search/annotationTable.css', () => ({}));
vi.mock('../../../renderer/features/search/searchFilters.css', () => ({}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type TitledSource = FilteredSource & { readonly title: string };

const SOURCES: readonly TitledSource[] = [
  { id: 'oc', title: 'Pezeshkian calls Aliyev', reliability: 'B', publishedDate: '2026-03-09', tags: [] },
  { id: 'az', title: 'Aliyev receives ambassador', reliability: 'C', publishedDate: '2025-06-27', tags: [] },
];

function make(id: string, sourceId: string, fields: Partial<AnnotationFields> & Pick<AnnotationFields, 'kind'>): Annotation {
  const { kind, ...rest } = fields;
  return createAnnotation({
    id,
    source: { id: sourceId, textHash: 'b'.repeat(64) },
    placement: { quote: { exact: `Quote ${id}`, prefix: '', suffix: '' }, position: { start: 0, end: 5 } },
    kind,
    author: 'Leyla',
    fields: rest,
  });
}

const ANNOTATIONS: readonly Annotation[] = [
  make('late-denial', 'oc', { kind: 'denial', actor: 'Ilham Aliyev', eventDate: { value: '2026-03-08', precision: 'day' }, credibility: 2 }),
  make('claim', 'oc', { kind: 'claim', actor: 'Ilham Aliyev', eventDate: { value: '2025-01-01', precision: 'day' } }),
  make('early-denial', 'az', { kind: 'denial', actor: 'Ilham Aliyev', eventDate: { value: '2025-06', precision: 'month' }, credibility: 3 }),
  make('other-denial', 'az', { kind: 'denial', actor: 'Masoud Pezeshkian', eventDate: { value: '2025-06-26', precision: 'day' } }),
];

function Panel({ onOpen }: { readonly onOpen: (annotation: Annotation) => void }): ReactNode {
  const [filters, setFilters] = useState<AnnotationFilters>(NO_FILTERS);
  const sources = new Map<string, TitledSource>(SOURCES.map((s) => [s.id, s]));
  const rows = filterAnnotations(ANNOTATIONS, sources, filters, 'Leyla').map((annotation) => ({
    annotation,
    articleTitle: sources.get(annotation.sourceId)?.title ?? '',
    linkCount: annotation.id === 'claim' ? 1 : 0,
  }));
  return (
    <>
      <SearchFilters filters={filters} onChange={setFilters} options={filterOptionsOf(ANNOTATIONS, SOURCES)} analystName="Leyla" />
      <FilteredAnnotationTable found={{ rows, total: ANNOTATIONS.length, options: filterOptionsOf(ANNOTATIONS, SOURCES) }} filters={filters} onFiltersChange={setFilters} onOpen={onOpen} />
    </>
  );
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.replace(/[▲▼]/g, '').trim()) === name);
  if (!found) throw new Error(`No button named ${name}`);
  return found;
}

function quotes(): readonly string[] {
  return [...container.querySelectorAll('tbody tr[data-row] .table-quote')].map((cell) => cell.textContent ?? '');
}

describe('SearchFilters with AnnotationTable', () => {
  it('answers "every denial by this actor, in date order" in two clicks', () => {
    act(() => root.render(<Panel onOpen={() => undefined} />));
    expect(quotes()).toHaveLength(4);
    act(() => button('Denials').click());
    act(() => button('Only Ilham Aliyev').click());
    expect(quotes()).toEqual(['Quote early-denial', 'Quote late-denial']);
    expect(container.querySelector('[role=status]')?.textContent).toBe('2 of 4 annotations match the filters.');
    expect(button('Denials').getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector<HTMLInputElement>('input[list$="actors"]')?.value).toBe('Ilham Aliyev');
  });

  it('sorts by any column, saying so with aria-sort', () => {
    act(() => root.render(<Panel onOpen={() => undefined} />));
    const header = (name: string): HTMLElement | null => button(name).closest('th');
    expect(header('Event date')?.getAttribute('aria-sort')).toBe('ascending');
    act(() => button('Credibility').click());
    expect(header('Credibility')?.getAttribute('aria-sort')).toBe('ascending');
    expect(header('Event date')?.hasAttribute('aria-sort')).toBe(false);
    expect(quotes()).toEqual(['Quote late-denial', 'Quote early-denial', 'Quote other-denial', 'Quote claim']);
    act(() => button('Credibility').click());
    expect(header('Credibility')?.getAttribute('aria-sort')).toBe('descending');
    expect(quotes().slice(0, 2)).toEqual(['Quote early-denial', 'Quote late-denial']);
    act(() => button('Links').click());
    expect(quotes().at(-1)).toBe('Quote claim');
  });

  it('opens the passage from its quote or its row, and clears filters', () => {
    const opened: string[] = [];
    act(() => root.render(<Panel onOpen={(annotation) => opened.push(annotation.id)} />));
    act(() => button('Quote claim').click());
    const row = container.querySelector<HTMLElement>('tbody tr[data-row="3"] .column-article');
    act(() => row?.click());
    expect(opened).toEqual(['claim', 'late-denial']);
    act(() => button('2: Probably true').click());
    expect(quotes()).toEqual(['Quote late-denial']);
    act(() => button('Clear filters').click());
    expect(quotes()).toHaveLength(4);
    expect(container.querySelector('[role=status]')?.textContent).toBe('All 4 annotations, in event date order.');
    expect(button('Clear filters').disabled).toBe(true);
  });
});

describe('FilteredAnnotationTable', () => {
  it('says when the library is being read, and when no annotation matches', () => {
    act(() => root.render(<FilteredAnnotationTable found={{ rows: null, total: 0, options: filterOptionsOf([], []) }} filters={NO_FILTERS} onFiltersChange={() => undefined} onOpen={() => undefined} />));
    expect(container.textContent).toBe('Reading the library’s annotations…');
    const cleared: AnnotationFilters[] = [];
    const narrow: AnnotationFilters = { ...NO_FILTERS, kinds: ['action'] };
    act(() => root.render(<FilteredAnnotationTable found={{ rows: [], total: 4, options: filterOptionsOf([], []) }} filters={narrow} onFiltersChange={(f) => cleared.push(f)} onOpen={() => undefined} />));
    expect(container.textContent).toContain('0 of 4 annotations match the filters.');
    expect(container.textContent).toContain('No annotation matches these filters.');
    act(() => button('Clear filters').click());
    expect(cleared).toEqual([NO_FILTERS]);
  });
});
