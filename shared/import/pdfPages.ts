// Pages of a passage, derived from its position and the page starts stored with its source, and
// the way citations write them ("p. 3", "pp. 3–4").

/** The first and last page (1-based) a passage lies on; the same page for most passages. */
export interface PageRange {
  readonly first: number;
  readonly last: number;
}

/** The page (1-based) holding the character at `offset`. */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  // The last page whose start is at or before the offset: binary search, texts have hundreds of pages.
  let low = 0;
  let high = pageStarts.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((pageStarts[middle] ?? 0) <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found + 1;
}

/** The pages of `[start, end)`; undefined when the source has no pages. */
export function pagesOfRange(pageStarts: readonly number[], start: number, end: number): PageRange | undefined {
  if (pageStarts.length === 0 || end <= start) return undefined;
  return { first: pageAt(pageStarts, start), last: pageAt(pageStarts, end - 1) };
}

/** "p. 3" or "pp. 3–4" (an en dash, as style guides write page ranges). */
export function formatPages(pages: PageRange): string {
  return pages.first === pages.last ? `p. ${pages.first}` : `pp. ${pages.first}–${pages.last}`;
}

/** Where each page's text begins and ends: [start, end) per page, for the reader's margin marks. */
export function pageSpans(pageStarts: readonly number[], textLength: number): readonly { readonly page: number; readonly start: number; readonly end: number }[] {
  return pageStarts.map((start, index) => ({ page: index + 1, start, end: pageStarts[index + 1] ?? textLength }));
}

/** RFC 3778 names a PDF's page in a fragment (`#page=3`); W3C's FragmentSelector cites it by this IRI. */
export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3778' as const;

/** The page selector as a W3C FragmentSelector: the first page, and the last when it differs. */
export interface PageSelector {
  readonly type: 'FragmentSelector';
  readonly conformsTo: typeof PDF_FRAGMENT_SPEC;
  readonly value: string;
  /** A passage across a page break ends on this page (RFC 3778 has no page ranges). */
  readonly 'dw:lastPage'?: number;
}

export function toPageSelector(pages: PageRange): PageSelector {
  return {
    type: 'FragmentSelector',
    conformsTo: PDF_FRAGMENT_SPEC,
    value: `page=${pages.first}`,
    ...(pages.last > pages.first ? { 'dw:lastPage': pages.last } : {}),
  };
}

/** The range a page selector stands for, or null when its value names no page. */
export function fromPageSelector(selector: Pick<PageSelector, 'value' | 'dw:lastPage'>): PageRange | null {
  const match = /^page=(\d{1,6})$/.exec(selector.value);
  if (!match) return null;
  const first = Number(match[1]);
  const last = selector['dw:lastPage'] ?? first;
  return first >= 1 && last >= first ? { first, last } : null;
}
