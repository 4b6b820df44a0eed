// textSimilarity fills a small edit-distance table itself for context-sized strings: it must
// agree with approx-string-match, which it replaces there, on every input.
import approxSearch from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textSimilarity } from '../../../shared/anchoring/contextSimilarity';

function bySearch(text: string, pattern: string): number {
  const best = approxSearch(text, pattern, pattern.length)[0];
  return best === undefined ? 0 : 1 - best.errors / pattern.length;
}

describe('textSimilarity', () => {
  it('agrees with approx-string-match on context-sized strings', () => {
    // A small alphabet makes near-matches, and with them every kind of edit, common.
    const unit = fc.constantFrom('a', 'b', 'c', ' ', 'é', '\u{1F600}');
    const context = fc.array(unit, { minLength: 1, maxLength: 40 }).map((units) => units.join(''));
    fc.assert(
      fc.property(context, context, (text, pattern) => {
        expect(textSimilarity(text, pattern)).toBe(bySearch(text, pattern));
      }),
      { numRuns: 2_000 },
    );
  });

  it('scores a changed word in a context by the edits it takes', () => {
    expect(textSimilarity('the drone strike on the airport', 'the drone strike on the airport')).toBe(1);
    expect(textSimilarity('the drone strike at the airport', 'the drone strike on the airport')).toBeCloseTo(1 - 2 / 31);
    expect(textSimilarity('', 'abc')).toBe(0);
  });
});
