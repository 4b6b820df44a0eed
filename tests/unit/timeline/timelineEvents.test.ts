import { describe, expect, it } from 'vitest';
import { claimsCsv } from '../../../shared/claims/claimsCsv';
import { buildClaimRows } from '../../../shared/claims/claimStatus';
import { UTF8_BOM } from '../../../shared/csv/csvText';
import { timelineCsv } from '../../../shared/timeline/timelineCsv';
import { firstEndingAfter, NO_TIMELINE_FILTER, publicationEvents, timelineEvents, timelineLanes } from '../../../shared/timeline/timelineEvents';
import { annotation, link } from '../claims/fixtures';

const year = annotation('y', 'action', 'Talks in 2025', { actor: 'Iran', eventDate: { value: '2025', precision: 'year' } });
const month = annotation('m', 'claim', 'In March', { actor: 'Azerbaijan', eventDate: { value: '2026-03', precision: 'month' } });
const dayEvent = annotation('d', 'denial', '=cmd|calc', { actor: 'Iran', eventDate: { value: '2026-03-09', precision: 'day' } });
const undated = annotation('u', 'claim', 'Undated', { actor: 'Iran' });

describe('timelineEvents', () => {
  it('keeps dated annotations, sorted by start, in lanes by kind or actor', () => {
    const byKind = timelineEvents([month, undated, dayEvent, year], NO_TIMELINE_FILTER);
    expect(byKind.map((e) => e.id)).toEqual(['y', 'm', 'd']);
    expect(timelineLanes(byKind, 'kind')).toEqual(['claim', 'denial', 'action']);
    const byActor = timelineEvents([month, dayEvent, year], { ...NO_TIMELINE_FILTER, lanes: 'actor' });
    expect(timelineLanes(byActor, 'actor')).toEqual(['Iran', 'Azerbaijan']);
    expect(byKind.map((e) => e.span.shape)).toEqual(['span', 'span', 'point']);
  });
  it('filters by kind, actor, tag and dates', () => {
    expect(timelineEvents([month, dayEvent, year], { ...NO_TIMELINE_FILTER, actor: 'iran' }).map((e) => e.id)).toEqual(['y', 'd']);
    expect(timelineEvents([month, dayEvent, year], { ...NO_TIMELINE_FILTER, from: '2026-01-01' }).map((e) => e.id)).toEqual(['m', 'd']);
    expect(timelineEvents([month, dayEvent, year], { ...NO_TIMELINE_FILTER, kind: 'denial' }).map((e) => e.id)).toEqual(['d']);
  });
  it('finds where a window starts by binary search', () => {
    const events = timelineEvents([month, dayEvent, year], NO_TIMELINE_FILTER);
    const longest = Math.max(...events.map((e) => e.span.end - e.span.start));
    const index = firstEndingAfter(events, Date.parse('2026-03-05'), longest);
    expect(events.slice(index).some((e) => e.id === 'm')).toBe(true);
  });
  it('puts publication dates in a lane of their own', () => {
    const sources = [{ id: 's2', title: 'Later', publishedDate: '2026-05-01' }, { id: 's1', title: 'Earlier', publishedDate: '2026-01-02' }, { id: 's3', title: 'None', publishedDate: '' }];
    expect(publicationEvents(sources, { from: '', to: '' }).map((p) => p.sourceId)).toEqual(['s1', 's2']);
  });
});

describe('CSV of views', () => {
  it('writes the timeline with spans and a defused formula cell', () => {
    const text = timelineCsv(timelineEvents([month, dayEvent], NO_TIMELINE_FILTER), () => 'Sample, one');
    const lines = text.slice(UTF8_BOM.length).split('\r\n');
    expect(lines[0]).toBe('Event date,Date,Precision,From,To,Kind,Actor,Target,Passage,Article,Annotation id');
    expect(lines[1]).toBe('2026-03,March 2026 (month),month,2026-03-01,2026-03-31,claim,Azerbaijan,,In March,"Sample, one",m');
    expect(lines[2]).toContain(`,'=cmd|calc,`);
  });
  it('writes claims with their status and answers', () => {
    const rows = buildClaimRows([month, dayEvent], [link('d', 'm', 'denies')]);
    const text = claimsCsv(rows, () => 'Article');
    expect(text.split('\r\n')[1]).toBe(`Denied,In March,Azerbaijan,,March 2026 (month),,Article,1,Iran: =cmd|calc,,m`);
  });
});
