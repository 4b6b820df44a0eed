// Pages of a passage from its position, how citations write them, and the page selector in the
// shared file (a third, optional W3C selector) and in the plain W3C export.
import { describe, expect, it } from 'vitest';
import { describeSelection } from '../../../shared/anchoring';
import { fromWebAnnotation, toWebAnnotation, webAnnotationSchema } from '../../../shared/exchange/webAnnotation';
import { toW3CCollection } from '../../../shared/exchange/w3c';
import { formatPages, fromPageSelector, pageAt, pagesOfRange, toPageSelector } from '../../../shared/import/pdfPages';
import { annotationSchema, createAnnotation } from '../../../shared/model';

const TEXT = 'Page one ends here and the sentence goes on to page two. Page three.';
const STARTS = [0, 27, 58];
const source = { id: 'pdf-source', textHash: 'e'.repeat(64) };

describe('pages of a passage', () => {
  it('finds the page of an offset and the pages of a range', () => {
    expect(pageAt(STARTS, 0)).toBe(1);
    expect(pageAt(STARTS, 26)).toBe(1);
    expect(pageAt(STARTS, 27)).toBe(2);
    expect(pageAt(STARTS, 1000)).toBe(3);
    expect(pagesOfRange(STARTS, 18, 40)).toEqual({ first: 1, last: 2 });
    // The end is exclusive: a passage ending right at a page start stays on its page.
    expect(pagesOfRange(STARTS, 30, 58)).toEqual({ first: 2, last: 2 });
    expect(pagesOfRange([], 0, 5)).toBeUndefined();
    expect(pagesOfRange([0, 0, 10], 0, 5)).toEqual({ first: 2, last: 2 });
  });

  it('writes citations as "p. 3" and "pp. 3–4"', () => {
    expect(formatPages({ first: 3, last: 3 })).toBe('p. 3');
    expect(formatPages({ first: 3, last: 4 })).toBe('pp. 3–4');
  });
});

describe('the page selector', () => {
  const crossing = createAnnotation({ source, placement: { ...describeSelection(TEXT, 18, 40), pages: { first: 1, last: 2 } }, kind: 'claim', author: 'Test' });
  const plain = createAnnotation({ source, placement: describeSelection(TEXT, 0, 8), kind: 'denial', author: 'Test' });

  it('is a FragmentSelector (RFC 3778) with the last page only when it differs', () => {
    expect(toPageSelector({ first: 3, last: 3 })).toEqual({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=3' });
    expect(toPageSelector({ first: 3, last: 4 })['dw:lastPage']).toBe(4);
    expect(fromPageSelector({ value: 'page=3', 'dw:lastPage': 4 })).toEqual({ first: 3, last: 4 });
    expect(fromPageSelector({ value: 'page=3', 'dw:lastPage': 2 })).toBeNull();
  });

  it('travels in the shared file and back; annotations without pages have two selectors as before', () => {
    expect(annotationSchema.safeParse(crossing).success).toBe(true);
    const written = toWebAnnotation(crossing);
    expect(written.target.selector).toHaveLength(3);
    const parsed = webAnnotationSchema.parse(JSON.parse(JSON.stringify(written)));
    const read = fromWebAnnotation(parsed);
    expect(read.ok && read.annotation).toEqual(crossing);
    const writtenPlain = toWebAnnotation(plain);
    expect(writtenPlain.target.selector).toHaveLength(2);
    const readPlain = fromWebAnnotation(webAnnotationSchema.parse(JSON.parse(JSON.stringify(writtenPlain))));
    expect(readPlain.ok && readPlain.annotation).toEqual(plain);
  });

  it('refuses a page selector whose last page is before its first', () => {
    const written = toWebAnnotation(crossing);
    const [quote, position] = written.target.selector;
    const broken = { ...written, target: { ...written.target, selector: [quote, position, { ...toPageSelector({ first: 3, last: 3 }), 'dw:lastPage': 2 }] } };
    const read = fromWebAnnotation(webAnnotationSchema.parse(broken));
    expect(read.ok).toBe(false);
  });

  it('appears in the plain W3C export as the first page', () => {
    const content = {
      exportedAt: '2026-03-10T09:00:00.000Z',
      exportedBy: 'Test',
      scope: { kind: 'library', label: 'Library' },
      sources: [],
      annotations: [crossing, plain],
      links: [],
      dossiers: [],
      conflicts: [],
    } as const;
    const collection = toW3CCollection(content, { id: 'urn:uuid:x', label: 'x' });
    const [first, second] = collection.first.items;
    expect(typeof first?.target === 'object' && first.target.selector[2]).toEqual({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=1' });
    expect(typeof second?.target === 'object' && second.target.selector).toHaveLength(2);
  });
});
