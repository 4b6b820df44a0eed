// Dates as the span of days they stand for, so a month-precise event date is "in" a range when
// its month overlaps it, and a range typed as "2025" or "2025-06" means the whole year or month.
import type { DatePrecision } from '../model';

/** A span of calendar days, both ends inclusive, written YYYY-MM-DD (compared as strings). */
export interface DaySpan {
  readonly first: string;
  readonly last: string;
}

/** A range as the analyst enters it: each bound empty (open), YYYY, YYYY-MM or YYYY-MM-DD. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

export const OPEN_RANGE: DateRange = { from: '', to: '' };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The days a written date stands for: a year its whole year, a month its whole month. The last
 * day of a month is written "31" whatever the month: as a string it still sorts after every real
 * day of that month and before the next month, which is all a comparison needs.
 */
export function daySpanOf(value: string): DaySpan | null {
  const match = PARTIAL_DATE.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  if (day === undefined) return { first: `${year}-${month}-01`, last: `${year}-${month}-31` };
  return { first: `${year}-${month}-${day}`, last: `${year}-${month}-${day}` };
}

/**
 * The days an event date stands for at its precision: a date written to the day but marked
 * "month" covers its month. "Approximate" covers what is written (the analyst wrote as much as
 * they knew).
 */
export function eventDaySpan(date: { readonly value: string; readonly precision: DatePrecision }): DaySpan | null {
  const value = date.value.trim();
  if (date.precision === 'year') return daySpanOf(value.slice(0, 4));
  if (date.precision === 'month') return daySpanOf(value.slice(0, 7));
  return daySpanOf(value);
}

/** True when a range has neither bound (every date, and no date, pass it). */
export function isOpenRange(range: DateRange): boolean {
  return range.from.trim() === '' && range.to.trim() === '';
}

/** True when a range's bounds are each empty or a readable date (for the controls to say so). */
export function isReadableRange(range: DateRange): boolean {
  return [range.from, range.to].every((bound) => bound.trim() === '' || daySpanOf(bound) !== null);
}

/** A range with its bounds read once, for checking many dates against it. */
export interface ReadRange {
  /** The first day a date may reach, or null for no lower bound. */
  readonly first: string | null;
  /** The last day a date may start on, or null for no upper bound. */
  readonly last: string | null;
}

/**
 * Reads a range's bounds. An unreadable bound is ignored (as if open): the controls flag it, and
 * a half-typed bound must not empty the table.
 */
export function readRange(range: DateRange): ReadRange {
  return { first: daySpanOf(range.from)?.first ?? null, last: daySpanOf(range.to)?.last ?? null };
}

/**
 * True when a date's span overlaps the range. A range without a readable bound passes every
 * date, and no date; a date that is missing or unreadable fails a bounded range.
 */
export function spanInRange(span: DaySpan | null, range: ReadRange): boolean {
  if (range.first === null && range.last === null) return true;
  if (span === null) return false;
  if (range.first !== null && span.last < range.first) return false;
  if (range.last !== null && span.first > range.last) return false;
  return true;
}

/** `spanInRange` for a range as entered (reads its bounds each call: for one-off checks). */
export function overlapsRange(span: DaySpan | null, range: DateRange): boolean {
  return spanInRange(span, readRange(range));
}
