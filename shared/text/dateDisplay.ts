// The one way the workbench writes dates for people: forms' hints, lists, reports, the PDF.
// Calendar dates in English words ("9 March 2026", "March 2026"), an event date always with its
// precision, moments with the time. Stored values stay ISO; only display goes through here.

/** An event date as stored: YYYY, YYYY-MM or YYYY-MM-DD, and how precise the analyst says it is. */
export interface PreciseDate {
  readonly value: string;
  readonly precision: 'day' | 'month' | 'year' | 'approximate';
}

const ISO_CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// Fixed locale and UTC: a calendar date is not a moment, so the reader's time zone must not
// move it to the day before.
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const MOMENT_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

interface CalendarParts {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

function calendarParts(value: string): CalendarParts | null {
  const match = ISO_CALENDAR_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  return { year: Number(year), month: month ? Number(month) : null, day: day ? Number(day) : null };
}

function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC reads years 0–99 as 1900–1999; set the year apart so 0099 stays 99.
  date.setUTCFullYear(year);
  return date;
}

/** "9 March 2026", "March 2026" or "2026"; empty for empty; anything unreadable as written. */
export function formatCalendarDate(value: string): string {
  const parts = calendarParts(value);
  if (!parts) return value;
  if (parts.month === null) return String(parts.year);
  if (parts.month < 1 || parts.month > 12) return value;
  if (parts.day === null) return MONTH_FORMAT.format(utcDate(parts.year, parts.month, 1));
  const date = utcDate(parts.year, parts.month, parts.day);
  // 2026-02-31 would roll over to 3 March; show what was written rather than a different day.
  if (date.getUTCMonth() !== parts.month - 1) return value;
  return DAY_FORMAT.format(date);
}

/** "March 2026 (month)": the precision is always said; empty when there is no date. */
export function formatPreciseDate(date: PreciseDate): string {
  if (!date.value) return '';
  return `${formatCalendarDate(date.value)} (${date.precision})`;
}

/** A published date, or "undated". */
export function formatPublishedDate(value: string): string {
  return value ? formatCalendarDate(value) : 'undated';
}

/** A moment (an ISO timestamp) in the reader's own time zone: "9 March 2026, 14:05". */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : MOMENT_FORMAT.format(date);
}
