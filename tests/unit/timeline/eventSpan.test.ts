import { describe, expect, it } from 'vitest';
import { eventSpan, spanMeetsRange } from '../../../shared/timeline/eventSpan';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00.000Z`);

describe('eventSpan', () => {
  it('draws a day as a point on that day', () => {
    expect(eventSpan({ value: '2026-03-09', precision: 'day' })).toEqual({ start: day('2026-03-09'), end: day('2026-03-10'), shape: 'point', fuzzy: false, granularity: 'day' });
  });
  it('spans the month for a month and the year for a year', () => {
    expect(eventSpan({ value: '2026-02', precision: 'month' })).toMatchObject({ start: day('2026-02-01'), end: day('2026-03-01'), shape: 'span', granularity: 'month' });
    expect(eventSpan({ value: '2025', precision: 'year' })).toMatchObject({ start: day('2025-01-01'), end: day('2026-01-01'), shape: 'span', granularity: 'year' });
    expect(eventSpan({ value: '2025-12', precision: 'month' })?.end).toBe(day('2026-01-01'));
  });
  it('lets the coarser of precision and value decide', () => {
    expect(eventSpan({ value: '2026-03-09', precision: 'month' })).toMatchObject({ start: day('2026-03-01'), granularity: 'month' });
    expect(eventSpan({ value: '2026', precision: 'day' })).toMatchObject({ granularity: 'year', shape: 'span' });
  });
  it('marks approximate dates fuzzy and never as a sharp point', () => {
    expect(eventSpan({ value: '2026-03-09', precision: 'approximate' })).toMatchObject({ shape: 'span', fuzzy: true, granularity: 'day' });
    expect(eventSpan({ value: '2026-03', precision: 'approximate' })).toMatchObject({ fuzzy: true, granularity: 'month' });
  });
  it('has no span for no date or an impossible one', () => {
    expect(eventSpan({ value: '', precision: 'day' })).toBeNull();
    expect(eventSpan({ value: '2026-02-31', precision: 'day' })).toBeNull();
    expect(eventSpan({ value: '2026-13', precision: 'month' })).toBeNull();
  });
  it('meets a range when any of it falls inside', () => {
    const march = eventSpan({ value: '2026-03', precision: 'month' });
    if (!march) throw new Error('no span');
    expect(spanMeetsRange(march, '2026-03-31', '')).toBe(true);
    expect(spanMeetsRange(march, '2026-04-01', '')).toBe(false);
    expect(spanMeetsRange(march, '', '2026-03-01')).toBe(true);
    expect(spanMeetsRange(march, '', '2026-02-28')).toBe(false);
  });
});
