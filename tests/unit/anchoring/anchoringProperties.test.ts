import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_LENGTH,
  anchorAnnotation,
  describeSelection,
  expandToCodePointBoundaries,
  splitsSurrogatePair,
} from '../../../shared/anchoring';

/** Text from every corner of Unicode: ASCII, astral code points (surrogate pairs), graphemes. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 200 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
);

/** A text with a valid, non-empty selection inside it (offsets in UTF-16 code units). */
const textWithSelection = anyText.chain((text) =>
  fc
    .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }))
    .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
);

describe('anchoring properties', () => {
  it('anchors any fresh selection exactly where it was made', () => {
    fc.assert(
      fc.property(textWithSelection, ({ text, start, end }) => {
        const result = anchorAnnotation(text, describeSelection(text, start, end));

        expect(result).toEqual({ state: 'exact', score: 1, start, end });
      }),
    );
  });

  it('describes a selection whose quote and context lie around it in the text', () => {
    fc.assert(
      fc.property(textWithSelection, ({ text, start, end }) => {
        const { quote } = describeSelection(text, start, end);

        expect(quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(quote.suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(text.slice(start - quote.prefix.length, end + quote.suffix.length)).toBe(
          quote.prefix + quote.exact + quote.suffix,
        );
      }),
    );
  });

  it('widened selections never split a surrogate pair, and still anchor exactly', () => {
    fc.assert(
      fc.property(textWithSelection, ({ text, start, end }) => {
        const widened = expandToCodePointBoundaries(text, start, end);

        expect(splitsSurrogatePair(text, widened.start)).toBe(false);
        expect(splitsSurrogatePair(text, widened.end)).toBe(false);
        const result = anchorAnnotation(text, describeSelection(text, widened.start, widened.end));
        expect(result).toMatchObject({ state: 'exact', start: widened.start, end: widened.end });
      }),
    );
  });

  it('follows a unique quote when text is inserted anywhere before it', () => {
    const scenario = fc
      .tuple(textWithSelection, anyText)
      .chain(([selection, inserted]) =>
        fc.nat({ max: selection.start }).map((insertAt) => ({ ...selection, inserted, insertAt })),
      );

    fc.assert(
      fc.property(scenario, ({ text, start, end, inserted, insertAt }) => {
        const selectors = describeSelection(text, start, end);
        const changed = text.slice(0, insertAt) + inserted + text.slice(insertAt);
        const quote = selectors.quote.exact;
        fc.pre(changed.indexOf(quote) === changed.lastIndexOf(quote));

        const result = anchorAnnotation(changed, selectors);

        expect(['exact', 'moved']).toContain(result.state);
        expect(result.start).toBe(start + inserted.length);
        expect(result.end).toBe(end + inserted.length);
      }),
    );
  });

  it('returns fuzzy matches that never split a surrogate pair', () => {
    const emojiText = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '😀', '🇦', '🇿', 'ə'),
      minLength: 40,
      maxLength: 120,
    });
    const scenario = emojiText.chain((text) =>
      fc.record({
        text: fc.constant(text),
        start: fc.nat({ max: 10 }),
        length: fc.integer({ min: 12, max: 30 }),
        editAt: fc.nat({ max: 11 }),
        replacement: fc.constantFrom('x', '🙂', 'xy', ''),
      }),
    );

    fc.assert(
      fc.property(scenario, ({ text, start, length, editAt, replacement }) => {
        const widened = expandToCodePointBoundaries(text, start, start + length);
        const selectors = describeSelection(text, widened.start, widened.end);
        const editOffset = widened.start + editAt;
        const edited = text.slice(0, editOffset) + replacement + text.slice(editOffset + 1);

        const result = anchorAnnotation(edited, selectors);

        if (result.state !== 'orphan') {
          expect(splitsSurrogatePair(edited, result.start)).toBe(false);
          expect(splitsSurrogatePair(edited, result.end)).toBe(false);
        }
      }),
    );
  });
});
