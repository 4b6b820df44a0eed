import { describe, expect, it } from 'vitest';
import { readAsSolarHijri, solarHijriDayToGregorian } from '../../../shared/text/solarHijri';

describe('solarHijriDayToGregorian', () => {
  it('converts days either side of Nowruz and at the end of a year', () => {
    expect(solarHijriDayToGregorian(1403, 12, 21)).toBe('2025-03-11');
    expect(solarHijriDayToGregorian(1404, 1, 1)).toBe('2025-03-21');
    expect(solarHijriDayToGregorian(1403, 12, 30)).toBe('2025-03-20');
    expect(solarHijriDayToGregorian(1402, 7, 15)).toBe('2023-10-07');
  });

  it('refuses days that do not exist', () => {
    expect(solarHijriDayToGregorian(1403, 7, 31)).toBeNull();
    expect(solarHijriDayToGregorian(1403, 13, 1)).toBeNull();
  });
});

describe('readAsSolarHijri', () => {
  it('reads a Solar Hijri day in a 2025 article as its Gregorian day', () => {
    expect(readAsSolarHijri('1403-12-21', 2025)).toEqual({ gregorian: '2025-03-11', spans: { first: '2025-03-11', last: '2025-03-11' } });
  });

  it('offers the Gregorian month or year holding the middle of a Solar Hijri month or year', () => {
    expect(readAsSolarHijri('1403-12', 2025)).toEqual({ gregorian: '2025-03', spans: { first: '2025-02-19', last: '2025-03-20' } });
    expect(readAsSolarHijri('1403', 2025)?.gregorian).toBe('2024');
  });

  it('leaves ordinary and historical Gregorian dates alone', () => {
    expect(readAsSolarHijri('2025-03-11', 2025)).toBeNull();
    expect(readAsSolarHijri('1453-05-29', 1500)).toBeNull();
    expect(readAsSolarHijri('', 2025)).toBeNull();
  });
});
