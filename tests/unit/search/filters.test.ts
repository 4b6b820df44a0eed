// The filters beside the search query: each filter alone, together, and event dates compared at
// their precision (a month-precise date is in a range its month overlaps).
import { describe, expect, it } from 'vitest';
import { createAnnotation, type Annotation, type AnnotationFields, type AnnotationKind } from '../../../shared/model';
import { daySpanOf, eventDaySpan, overlapsRange } from '../../../shared/search/dateRanges';
import { compileFilters, filterAnnotations, hasNoFilters, NO_FILTERS, type AnnotationFilters, type FilteredSource } from '../../../shared/search/filters';

const HASH = 'a'.repeat(64);
const SOURCES: ReadonlyMap<string, FilteredSource> = new Map([
  ['s2026', { id: 's2026', reliability: 'B', publishedDate: '2026-03-09', tags: ['Nakhchivan'] }],
  ['s2025', { id: 's2025', reliability: 'D', publishedDate: '2025-06-27', tags: [] }],
  ['undated', { id: 'undated', reliability: 'F', publishedDate: '', tags: [] }],
]);

function annotation(id: string, sourceId: string, kind: AnnotationKind, fields: Partial<Omit<AnnotationFields, 'kind'>>, author = 'Leyla'): Annotation {
  return createAnnotation({
    id,
    source: { id: sourceId, textHash: HASH },
    placement: { quote: { exact: id, prefix: '', suffix: '' }, position: { start: 0, end: id.length } },
    kind,
    author,
    fields,
  });
}

const LIBRARY: readonly Annotation[] = [
  annotation('denial-2026', 's2026', 'denial', { actor: 'Masoud Pezeshkian', target: 'Ilham Aliyev', eventDate: { value: '2026-03-08', precision: 'day' }, credibility: 2, tags: ['drone strikes'] }),
  annotation('denial-2025', 's2025', 'denial', { actor: 'Ilham Aliyev', target: 'Iran', eventDate: { value: '2025-06', precision: 'month' }, credibility: 3 }),
  annotation('claim-2025', 's2025', 'claim', { actor: 'Masouz Pezeshkian', target: 'Azerbaijan', eventDate: { value: '2025-06-26', precision: 'day' }, credibility: null }, 'Farid'),
  annotation('action-azeri', 's2026', 'action', { actor: 'İlham Əliyev', eventDate: { value: '2026', precision: 'year' }, credibility: 1 }),
  annotation('claim-undated', 'undated', 'claim', { actor: 'Пезешкиан', eventDate: { value: '', precision: 'day' } }),
];

function ids(filters: Partial<AnnotationFilters>, analystName = 'Leyla'): readonly string[] {
  return filterAnnotations(LIBRARY, SOURCES, { ...NO_FILTERS, ...filters }, analystName).map((a) => a.id);
}

describe('compileFilters', () => {
  it('keeps everything with no filter set', () => {
    expect(hasNoFilters(NO_FILTERS)).toBe(true);
    expect(ids({})).toHaveLength(LIBRARY.length);
  });

  it('filters by kind, article, credibility and article reliability', () => {
    expect(ids({ kinds: ['denial'] })).toEqual(['denial-2026', 'denial-2025']);
    expect(ids({ kinds: ['claim', 'action'] })).toEqual(['claim-2025', 'action-azeri', 'claim-undated']);
    expect(ids({ sourceId: 's2025' })).toEqual(['denial-2025', 'claim-2025']);
    // No credibility set is left out once a grade is chosen.
    expect(ids({ credibility: [1, 2] })).toEqual(['denial-2026', 'action-azeri']);
    expect(ids({ reliability: ['A', 'B'] })).toEqual(['denial-2026', 'action-azeri']);
  });

  it('matches actor and target by whole words after folding', () => {
    expect(ids({ actor: 'aliyev' })).toEqual(['denial-2025']);
    expect(ids({ actor: 'ILHAM ƏLIYEV' })).toEqual(['action-azeri']);
    expect(ids({ actor: 'Pezeshkian' })).toEqual(['denial-2026', 'claim-2025']);
    expect(ids({ actor: 'pezeshk' })).toEqual([]);
    expect(ids({ actor: 'пезешкиан' })).toEqual(['claim-undated']);
    expect(ids({ target: 'iran' })).toEqual(['denial-2025']);
  });

  it('matches a tag of the annotation or of its article', () => {
    expect(ids({ tag: 'Drone Strikes' })).toEqual(['denial-2026']);
    expect(ids({ tag: 'nakhchivan' })).toEqual(['denial-2026', 'action-azeri']);
    expect(ids({ tag: 'drone' })).toEqual([]);
  });

  it('keeps only the analyst\'s own annotations', () => {
    expect(ids({ onlyMine: true }, 'leyla')).not.toContain('claim-2025');
    expect(ids({ onlyMine: true }, 'Farid')).toEqual(['claim-2025']);
  });

  it('filters by published date range, leaving undated articles out of a bounded range', () => {
    expect(ids({ published: { from: '2026', to: '' } })).toEqual(['denial-2026', 'action-azeri']);
    expect(ids({ published: { from: '', to: '2025-06' } })).toEqual(['denial-2025', 'claim-2025']);
    expect(ids({ published: { from: '2025-06-28', to: '2026-03-08' } })).toEqual([]);
  });

  it('compares event dates at their precision', () => {
    // The month-precise June 2025 denial overlaps a range that starts mid-June.
    expect(ids({ eventDate: { from: '2025-06-20', to: '2025-06-30' } })).toEqual(['denial-2025', 'claim-2025']);
    expect(ids({ eventDate: { from: '2025-07-01', to: '' } })).toEqual(['denial-2026', 'action-azeri']);
    // The year-precise 2026 action overlaps any range touching 2026.
    expect(ids({ eventDate: { from: '2026-12', to: '2027' } })).toEqual(['action-azeri']);
    expect(ids({ eventDate: { from: '', to: '2025-05-31' } })).toEqual([]);
  });

  it('combines filters: every denial by this actor', () => {
    expect(ids({ kinds: ['denial'], actor: 'Masoud Pezeshkian' })).toEqual(['denial-2026']);
    const keep = compileFilters({ ...NO_FILTERS, kinds: ['denial'], eventDate: { from: '2026', to: '' } }, '');
    expect(LIBRARY.filter((a) => keep(a, SOURCES.get(a.sourceId))).map((a) => a.id)).toEqual(['denial-2026']);
  });
});

describe('date spans', () => {
  it('reads partial dates as whole months and years', () => {
    expect(daySpanOf('2025')).toEqual({ first: '2025-01-01', last: '2025-12-31' });
    expect(daySpanOf('2025-02')).toEqual({ first: '2025-02-01', last: '2025-02-31' });
    expect(daySpanOf('2025-02-03')).toEqual({ first: '2025-02-03', last: '2025-02-03' });
    expect(daySpanOf('3 March')).toBeNull();
  });

  it('widens an event date to its precision', () => {
    expect(eventDaySpan({ value: '2025-06-26', precision: 'month' })).toEqual({ first: '2025-06-01', last: '2025-06-31' });
    expect(eventDaySpan({ value: '2025-06-26', precision: 'year' })?.first).toBe('2025-01-01');
    expect(eventDaySpan({ value: '', precision: 'day' })).toBeNull();
  });

  it('ignores an unreadable bound rather than emptying the table', () => {
    expect(overlapsRange(daySpanOf('2025-06-01'), { from: '20', to: '' })).toBe(true);
    expect(overlapsRange(null, { from: '20', to: '' })).toBe(true);
    expect(overlapsRange(null, { from: '2020', to: '' })).toBe(false);
  });
});
