// A quote found verbatim away from its old place: among repeated occurrences, the one whose
// surrounding text still agrees wins, and between equals the nearest to the old position, both
// when some context is intact (the fast path) and when every occurrence's context was edited.
import { describe, expect, it } from 'vitest';
import { findMovedQuote } from '../../../shared/anchoring/movedMatch';

const QUOTE = 'the drone strike on the airport';

describe('findMovedQuote', () => {
  it('takes the occurrence whose prefix and suffix are intact, even when another is nearer', () => {
    const text = `Officials blamed ${QUOTE} on Iran. Later, reporters said ${QUOTE} was an accident.`;
    const second = text.lastIndexOf(QUOTE);
    const quote = { exact: QUOTE, prefix: 'Later, reporters said ', suffix: ' was an accident.' };
    expect(findMovedQuote(text, quote, 0)).toBe(second);
  });

  it('between intact occurrences, takes the nearest to the old position', () => {
    const sentence = `We saw ${QUOTE} today. `;
    const text = sentence.repeat(5);
    const quote = { exact: QUOTE, prefix: 'We saw ', suffix: ' today.' };
    const third = 2 * sentence.length + 'We saw '.length;
    expect(findMovedQuote(text, quote, third + 3)).toBe(third);
  });

  it('when no context is intact, scores agreement and keeps the best', () => {
    const text = `Xfficials blamed ${QUOTE} on Iran. Latex, reporters said ${QUOTE} was an accidenx.`;
    const second = text.lastIndexOf(QUOTE);
    const quote = { exact: QUOTE, prefix: 'Later, reporters said ', suffix: ' was an accident.' };
    expect(findMovedQuote(text, quote, 0)).toBe(second);
  });

  it('reports a quote that is not in the text as not found', () => {
    expect(findMovedQuote('nothing here', { exact: QUOTE, prefix: '', suffix: '' }, 0)).toBeNull();
  });
});
