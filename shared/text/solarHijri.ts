// Spots event dates written in the Solar Hijri calendar (Iran's, Afghanistan's: 1403-12-21)
// where a Gregorian date is expected, and converts them with Intl's persian calendar.

/** Solar Hijri years in modern use: 1300 AP began in March 1921. */
const SOLAR_HIJRI_YEARS = { first: 1300, last: 1499 } as const;
/** A Gregorian date this far before the article's own year is taken for another calendar. */
const IMPLAUSIBLE_GAP_YEARS = 300;

export interface SolarHijriReading {
  /** The Gregorian date, as precise as the value was: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly gregorian: string;
  /** For a month or a year, the Gregorian days it covers, YYYY-MM-DD to YYYY-MM-DD. */
  readonly spans: { readonly first: string; readonly last: string };
}

const PERSIAN_PARTS = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

function persianParts(date: Date): { year: number; month: number; day: number } {
  const parts = PERSIAN_PARTS.formatToParts(date);
  const read = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: read('year'), month: read('month'), day: read('day') };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/**
 * The Gregorian day of a Solar Hijri date, or null when there is no such day (month 13, day 31
 * of an autumn month). Intl only converts from Gregorian, so this estimates from Nowruz
 * (about 21 March) and then checks the few days around the estimate.
 */
export function solarHijriDayToGregorian(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const daysIntoYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  const estimate = Date.UTC(year + 621, 2, 21) + daysIntoYear * DAY_MS;
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    const candidate = new Date(estimate + shift * DAY_MS);
    const parts = persianParts(candidate);
    if (parts.year === year && parts.month === month && parts.day === day) return isoDay(candidate);
  }
  return null;
}

function lastDayOfMonth(year: number, month: number): string | null {
  for (const day of [31, 30, 29]) {
    const found = solarHijriDayToGregorian(year, month, day);
    if (found) return found;
  }
  return null;
}

/**
 * The value read as a Solar Hijri date when it cannot be Gregorian in context: its year lies in
 * the Solar Hijri range and centuries before the article (`contextYear`, the article's or the
 * import's year). Null when the value reads as an ordinary Gregorian date.
 */
export function readAsSolarHijri(value: string, contextYear: number): SolarHijriReading | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < SOLAR_HIJRI_YEARS.first || year > SOLAR_HIJRI_YEARS.last) return null;
  if (contextYear - year < IMPLAUSIBLE_GAP_YEARS) return null;
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null && day !== null) {
    const gregorian = solarHijriDayToGregorian(year, month, day);
    return gregorian ? { gregorian, spans: { first: gregorian, last: gregorian } } : null;
  }
  const first = solarHijriDayToGregorian(year, month ?? 1, 1);
  const last = month === null ? lastDayOfMonth(year, 12) : lastDayOfMonth(year, month);
  if (!first || !last) return null;
  // A Solar Hijri month or year straddles two Gregorian ones; offer the one holding its middle.
  const middle = isoDay(new Date((Date.parse(first) + Date.parse(last)) / 2));
  return { gregorian: month === null ? middle.slice(0, 4) : middle.slice(0, 7), spans: { first, last } };
}
