// Text folded for matching (see characterFolding.ts for the rules), with a map from every folded
// character back to the original, so a hit found in folded text marks the right original characters.
import { foldCodePoint } from './characterFolding';

export interface FoldedText {
  /** The folded text: lower case, no diacritics, one space for each run of whitespace. */
  readonly text: string;
  /**
   * `starts[i]` is the original UTF-16 offset where folded character `i` comes from;
   * `starts[text.length]` is the original's length. Characters folded away (marks, tatweel,
   * ZWNJ, extra whitespace) belong to the folded character before them.
   */
  readonly starts: Uint32Array;
}

export interface OriginalRange {
  readonly start: number;
  readonly end: number;
}

const CHUNK = 8192;

/** Folds a text in one linear pass, keeping where each folded character came from. */
export function foldText(original: string): FoldedText {
  let starts = new Uint32Array(original.length + 1);
  let units = new Uint16Array(original.length + 1);
  let length = 0;
  const push = (unit: number, from: number): void => {
    if (length + 1 >= units.length) {
      // Only expansions (ß → ss, ligatures) outgrow the original's length.
      const grownUnits = new Uint16Array(units.length * 2);
      grownUnits.set(units);
      units = grownUnits;
      const grownStarts = new Uint32Array(starts.length * 2);
      grownStarts.set(starts);
      starts = grownStarts;
    }
    units[length] = unit;
    starts[length] = from;
    length += 1;
  };
  let index = 0;
  while (index < original.length) {
    const code = original.charCodeAt(index);
    if (code < 0x80) {
      // ASCII, most of most texts: no lookup.
      const isSpace = code === 0x20 || (code >= 0x09 && code <= 0x0d);
      if (isSpace) {
        if (length === 0 || units[length - 1] !== 0x20) push(0x20, index);
      } else {
        push(code >= 0x41 && code <= 0x5a ? code + 0x20 : code, index);
      }
      index += 1;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < original.length ? 2 : 1;
    const folded = foldCodePoint(original.slice(index, index + width));
    for (let unit = 0; unit < folded.length; unit += 1) {
      const foldedUnit = folded.charCodeAt(unit);
      // Whitespace runs of any kind fold to one space.
      if (foldedUnit === 0x20 && length > 0 && units[length - 1] === 0x20) continue;
      push(foldedUnit, index);
    }
    index += width;
  }
  starts[length] = original.length;
  return { text: decodeUnits(units, length), starts: starts.slice(0, length + 1) };
}

function decodeUnits(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let from = 0; from < length; from += CHUNK) {
    parts.push(String.fromCharCode(...units.subarray(from, Math.min(from + CHUNK, length))));
  }
  return parts.join('');
}

/**
 * The original range a folded range `[start, end)` comes from. An end inside one character's
 * expansion (the first "s" of ß → "ss") widens to the whole original character.
 */
export function toOriginalRange(folded: FoldedText, start: number, end: number): OriginalRange {
  const { starts } = folded;
  const last = folded.text.length;
  const from = starts[Math.min(Math.max(start, 0), last)] ?? 0;
  let to = Math.min(Math.max(end, start), last);
  if (to > start) {
    const lastStart = starts[to - 1] ?? 0;
    while (to < last && starts[to] === lastStart) to += 1;
  }
  return { start: from, end: starts[to] ?? from };
}

const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * The folded form of a short string (a query, a name, a sort key), trimmed, without the offset
 * map. Folding is the same as `foldText`, so a needle folded here is found in a text folded
 * there; ASCII strings, most names and quotes, take a shortcut of two native calls.
 */
export function foldForMatching(value: string): string {
  if (!NON_ASCII.test(value)) return value.toLowerCase().replace(/\s+/g, ' ').trim();
  return foldText(value.normalize('NFC')).text.trim();
}
