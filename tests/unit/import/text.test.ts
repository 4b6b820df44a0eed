import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normaliseText, splitParagraphs } from '../../../shared/text/normalise';
import { sha256Hex } from '../../../shared/text/sha256';

describe('normaliseText', () => {
  it('uses NFC, \\n line endings and drops trailing spaces and outer blank lines', () => {
    const decomposed = 'Aze\u0301rbaijan \t\r\nline two  \rline three\n\n\n';
    expect(normaliseText(`\uFEFF\n\n${decomposed}`)).toBe('Azérbaijan\nline two\nline three');
  });

  it('keeps inner blank lines and leading indentation', () => {
    expect(normaliseText('one\n\n  two')).toBe('one\n\n  two');
  });

  it('leaves Azerbaijani, Persian and emoji intact', () => {
    const text = 'Azərbaycan Xarici İşlər Nazirliyi — رئیس‌جمهور ایران 🇦🇿';
    expect(normaliseText(text)).toBe(text.normalize('NFC'));
  });
});

describe('splitParagraphs', () => {
  it('gives each non-empty line with its UTF-16 offsets', () => {
    const text = 'first\n\nsecond 🇦🇿\nthird';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['first', 'second 🇦🇿', 'third']);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('returns nothing for empty text', () => {
    expect(splitParagraphs('')).toEqual([]);
  });
});

describe('sha256Hex', () => {
  it('hashes UTF-8 bytes', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const azerbaijani = 'Azərbaycan';
    expect(await sha256Hex(azerbaijani)).toBe(createHash('sha256').update(Buffer.from(azerbaijani, 'utf8')).digest('hex'));
  });

  it('gives the same hash to texts that normalise alike', async () => {
    const a = normaliseText('Bakı\r\nNaxçıvan  ');
    const b = normaliseText('Bakı\nNaxçıvan');
    expect(await sha256Hex(a)).toBe(await sha256Hex(b));
  });
});
