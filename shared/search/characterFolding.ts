// What one character of source text becomes for matching: lower case, Latin and Greek without
// diacritics, Azerbaijani and Persian/Arabic spellings brought together, Cyrillic only lower-cased.

/**
 * Characters with their own rule, checked before anything else. An empty string drops the
 * character (its place in the original is given to the character before it).
 */
const SPECIAL: ReadonlyMap<string, string> = new Map([
  // Dotted and dotless i: JavaScript lower-cases İ to "i\u0307", and ı has no decomposition.
  ['İ', 'i'], ['I', 'i'], ['ı', 'i'],
  // Azerbaijani schwa, written for e in Latin transliterations (Əliyev / Aliyev / Eliyev).
  ['Ə', 'e'], ['ə', 'e'], ['Ǝ', 'e'], ['ǝ', 'e'],
  // Latin letters with no canonical decomposition.
  ['ß', 'ss'], ['ẞ', 'ss'], ['Æ', 'ae'], ['æ', 'ae'], ['Œ', 'oe'], ['œ', 'oe'], ['Ø', 'o'], ['ø', 'o'],
  ['Ł', 'l'], ['ł', 'l'], ['Đ', 'd'], ['đ', 'd'], ['Ð', 'd'], ['ð', 'd'], ['Þ', 'th'], ['þ', 'th'],
  ['Ħ', 'h'], ['ħ', 'h'], ['Ŧ', 't'], ['ŧ', 't'],
  // Arabic yeh (final and alef maksura forms) and kaf as Persian writes them; teh marbuta as heh.
  ['\u064A', '\u06CC'], ['\u0649', '\u06CC'], ['\u0643', '\u06A9'], ['\u0629', '\u0647'],
  // Tatweel only stretches a word; ZWNJ and ZWJ join parts of one word (می‌گذارد, علی‌اف).
  ['\u0640', ''], ['\u200C', ''], ['\u200D', ''],
  // Invisible direction marks and the soft hyphen, which copied text often carries.
  ['\u200E', ''], ['\u200F', ''], ['\u061C', ''], ['\u00AD', ''], ['\uFEFF', ''],
  // Apostrophes and dashes as typed on any keyboard.
  ['\u2019', "'"], ['\u2018', "'"], ['\u02BC', "'"], ['\u2032', "'"],
  ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', '-'], ['\u2212', '-'],
]);

/** Arabic harakat (fathatan … sukun, hamza above/below, small marks) and the superscript alef. */
function isHaraka(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670;
}

/** Combining marks that stand alone in the text (NFD input): dropped, whatever their base. */
function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/**
 * Scripts whose letters lose their marks: Latin, Greek, Arabic and Hebrew, with their
 * presentation and full-width forms. Cyrillic is left out on purpose (й and ё are letters, not
 * и and е with accents), and so is every other script, whose marks may carry the vowels.
 */
function decomposesForMatching(code: number): boolean {
  return (
    code < 0x0250 ||
    (code >= 0x0370 && code <= 0x03ff) ||
    (code >= 0x0590 && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0x1e00 && code <= 0x1fff) ||
    (code >= 0xfb00 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as ASCII, so a typed date finds either. */
function asciiDigit(code: number): string | undefined {
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(0x30 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(0x30 + code - 0x06f0);
  return undefined;
}

const WHITESPACE = /^\s$/u;

/** One code point, after the special rules, decomposition and mark removal. */
function foldCodePointUncached(char: string): string {
  const special = SPECIAL.get(char);
  if (special !== undefined) return special;
  const code = char.codePointAt(0) ?? 0;
  if (WHITESPACE.test(char)) return ' ';
  if (isHaraka(code) || isCombiningMark(code)) return '';
  const digit = asciiDigit(code);
  if (digit !== undefined) return digit;
  if (!decomposesForMatching(code)) return lowerCaseKeepingLength(char);
  let folded = '';
  // NFKD also undoes presentation forms (ﻳ → ي) and full-width letters (Ａ → A).
  for (const part of char.normalize('NFKD')) {
    const partCode = part.codePointAt(0) ?? 0;
    if (part === char) {
      folded += lowerCaseKeepingLength(part);
      continue;
    }
    if (isHaraka(partCode) || isCombiningMark(partCode) || /\p{M}/u.test(part)) continue;
    folded += foldCodePoint(part);
  }
  return folded;
}

/** `toLowerCase`, unless it would add characters (İ is handled above; this guards the rest). */
function lowerCaseKeepingLength(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
}

const cache = new Map<string, string>();

/**
 * The folded form of one code point (a string of one or two UTF-16 units). Whitespace folds to
 * one space. Non-ASCII results are cached: a text repeats few distinct characters.
 */
export function foldCodePoint(char: string): string {
  const cached = cache.get(char);
  if (cached !== undefined) return cached;
  const folded = foldCodePointUncached(char);
  cache.set(char, folded);
  return folded;
}
