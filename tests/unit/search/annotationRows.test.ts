// The annotation table's order by each column: dates at their precision, empty cells last either way.
import { describe, expect, it } from 'vitest';
import { createAnnotation, type Annotation, type AnnotationFields } from '../../../shared/model';
import { sortRows, TABLE_COLUMNS, type AnnotationRow } from '../../../shared/search/annotationRows';

function row(id: string, fields: Partial<AnnotationFields>, articleTitle = 'Article', linkCount = 0): AnnotationRow {
  const { kind = 'claim', ...rest } = fields;
  const annotation: Annotation = createAnnotation({
    id,
    source: { id: 'source', textHash: 'a'.repeat(64) },
    placement: { quote: { exact: `quote ${id}`, prefix: '', suffix: '' }, position: { start: id.length, end: id.length + 1 } },
    kind,
    author: 'Leyla',
    fields: rest,
  });
  return { annotation, articleTitle, linkCount };
}

const ROWS: readonly AnnotationRow[] = [
  row('b', { kind: 'denial', actor: 'Ilham Aliyev', eventDate: { value: '2025-06', precision: 'month' }, credibility: 3 }, 'Aliyev denies', 2),
  row('a', { kind: 'claim', actor: 'Masouz Pezeshkian', eventDate: { value: '2025-06-26', precision: 'day' }, credibility: 1 }, 'Pezeshkian calls'),
  row('c', { kind: 'action', actor: '', eventDate: { value: '', precision: 'day' }, credibility: null }, 'Undated'),
  row('d', { kind: 'denial', actor: 'Əliyev', eventDate: { value: '2025-06-01', precision: 'day' }, credibility: 6 }, 'Azertac', 1),
];

const order = (column: (typeof TABLE_COLUMNS)[number], direction: 'ascending' | 'descending' = 'ascending'): string =>
  sortRows(ROWS, { column, direction }).map((r) => r.annotation.id).join('');

describe('sortRows', () => {
  it('orders event dates by first day, a precise day before its month, empty last', () => {
    expect(order('eventDate')).toBe('dbac');
    expect(order('eventDate', 'descending')).toBe('abdc');
  });

  it('orders actors folded, with empty actors last in both directions', () => {
    expect(order('actor')).toBe('dbac');
    expect(order('actor', 'descending')).toBe('abdc');
  });

  it('orders by credibility, kind, article, links and quote', () => {
    expect(order('credibility')).toBe('abdc');
    expect(order('kind')).toBe('cabd');
    expect(order('article')).toBe('bdac');
    expect(order('links', 'descending')).toBe('bdac');
    expect(order('quote')).toBe('abcd');
  });

  it('sorts every column without losing a row', () => {
    for (const column of TABLE_COLUMNS) expect(sortRows(ROWS, { column, direction: 'ascending' })).toHaveLength(ROWS.length);
  });
});
