// Finds a passage of the stored text among a PDF page's text items, for the Page view's
// highlight. Compared without spaces and hyphens, so a different split of the page into items
// (another pdf.js version), a joined hyphenation or a reflowed line still matches. Anchoring
// never depends on this: annotations anchor in the stored text; this only draws on the page.
import { pageLines, readingOrder, type PdfPageItems } from './pdfLayout';

/** A rectangle in PDF units (origin bottom left), around part of one text item. */
export interface PageRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const SKIPPED = /[\s\-\u00AD\u2010\u2011]/u;

function compact(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) if (!SKIPPED.test(char)) out += char.toLowerCase();
  return out;
}

interface CharOrigin {
  readonly item: number;
  /** Offset in the item's string (UTF-16 units). */
  readonly at: number;
}

/** The page's characters in reading order, without spaces and hyphens, each with where it came from. */
function compactPage(page: PdfPageItems): { readonly text: string; readonly origins: readonly CharOrigin[] } {
  let text = '';
  const origins: CharOrigin[] = [];
  for (const line of readingOrder(page, pageLines(page))) {
    for (const index of line.items) {
      const str = page.items[index]?.str.normalize('NFC') ?? '';
      let at = 0;
      for (const char of str) {
        if (!SKIPPED.test(char)) {
          const lower = char.toLowerCase();
          text += lower;
          for (let k = 0; k < lower.length; k += 1) origins.push({ item: index, at });
        }
        at += char.length;
      }
    }
  }
  return { text, origins };
}

/**
 * Rectangles covering `passage` on the page, one per item it touches; empty when the page does
 * not hold it. `nearFraction` (0..1, where the passage starts in the page's text) picks among
 * repeats of a short passage.
 */
export function locateOnPage(page: PdfPageItems, passage: string, nearFraction = 0): readonly PageRect[] {
  const needle = compact(passage);
  if (!needle) return [];
  const { text, origins } = compactPage(page);
  let best = -1;
  const target = nearFraction * text.length;
  for (let found = text.indexOf(needle); found >= 0; found = text.indexOf(needle, found + 1)) {
    if (best < 0 || Math.abs(found - target) < Math.abs(best - target)) best = found;
  }
  if (best < 0) return [];
  // Per item, the first and last character the passage covers.
  const spans = new Map<number, { from: number; to: number }>();
  for (let i = best; i < best + needle.length; i += 1) {
    const origin = origins[i];
    if (!origin) continue;
    const span = spans.get(origin.item);
    if (span) span.to = Math.max(span.to, origin.at + 1);
    else spans.set(origin.item, { from: origin.at, to: origin.at + 1 });
  }
  return [...spans].map(([index, { from, to }]) => {
    const item = page.items[index];
    const length = Math.max(1, item?.str.length ?? 1);
    const width = item?.width ?? 0;
    const height = item?.height ?? 0;
    return {
      x: (item?.x ?? 0) + (width * from) / length,
      // From just below the baseline (descenders) to the top of the letters.
      y: (item?.y ?? 0) - height * 0.25,
      width: (width * (to - from)) / length,
      height: height * 1.2,
    };
  });
}
