// Assembles an article's text from a PDF's text items, page by page: reading order (columns
// read one after the other), lines reflowed into paragraphs, words hyphenated across lines
// joined, running headers and footers dropped. Also where each page begins in the text, so an
// annotation's pages derive from its position. pdf.js only supplies the items.
import { normaliseText } from '../text/normalise';
import { pageLines, readingOrder, type LayoutLine, type PdfPageItems } from './pdfLayout';

export type { PdfPageItems, PdfTextItem } from './pdfLayout';

export interface AssembledPdfText {
  readonly text: string;
  /** Offset where each page's text begins; a page without text begins where the next one does. */
  readonly pageStarts: readonly number[];
  /** Header and footer lines left out, over all pages. */
  readonly repeatedLinesDropped: number;
}

/** Lines a running header or footer may occupy at each end of a page. */
const EDGE_LINES = 2;

/** A line as a running header compares it: page numbers masked, case and spacing ignored. */
export function repeatedLineKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/^[\s\-–—|·•]*(#|[ivxlcdm]+)[\s\-–—|·•]*$/, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

function edgeLines(lines: readonly LayoutLine[]): { readonly top: readonly LayoutLine[]; readonly bottom: readonly LayoutLine[] } {
  return { top: lines.slice(0, EDGE_LINES), bottom: lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES)) };
}

/**
 * Keys of lines found at the same end (top or bottom) of at least half the pages with text, and
 * of at least three: a running header, a footer or a page number. Fewer pages say nothing.
 */
export function findRepeatedLines(pages: readonly (readonly LayoutLine[])[]): ReadonlySet<string> {
  const withText = pages.filter((lines) => lines.length > 0);
  const threshold = Math.max(3, Math.ceil(withText.length / 2));
  const counts = new Map<string, number>();
  for (const lines of withText) {
    const { top, bottom } = edgeLines(lines);
    const keys = new Set([...top.map((l) => `top:${repeatedLineKey(l.text)}`), ...bottom.map((l) => `bottom:${repeatedLineKey(l.text)}`)]);
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= threshold).map(([key]) => key));
}

function withoutRepeatedLines(lines: readonly LayoutLine[], repeated: ReadonlySet<string>): readonly LayoutLine[] {
  if (repeated.size === 0) return lines;
  const { top, bottom } = edgeLines(lines);
  const dropped = new Set<LayoutLine>([
    ...top.filter((l) => repeated.has(`top:${repeatedLineKey(l.text)}`)),
    ...bottom.filter((l) => repeated.has(`bottom:${repeatedLineKey(l.text)}`)),
  ]);
  return lines.filter((line) => !dropped.has(line));
}

const ENDS_SENTENCE = /[.!?:;"”’)\]…。！？]$/u;

/** Joins two lines of one paragraph: "inter-" + "national" is one word again. */
export function joinLines(first: string, second: string): string {
  if (/\p{L}[-\u00AD]$/u.test(first) && /^\p{Ll}/u.test(second)) return first.slice(0, -1) + second;
  return `${first} ${second}`;
}

/** Whether text after a column or page break goes on the same paragraph. */
function continues(before: string, after: string): boolean {
  return !ENDS_SENTENCE.test(before) && /^\p{Ll}/u.test(after);
}

/** The lower quartile: the usual spacing, even on a page with more paragraph gaps than lines. */
function usualGap(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)] ?? Number.POSITIVE_INFINITY;
}

/**
 * Lines in reading order into paragraphs (joined by blank lines). A paragraph ends at a gap
 * clearly wider than the page's usual line spacing, a change of font size, or an indented line.
 */
export function paragraphsOf(lines: readonly LayoutLine[]): string {
  const gaps = lines.slice(1).map((line, i) => (lines[i]?.y ?? 0) - line.y).filter((gap) => gap > 0);
  const pageSpacing = usualGap(gaps);
  const paragraphs: string[] = [];
  let current = '';
  let previous: LayoutLine | undefined;
  for (const line of lines) {
    if (!previous || !current) {
      current = line.text;
    } else {
      const gap = previous.y - line.y;
      const breaks =
        gap <= 0
          ? !continues(current, line.text)
          : // A page of few lines says little: no usual spacing is taken as wider than 1.6 lines.
            gap > Math.min(pageSpacing, line.size * 1.6) * 1.3 + 0.5 ||
            Math.abs(line.size - previous.size) > previous.size * 0.15 ||
            line.x0 > previous.x0 + line.size * 0.8;
      if (breaks) {
        paragraphs.push(current);
        current = line.text;
      } else {
        current = joinLines(current, line.text);
      }
    }
    previous = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n\n');
}

/** Each page's text in reading order, running headers and footers left out. */
export function pageTexts(pages: readonly PdfPageItems[]): { readonly texts: readonly string[]; readonly dropped: number } {
  const lines = pages.map((page) => pageLines(page));
  const repeated = findRepeatedLines(lines);
  let dropped = 0;
  const texts = pages.map((page, index) => {
    const all = lines[index] ?? [];
    const kept = withoutRepeatedLines(all, repeated);
    dropped += all.length - kept.length;
    return normaliseText(paragraphsOf(readingOrder(page, kept)));
  });
  return { texts, dropped };
}

/** The whole text and where each page begins in it. */
export function assemblePdfText(pages: readonly PdfPageItems[]): AssembledPdfText {
  const { texts, dropped } = pageTexts(pages);
  let text = '';
  const pageStarts: number[] = [];
  let waiting = 0;
  for (const pageText of texts) {
    if (!pageText) {
      waiting += 1;
      continue;
    }
    let start: number;
    if (!text) {
      start = 0;
      text = pageText;
    } else if (continues(text, pageText)) {
      const joined = joinLines(text, pageText);
      start = joined.length - pageText.length;
      text = joined;
    } else {
      start = text.length + 2;
      text = `${text}\n\n${pageText}`;
    }
    for (; waiting > 0; waiting -= 1) pageStarts.push(start);
    pageStarts.push(start);
  }
  for (; waiting > 0; waiting -= 1) pageStarts.push(text.length);
  // Each page is normalised already; the joins add only spaces and blank lines between letters.
  const normalised = normaliseText(text);
  if (normalised !== text) return { text: normalised, pageStarts: pageStarts.map((s) => normaliseText(text.slice(0, s)).length), repeatedLinesDropped: dropped };
  return { text, pageStarts, repeatedLinesDropped: dropped };
}
