import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatMoment, formatPreciseDate, formatPublishedDate } from '../../../shared/text/dateDisplay';

describe('formatCalendarDate', () => {
  it('writes a day, a month and a year in words', () => {
    expect(formatCalendarDate('2026-03-09')).toBe('9 March 2026');
    expect(formatCalendarDate('2026-03')).toBe('March 2026');
    expect(formatCalendarDate('2026')).toBe('2026');
  });

  it('does not move a date to the day before in a time zone west of UTC', () => {
    expect(formatCalendarDate('2026-01-01')).toBe('1 January 2026');
  });

  it('shows an impossible or unreadable date as written rather than another day', () => {
    expect(formatCalendarDate('2026-02-31')).toBe('2026-02-31');
    expect(formatCalendarDate('2026-13')).toBe('2026-13');
    expect(formatCalendarDate('soon')).toBe('soon');
  });
});

describe('formatPreciseDate', () => {
  it('always says the precision', () => {
    expect(formatPreciseDate({ value: '2026-03', precision: 'month' })).toBe('March 2026 (month)');
    expect(formatPreciseDate({ value: '2026-03-09', precision: 'approximate' })).toBe('9 March 2026 (approximate)');
    expect(formatPreciseDate({ value: '', precision: 'day' })).toBe('');
  });
});

describe('formatPublishedDate and formatMoment', () => {
  it('says undated for no date, and writes a moment with its time', () => {
    expect(formatPublishedDate('')).toBe('undated');
    expect(formatPublishedDate('2025-06-26')).toBe('26 June 2025');
    expect(formatMoment('2026-03-09T12:00:00.000Z')).toMatch(/^\d{1,2} March 2026(,| at) \d{2}:\d{2}$/);
  });
});
