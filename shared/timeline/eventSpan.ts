// Where an event date sits on a time axis: the stretch of time it names at its precision. A day
// is a point (drawn at the day), a month spans the month, a year the year; "approximate" spans
// what its value names (a day, month or year) and is marked fuzzy for the drawing to show.
import type { PreciseDate } from '../text/dateDisplay';

export type SpanShape = 'point' | 'span';

export interface EventSpan {
  /** Start of the named stretch, UTC milliseconds. */
  readonly start: number;
  /** End (exclusive): the start of the next day, month or year. */
  readonly end: number;
  readonly shape: SpanShape;
  /** The analyst said the date is approximate. */
  readonly fuzzy: boolean;
  /** How much of the calendar the value names. */
  readonly granularity: 'day' | 'month' | 'year';
}

const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function utc(year: number, monthIndex: number, day: number): number {
  // setUTCFullYear rolls month 12 and day 32 over into the next year or month, and (unlike
  // Date.UTC) keeps years 0–99 as written.
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The span of an event date, or null when there is none or it is not a real calendar date. */
export function eventSpan(date: PreciseDate): EventSpan | null {
  const match = DATE_VALUE.exec(date.value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  const fuzzy = date.precision === 'approximate';
  // A precision coarser than the value wins (a full date marked "month" spans its month).
  const coarsest = date.precision === 'year' ? 0 : date.precision === 'month' ? 1 : 2;
  const named = day !== null ? 2 : month !== null ? 1 : 0;
  const level = Math.min(coarsest, named);
  if (level === 2 && day !== null && month !== null) {
    const start = utc(year, month - 1, day);
    if (new Date(start).getUTCDate() !== day) return null;
    return { start, end: utc(year, month - 1, day + 1), shape: fuzzy ? 'span' : 'point', fuzzy, granularity: 'day' };
  }
  if (level === 1 && month !== null) return { start: utc(year, month - 1, 1), end: utc(year, month, 1), shape: 'span', fuzzy, granularity: 'month' };
  return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1), shape: 'span', fuzzy, granularity: 'year' };
}

/** Whether the span meets the closed range [from, to] of ISO days ('' leaves that end open). */
export function spanMeetsRange(span: EventSpan, from: string, to: string): boolean {
  const fromSpan = from ? eventSpan({ value: from, precision: 'day' }) : null;
  const toSpan = to ? eventSpan({ value: to, precision: 'day' }) : null;
  if (fromSpan && span.end <= fromSpan.start) return false;
  if (toSpan && span.start >= toSpan.end) return false;
  return true;
}
