// Puts a PDF page's text items in reading order: items into lines, lines into fragments, and
// where a page has two columns, the first column before the second (the left one first, the
// right one first in Persian, Arabic or Hebrew). Pure geometry over plain
// records, so it is tested without pdf.js (which only supplies the items).

/** One run of text as pdf.js reports it: baseline origin (PDF units, y up), advance and size. */
export interface PdfTextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The font size, near enough: what spacing thresholds are measured in. */
  readonly height: number;
}

export interface PdfPageItems {
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
}

/** Items on one baseline (or one side of a column gutter on it), left to right. */
export interface LayoutLine {
  /** Indices into the page's items, in reading order. */
  readonly items: readonly number[];
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
}

const DEFAULT_SIZE = 10;

function sizeOf(item: PdfTextItem): number {
  return item.height > 0 ? item.height : DEFAULT_SIZE;
}

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
const LETTER = /\p{L}/gu;

/** Whether a line's letters are mostly of a right-to-left script: then it is read from the right. */
export function isRightToLeft(text: string): boolean {
  const rightToLeft = text.match(RIGHT_TO_LEFT)?.length ?? 0;
  return rightToLeft > (text.match(LETTER)?.length ?? 0) - rightToLeft;
}

/** Arabic presentation forms (shaped glyphs, as some PDF writers map them) back to letters; ligatures such as "ﬁ" too. */
function withoutPresentationForms(text: string): string {
  return text.replace(/[\uFB00-\uFDFF\uFE70-\uFEFF]+/g, (forms) => forms.normalize('NFKC'));
}

/**
 * Joins items of one line in reading order: left to right, or right to left for a line of
 * Persian, Arabic or Hebrew (PDFs place glyphs in visual order). A gap wider than a fifth of the
 * font size is a space the PDF left out.
 */
function lineOf(items: readonly PdfTextItem[], unordered: readonly number[]): LayoutLine {
  const rightToLeft = isRightToLeft(unordered.map((i) => items[i]?.str ?? '').join(''));
  const indices = [...unordered].sort((a, b) => ((items[a]?.x ?? 0) - (items[b]?.x ?? 0)) * (rightToLeft ? -1 : 1));
  let text = '';
  let previousEdge = rightToLeft ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const index of indices) {
    const item = items[index];
    if (!item) continue;
    const gap = rightToLeft ? previousEdge - (item.x + item.width) : item.x - previousEdge;
    if (text && gap > sizeOf(item) * 0.2 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += withoutPresentationForms(item.str);
    previousEdge = rightToLeft ? Math.min(previousEdge, item.x) : Math.max(previousEdge, item.x + item.width);
    size = Math.max(size, sizeOf(item));
  }
  const first = items[indices[0] ?? 0];
  const xs = indices.map((i) => items[i]).filter((item): item is PdfTextItem => item !== undefined);
  return {
    items: indices,
    text: text.replace(/\s+/g, ' ').trim(),
    x0: Math.min(...xs.map((item) => item.x)),
    x1: Math.max(...xs.map((item) => item.x + item.width)),
    y: first?.y ?? 0,
    size,
  };
}

/** Whole-width lines, top to bottom: items whose baselines lie within half a font size. */
export function pageLines(page: PdfPageItems): readonly LayoutLine[] {
  const visible = page.items.map((item, index) => ({ item, index })).filter(({ item }) => item.str.trim() !== '');
  visible.sort((a, b) => b.item.y - a.item.y || a.item.x - b.item.x);
  const groups: number[][] = [];
  let groupY = Number.NaN;
  let groupSize = DEFAULT_SIZE;
  for (const { item, index } of visible) {
    const current = groups[groups.length - 1];
    if (current && Math.abs(item.y - groupY) <= Math.min(groupSize, sizeOf(item)) * 0.5) {
      current.push(index);
      continue;
    }
    groups.push([index]);
    groupY = item.y;
    groupSize = sizeOf(item);
  }
  return groups.map((group) => lineOf(page.items, group));
}

/**
 * Cuts a line where the gap between two items is wider than a font size: a column gutter, perhaps.
 * Gaps are measured left to right whatever the line's reading direction.
 */
function fragmentsOf(page: PdfPageItems, line: LayoutLine): readonly LayoutLine[] {
  const pieces: number[][] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  const leftToRight = [...line.items].sort((a, b) => (page.items[a]?.x ?? 0) - (page.items[b]?.x ?? 0));
  for (const index of leftToRight) {
    const item = page.items[index];
    if (!item) continue;
    const current = pieces[pieces.length - 1];
    if (current && item.x - previousEnd <= sizeOf(item)) {
      current.push(index);
      previousEnd = Math.max(previousEnd, item.x + item.width);
    } else {
      pieces.push([index]);
      previousEnd = item.x + item.width;
    }
  }
  return pieces.map((piece) => lineOf(page.items, piece));
}

/**
 * The x of a vertical gutter that few fragments cross (two, or a tenth), with at least three
 * fragments on each side; null for a one-column page. Searched in the middle half of the text.
 */
export function findGutter(fragments: readonly LayoutLine[]): number | null {
  if (fragments.length < 6) return null;
  const left = Math.min(...fragments.map((f) => f.x0));
  const right = Math.max(...fragments.map((f) => f.x1));
  const span = right - left;
  let best: { x: number; crossing: number; run: number } | null = null;
  let runStart = Number.NaN;
  let runCrossing = Number.POSITIVE_INFINITY;
  const candidates: { x: number; crossing: number }[] = [];
  for (let x = left + span * 0.25; x <= left + span * 0.75; x += Math.max(1, span / 200)) {
    candidates.push({ x, crossing: fragments.filter((f) => f.x0 < x && f.x1 > x).length });
  }
  // The middle of the longest run of least-crossed positions: the gutter's centre.
  for (const candidate of candidates) {
    if (candidate.crossing !== runCrossing) {
      runStart = candidate.x;
      runCrossing = candidate.crossing;
    }
    const run = candidate.x - runStart;
    if (!best || candidate.crossing < best.crossing || (candidate.crossing === best.crossing && run > best.run)) {
      best = { x: (runStart + candidate.x) / 2, crossing: candidate.crossing, run };
    }
  }
  // A title or a full-width table may cross it: a couple of lines, or a tenth of a long page.
  if (!best || best.crossing > Math.max(2, fragments.length * 0.1)) return null;
  const gutter = best.x;
  const leftCount = fragments.filter((f) => f.x1 <= gutter).length;
  const rightCount = fragments.filter((f) => f.x0 >= gutter).length;
  return leftCount >= 3 && rightCount >= 3 ? gutter : null;
}

/**
 * The page's lines in reading order. Lines that cross the gutter (a title, a full-width table)
 * cut the page into bands; within a band, the left column is read before the right, or the right
 * before the left where the band's text is mostly of a right-to-left script.
 */
export function readingOrder(page: PdfPageItems, lines: readonly LayoutLine[]): readonly LayoutLine[] {
  const fragments = lines.flatMap((line) => fragmentsOf(page, line));
  const gutter = findGutter(fragments);
  if (gutter === null) return lines;
  const ordered: LayoutLine[] = [];
  let leftColumn: LayoutLine[] = [];
  let rightColumn: LayoutLine[] = [];
  const flush = (): void => {
    const band = [...leftColumn, ...rightColumn].map((line) => line.text).join(' ');
    if (isRightToLeft(band)) ordered.push(...rightColumn, ...leftColumn);
    else ordered.push(...leftColumn, ...rightColumn);
    leftColumn = [];
    rightColumn = [];
  };
  for (const line of lines) {
    const pieces = fragmentsOf(page, line);
    if (pieces.some((piece) => piece.x0 < gutter && piece.x1 > gutter)) {
      flush();
      ordered.push(line);
      continue;
    }
    // A wide word space may cut a column's line in two; each side is one line again.
    const leftItems = pieces.filter((piece) => piece.x1 <= gutter).flatMap((piece) => piece.items);
    const rightItems = pieces.filter((piece) => piece.x0 >= gutter).flatMap((piece) => piece.items);
    if (leftItems.length) leftColumn.push(lineOf(page.items, leftItems));
    if (rightItems.length) rightColumn.push(lineOf(page.items, rightItems));
  }
  flush();
  return ordered;
}
