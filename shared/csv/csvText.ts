// CSV text for spreadsheet programs: RFC 4180 quoting, CRLF row ends, a UTF-8 byte-order mark (so
// Excel reads non-Latin text as UTF-8), and cells that a spreadsheet would run as a formula
// defused (OWASP "CSV injection": a leading = + - @, tab or carriage return gets a ' before it).
// A dozen lines of rules: a CSV library would bring a parser this project does not need.

export type CsvCell = string | number | null;
export type CsvRow = readonly CsvCell[];

/** The byte-order mark as a character: a string starting with it encodes as EF BB BF in UTF-8. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as written: a number as it prints, text defused and quoted when it must be. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const defused = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

/** A whole file: the header row, then the rows, each ended by CRLF, after the byte-order mark. */
export function csvText(header: readonly string[], rows: readonly CsvRow[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}
