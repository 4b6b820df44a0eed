// Describes a selection of article text as W3C TextQuote + TextPosition selectors, the form an
// annotation stores so it can be found again after the text changes.
//
// Offsets everywhere in shared/anchoring count UTF-16 code units over the normalised text (see
// shared/text/normalise.ts): the same units as JavaScript string indices and DOM Range offsets,
// so an emoji counts 2 and a Persian ZWNJ counts 1.
import type { z } from 'zod';
import type { textPositionSchema, textQuoteSchema } from '../model/annotation';

export type TextQuote = Readonly<z.infer<typeof textQuoteSchema>>;
export type TextPosition = Readonly<z.infer<typeof textPositionSchema>>;

/** What an annotation keeps about its passage; `Annotation` records satisfy this shape. */
export interface AnnotationSelectors {
  readonly quote: TextQuote;
  readonly position: TextPosition;
}

/** W3C suggests a few dozen characters; 32 tells repeated phrases apart without bloating records. */
export const CONTEXT_LENGTH = 32;

/**
 * Builds the quote and position selectors for `text.slice(start, end)`.
 * Offsets are taken as given (see `expandToCodePointBoundaries` for raw offsets that may split
 * an emoji). Prefix and suffix hold up to 32 code units, fewer at the text's edges or where the
 * 32nd unit would cut a surrogate pair in half.
 * @throws RangeError when the selection is empty, reversed, fractional or outside the text.
 */
export function describeSelection(text: string, start: number, end: number): AnnotationSelectors {
  assertValidSelection(text, start, end);
  const prefixStart = shrinkContextStart(text, Math.max(0, start - CONTEXT_LENGTH));
  const suffixEnd = shrinkContextEnd(text, Math.min(text.length, end + CONTEXT_LENGTH));
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { start, end },
  };
}

/**
 * Widens a selection whose start or end falls between the two halves of a surrogate pair, so
 * the quote never holds half an emoji (a lone surrogate turns into U+FFFD when written as UTF-8,
 * and the stored quote would then never match again).
 */
export function expandToCodePointBoundaries(
  text: string,
  start: number,
  end: number,
): { readonly start: number; readonly end: number } {
  return {
    start: splitsSurrogatePair(text, start) ? start - 1 : start,
    end: splitsSurrogatePair(text, end) ? end + 1 : end,
  };
}

/**
 * New selectors for an annotation the user re-attaches to a fresh selection (typically an
 * orphan). The selection comes straight from the UI, so it is first widened to whole code points.
 * @throws RangeError as `describeSelection` does.
 */
export function reattachAnnotation(text: string, start: number, end: number): AnnotationSelectors {
  assertValidSelection(text, start, end);
  const widened = expandToCodePointBoundaries(text, start, end);
  return describeSelection(text, widened.start, widened.end);
}

/** True when `offset` sits between a high and a low surrogate. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function assertValidSelection(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`selection offsets must be integers, got start ${start} and end ${end}`);
  }
  if (start < 0 || start > text.length) {
    throw new RangeError(`selection start ${start} is outside the text (0..${text.length})`);
  }
  if (end < 0 || end > text.length) {
    throw new RangeError(`selection end ${end} is outside the text (0..${text.length})`);
  }
  if (end < start) throw new RangeError(`selection end ${end} is before its start ${start}`);
  if (end === start) throw new RangeError(`selection is empty (start and end are both ${start})`);
}

// Context is only a hint, so it shrinks rather than grows: the 32-unit bound stays a bound.
function shrinkContextStart(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset + 1 : offset;
}

function shrinkContextEnd(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset - 1 : offset;
}

function isHighSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xd800 && codeUnit <= 0xdbff;
}

function isLowSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xdc00 && codeUnit <= 0xdfff;
}
