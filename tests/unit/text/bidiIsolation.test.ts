import { describe, expect, it } from 'vitest';
import { isolateText, joinIsolated, quotedIsolated, splitIsolates, withoutIsolates } from '../../../shared/text/bidiIsolation';

describe('isolateText', () => {
  it('wraps text in FSI and PDI, and leaves empty text empty', () => {
    expect(isolateText('گزارش')).toBe('\u2068گزارش\u2069');
    expect(isolateText('')).toBe('');
  });

  it('drops isolate marks inside, so a stray PDI cannot close the wrapper early', () => {
    expect(isolateText('a\u2069b\u2068')).toBe('\u2068ab\u2069');
  });
});

describe('joinIsolated', () => {
  it('keeps separators outside every isolate and skips empty parts', () => {
    expect(joinIsolated(['تسنیم', '', '2025'], ', ')).toBe('\u2068تسنیم\u2069, \u20682025\u2069');
  });
});

describe('withoutIsolates', () => {
  it('gives back the plain text', () => {
    expect(withoutIsolates(joinIsolated(['a', 'b'], ' · '))).toBe('a · b');
  });
});

describe('quotedIsolated and splitIsolates', () => {
  it('keeps the quotation marks outside the isolate and splits back into pieces', () => {
    const text = `Source: ${quotedIsolated('تماس تلفنی')}, ${isolateText('تسنیم')}.`;
    expect(text).toBe('Source: “\u2068تماس تلفنی\u2069”, \u2068تسنیم\u2069.');
    expect(splitIsolates(text)).toEqual([
      { text: 'Source: “', isolated: false },
      { text: 'تماس تلفنی', isolated: true },
      { text: '”, ', isolated: false },
      { text: 'تسنیم', isolated: true },
      { text: '.', isolated: false },
    ]);
  });

  it('drops an unbalanced mark rather than showing it', () => {
    expect(splitIsolates('a\u2068b')).toEqual([{ text: 'ab', isolated: false }]);
  });
});
