import { describe, expect, it } from 'vitest';
import { anchorAnnotation, splitsSurrogatePair } from '../../../shared/anchoring';
import { normaliseText } from '../../../shared/text/normalise';
import { nthIndexOf, selectPhrase } from './selectPhrase';

describe('anchoring emoji (surrogate pairs)', () => {
  const text = 'Protesters 🔥 gathered outside the embassy 🇮🇷 on Sunday, chanting 📢 slogans.';

  it('counts each emoji as two code units when the quote moves', () => {
    const selectors = selectPhrase(text, 'the embassy 🇮🇷 on Sunday');

    const moved = anchorAnnotation('🚨🚨 ' + text, selectors);

    expect(moved).toMatchObject({ state: 'moved', start: selectors.position.start + 5 });
    expect(moved.end).toBe((moved.start ?? 0) + 'the embassy 🇮🇷 on Sunday'.length);
  });

  it('never returns fuzzy boundaries inside an emoji', () => {
    const selectors = selectPhrase(text, '🔥 gathered outside the embassy 🇮🇷');
    const edited = text.replace('gathered outside', 'massed outside');

    const result = anchorAnnotation(edited, selectors);

    expect(result.state).toBe('fuzzy');
    expect(splitsSurrogatePair(edited, result.start ?? 0)).toBe(false);
    expect(splitsSurrogatePair(edited, result.end ?? 0)).toBe(false);
    expect(edited.slice(result.start ?? 0, result.end ?? 0)).toBe('🔥 massed outside the embassy 🇮🇷');
  });
});

describe('anchoring Persian (RTL, ZWNJ)', () => {
  // رئیس‌جمهور carries a zero-width non-joiner (U+200C) between its two parts.
  const PRESIDENT = 'رئیس‌جمهور ایران';
  const text = normaliseText(
    'به گزارش خبرگزاری‌ها، رئیس‌جمهور ایران روز یکشنبه با همتای آذربایجانی خود گفتگو کرد و دخالت تهران را رد کرد.',
  );

  it('keeps the ZWNJ as one code unit of the quote', () => {
    const selectors = selectPhrase(text, PRESIDENT);

    expect(selectors.quote.exact).toHaveLength(16);
    expect(anchorAnnotation(text, selectors)).toMatchObject({ state: 'exact', score: 1 });
  });

  it('moves with the text when a sentence is added before', () => {
    const selectors = selectPhrase(text, PRESIDENT);
    const added = 'خبر فوری. ';

    expect(anchorAnnotation(added + text, selectors)).toMatchObject({
      state: 'moved',
      start: selectors.position.start + added.length,
    });
  });

  it('still finds the quote when an editor replaced the ZWNJ with a space', () => {
    const selectors = selectPhrase(text, PRESIDENT);
    const respaced = text.replace('رئیس‌جمهور', 'رئیس جمهور');

    const result = anchorAnnotation(respaced, selectors);

    expect(result.state).toBe('fuzzy');
    expect(result.score).toBeLessThan(1);
    expect(respaced.slice(result.start ?? 0, result.end ?? 0)).toBe('رئیس جمهور ایران');
  });
});

describe('anchoring Azerbaijani (ə, ş, ğ, İ)', () => {
  const MINISTRY = 'Azərbaycan Xarici İşlər Nazirliyi';
  const text = normaliseText(
    'Bazar ertəsi Azərbaycan Xarici İşlər Nazirliyi bəyan etdi ki, pilotsuz uçuş aparatlarının hücumu ' +
      'Naxçıvan hava limanına yönəlib; ağır nəticələr barədə məlumat verilmədi.',
  );

  it('anchors exactly, with İ as a single code unit in NFC', () => {
    const selectors = selectPhrase(text, MINISTRY);

    expect(selectors.quote.exact).toHaveLength(MINISTRY.length);
    expect(anchorAnnotation(text, selectors)).toMatchObject({ state: 'exact', start: nthIndexOf(text, MINISTRY) });
  });

  it('finds the quote after a transliterating editor dropped the diacritics', () => {
    const selectors = selectPhrase(text, MINISTRY);
    const ascii = text.replace(MINISTRY, 'Azerbaycan Xarici Isler Nazirliyi');

    const result = anchorAnnotation(ascii, selectors);

    expect(result.state).toBe('fuzzy');
    expect(ascii.slice(result.start ?? 0, result.end ?? 0)).toBe('Azerbaycan Xarici Isler Nazirliyi');
  });

  it('picks the repeated ministry name by its context, not by nearness', () => {
    const followUp = `${MINISTRY} daha sonra açıqlama yaydı.`;
    const selectors = selectPhrase(`${text}\n\n${followUp}`, MINISTRY, 1);
    // The follow-up paragraph moves to the top; the other mention now lies nearer the old offset.
    const reordered = `${followUp}\n\n${text}`;

    expect(anchorAnnotation(reordered, selectors)).toMatchObject({ state: 'moved', start: 0 });
  });
});
