// Folding for search with the names as they appear in the samples and the analyst's year: every
// spelling an analyst may type finds the text, and each hit maps back to the right characters.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldForMatching, foldText, toOriginalRange } from '../../../shared/search/textFolding';
import { foldedWords, tokenizeText } from '../../../shared/search/wordTokens';

const SAMPLE_2025 = readFileSync(new URL('../../../shared/samples/003_de8410bd84d09d86.txt', import.meta.url), 'utf8');
const SAMPLE_2026 = readFileSync(new URL('../../../shared/samples/000_4f72efb9e98d7d6f.txt', import.meta.url), 'utf8');

/** The original characters each hit of `needle` (folded) covers in `original`. */
function hits(original: string, needle: string): readonly string[] {
  const folded = foldText(original);
  const wanted = foldForMatching(needle);
  const found: string[] = [];
  let at = folded.text.indexOf(wanted);
  while (at !== -1) {
    const range = toOriginalRange(folded, at, at + wanted.length);
    found.push(original.slice(range.start, range.end));
    at = folded.text.indexOf(wanted, at + wanted.length);
  }
  return found;
}

describe('foldText: Latin, Azerbaijani and Turkish', () => {
  it('finds the samples\' names in any case', () => {
    expect(hits(SAMPLE_2025, 'masouz pezeshkian')).toEqual(['Masouz Pezeshkian']);
    expect(hits(SAMPLE_2026, 'PEZESHKIAN').length).toBeGreaterThan(5);
    expect(hits(SAMPLE_2026, 'ilham aliyev')[0]).toBe('Ilham Aliyev');
  });

  it('removes diacritics and folds the Azerbaijani letters', () => {
    expect(foldForMatching('İlham Əliyev')).toBe('ilham eliyev');
    expect(foldForMatching('Ceyhun Bayramov Şuşa Gəncə Çovdar Ağdam Göygöl Şükürov')).toBe(
      'ceyhun bayramov susa gence covdar agdam goygol sukurov',
    );
    expect(foldForMatching('Café Pezeşkian')).toBe('cafe pezeskian');
    expect(foldForMatching('Straße Łódź Ørsted')).toBe('strasse lodz orsted');
    expect(foldForMatching('ΟΔΥΣΣΕΥΣ')).toBe(foldForMatching('Οδυσσεύς'));
  });

  it('folds dotted İ, i and dotless ı to one i, never to i with a dot above', () => {
    expect(foldForMatching('İİ ıı Iİ')).toBe('ii ii ii');
    expect('İ'.toLowerCase()).toHaveLength(2); // what the fold must not do
    const text = 'Prezident İlham Əliyev';
    expect(hits(text, 'ilham əliyev')).toEqual(['İlham Əliyev']);
    expect(hits(text, 'ILHAM')).toEqual(['İlham']);
  });

  it('maps hits back over decomposed accents (NFD text) to whole characters', () => {
    const text = 'Pezes\u030Ckian said'; // š written as s + combining caron
    expect(hits(text, 'pezeskian')).toEqual(['Pezes\u030Ckian']);
    expect(hits('Straße', 'strass')).toEqual(['Straß']);
  });

  it('folds curly apostrophes and dashes, and a run of whitespace to one space', () => {
    expect(hits(SAMPLE_2026, "Tehran's involvement")).toEqual(['Tehran’s involvement']);
    expect(foldForMatching('a\n\n \tb\u00A0c — d')).toBe('a b c - d');
    expect(hits('drone\n\nstrikes', 'drone strikes')).toEqual(['drone\n\nstrikes']);
  });
});

describe('foldText: Persian and Arabic', () => {
  it('brings Arabic yeh and kaf to the Persian letters, teh marbuta to heh', () => {
    expect(foldForMatching('علي')).toBe(foldForMatching('علی'));
    expect(foldForMatching('مصطفى')).toBe('مصطفی');
    expect(foldForMatching('كرمان')).toBe('کرمان');
    expect(foldForMatching('جمهورية')).toBe('جمهوریه');
  });

  it('drops tatweel and harakat and keeps the offsets of the letters around them', () => {
    expect(foldForMatching('پزشـــکیان')).toBe('پزشکیان');
    expect(foldForMatching('مُحَمَّد')).toBe('محمد');
    const text = 'رئیس جمهور پزشـکیان گفت';
    expect(hits(text, 'پزشکیان')).toEqual(['پزشـکیان']);
  });

  it('treats ZWNJ as a joiner: علی‌اف is one word, found typed with or without it', () => {
    const text = 'تماس تلفنی پزشکیان و علی‌اف';
    expect(tokenizeText(text).map((token) => token.text)).toEqual(['تماس', 'تلفنی', 'پزشکیان', 'و', 'علیاف']);
    expect(hits(text, 'علیاف')).toEqual(['علی‌اف']);
    expect(hits(text, 'علي‌اف')).toEqual(['علی‌اف']);
    expect(foldedWords('می‌گذارد')).toEqual(['میگذارد']);
  });

  it('reads presentation forms and Persian digits as the plain letters and digits', () => {
    expect(foldForMatching('\uFEF3\uFEE8\uFEEA')).toBe(foldForMatching('ينه'));
    expect(foldForMatching('۱۴۰۳-۱۲-۲۱')).toBe('1403-12-21');
  });
});

describe('foldText: Cyrillic', () => {
  it('only lower-cases: й and ё stay letters', () => {
    expect(foldForMatching('Президент Ильхам Алиев провёл')).toBe('президент ильхам алиев провёл');
    expect(foldForMatching('Й')).toBe('й');
    expect(foldForMatching('провёл')).not.toBe(foldForMatching('провел'));
    expect(hits('Масуд Пезешкиан в телефонном разговоре', 'ПЕЗЕШКИАН')).toEqual(['Пезешкиан']);
  });
});

describe('foldForMatching', () => {
  it('folds as foldText does, on the ASCII shortcut and off it', () => {
    for (const value of ['  Masouz\tPEZESHKIAN\n', 'a\u000Bb\fc', 'İlham  Əliyev', 'Пезешкиан', 'علی‌اف', '\u0000x  ']) {
      expect(foldForMatching(value)).toBe(foldText(value.normalize('NFC')).text.trim());
    }
  });
});

describe('tokenizeText', () => {
  it('gives words with their original offsets across scripts', () => {
    const text = 'İlham Əliyev, Pezeshkian’s call; Алиев — علی‌اف!';
    const tokens = tokenizeText(text);
    expect(tokens.map((token) => token.text)).toEqual(['ilham', 'eliyev', 'pezeshkian', 's', 'call', 'алиев', 'علیاف']);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'İlham', 'Əliyev', 'Pezeshkian', 's', 'call', 'Алиев', 'علی‌اف',
    ]);
  });

  it('keeps astral characters whole', () => {
    const text = 'a 𝐀𝐁 b';
    expect(tokenizeText(text).map((token) => text.slice(token.start, token.end))).toEqual(['a', '𝐀𝐁', 'b']);
  });
});

/** The least of five runs' milliseconds: the machine is shared (and the unit files run two at a time), and the least is the least disturbed. */
function bestOf(run: () => unknown): number {
  const times = [0, 1, 2, 3, 4].map(() => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
  return Math.min(...times);
}

/** A plainly linear pass: lower-case the text and split it on whitespace. */
function linearPass(text: string): number {
  return text.toLowerCase().split(/\s+/u).length;
}

describe('folding and tokenizing time', () => {
  // Against a plain linear pass on the same text in the same moment, not a clock bound; and ten
  // times the text must take about ten times as long, not a hundred.
  const mixed = `${SAMPLE_2026.slice(0, 2000)} پزشـکیانِ علی‌اف Президент Ильхам Алиев İlham Əliyev `;
  const big = mixed.repeat(Math.ceil(1_000_000 / mixed.length));

  it('folds and tokenizes a million mixed characters within a small multiple of a linear pass', () => {
    const ratio = bestOf(() => tokenizeText(big)) / Math.max(bestOf(() => linearPass(big)), 1);
    expect(ratio).toBeLessThan(40);
  });

  it('grows linearly with the text', () => {
    const small = big.slice(0, 100_000);
    const ratio = bestOf(() => tokenizeText(big)) / Math.max(bestOf(() => tokenizeText(small)), 1);
    expect(ratio).toBeLessThan(30);
  });

  it('folds long runs of whitespace, marks and tatweel linearly', () => {
    for (const filler of [' ', '\u0640', '\u0301', '\u200C']) {
      const text = `a${filler.repeat(1_000_000)}b`;
      expect(foldText(text).text.replace(/ /g, '')).toBe('ab');
      // A bare split of one long run takes a millisecond or two, so the ratio is noisy on a busy
      // machine (57 seen); a quadratic fold of a million-character run would be thousands of times.
      expect(bestOf(() => foldText(text)) / Math.max(bestOf(() => linearPass(text)), 1)).toBeLessThan(400);
    }
  });
});
