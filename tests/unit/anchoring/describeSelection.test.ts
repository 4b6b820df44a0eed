import { describe, expect, it } from 'vitest';
import {
  CONTEXT_LENGTH,
  anchorAnnotation,
  describeSelection,
  expandToCodePointBoundaries,
  reattachAnnotation,
} from '../../../shared/anchoring';
import { nthIndexOf, readSampleArticle } from './selectPhrase';

const article = readSampleArticle();

describe('describeSelection', () => {
  it('keeps 32 code units of context on each side in the middle of the text', () => {
    const start = nthIndexOf(article, 'which Baku blamed on Iran');
    const end = start + 'which Baku blamed on Iran'.length;

    const selectors = describeSelection(article, start, end);

    expect(selectors.position).toEqual({ start, end });
    expect(selectors.quote.exact).toBe('which Baku blamed on Iran');
    expect(selectors.quote.prefix).toBe(article.slice(start - CONTEXT_LENGTH, start));
    expect(selectors.quote.prefix).toHaveLength(32);
    expect(selectors.quote.suffix).toBe(' shortly after the incident.\n\nTh');
  });

  it('clamps the prefix at the start of the text and the suffix at its end', () => {
    const text = 'Baku blamed Iran. Tehran denied it.';

    const atStart = describeSelection(text, 0, 4);
    const nearStart = describeSelection(text, 5, 11);
    const atEnd = describeSelection(text, text.length - 3, text.length);

    expect(atStart.quote).toEqual({ exact: 'Baku', prefix: '', suffix: ' blamed Iran. Tehran denied it.' });
    expect(nearStart.quote.prefix).toBe('Baku ');
    expect(atEnd.quote).toEqual({ exact: 'it.', prefix: 'Baku blamed Iran. Tehran denied ', suffix: '' });
  });

  it('lets the whole text be one selection', () => {
    expect(describeSelection('Nakhchivan', 0, 10).quote).toEqual({ exact: 'Nakhchivan', prefix: '', suffix: '' });
  });

  it('shortens the context rather than cut an emoji in half at its outer edge', () => {
    // 31 units, then one emoji (2 units), then the quote: 32 units back lands inside the emoji.
    const text = `🛰${'a'.repeat(31)}QUOTE${'b'.repeat(31)}🛰`;
    const start = text.indexOf('QUOTE');

    const { quote } = describeSelection(text, start, start + 5);

    expect(quote.prefix).toBe('a'.repeat(31));
    expect(quote.suffix).toBe('b'.repeat(31));
  });

  it.each([
    ['an empty selection', 3, 3, /empty/],
    ['a reversed selection', 5, 2, /before its start/],
    ['a negative start', -1, 2, /start -1 is outside/],
    ['an end past the text', 0, 99, /end 99 is outside/],
    ['fractional offsets', 0.5, 2, /integers/],
  ])('rejects %s with a RangeError', (_name, start, end, message) => {
    expect(() => describeSelection('Baku said so.', start, end)).toThrow(RangeError);
    expect(() => describeSelection('Baku said so.', start, end)).toThrow(message);
  });
});

describe('expandToCodePointBoundaries', () => {
  const text = 'drone 🚁 strike';
  const emojiStart = text.indexOf('🚁');

  it('widens a start or end that falls inside a surrogate pair', () => {
    expect(expandToCodePointBoundaries(text, emojiStart + 1, emojiStart + 1)).toEqual({
      start: emojiStart,
      end: emojiStart + 2,
    });
  });

  it('leaves boundaries between code points alone', () => {
    expect(expandToCodePointBoundaries(text, emojiStart, emojiStart + 2)).toEqual({
      start: emojiStart,
      end: emojiStart + 2,
    });
    expect(expandToCodePointBoundaries(text, 0, text.length)).toEqual({ start: 0, end: text.length });
  });
});

describe('reattachAnnotation', () => {
  it('describes the new selection, widened to whole code points, so it anchors exactly', () => {
    const text = 'Statement 🇦🇿 issued by the ministry.';
    const flagStart = text.indexOf('🇦🇿');

    const selectors = reattachAnnotation(text, flagStart + 1, flagStart + 3);

    expect(selectors.position).toEqual({ start: flagStart, end: flagStart + 4 });
    expect(selectors.quote.exact).toBe('🇦🇿');
    expect(anchorAnnotation(text, selectors)).toMatchObject({ state: 'exact', start: flagStart });
  });

  it('rejects an empty selection like describeSelection does', () => {
    expect(() => reattachAnnotation('text', 2, 2)).toThrow(RangeError);
  });
});
