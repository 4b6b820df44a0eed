// Finds a quote that still occurs verbatim but away from its stored position, choosing among
// repeated occurrences by their surrounding text and then by nearness to the old position.
import { prefixSimilarity, suffixSimilarity } from './contextSimilarity';
import type { TextQuote } from './selectors';

/** Start offset of the best verbatim occurrence of `quote.exact`, or null when there is none. */
export function findMovedQuote(text: string, quote: TextQuote, expectedStart: number): number | null {
  const first = text.indexOf(quote.exact);
  if (first === -1) return null;
  const second = text.indexOf(quote.exact, first + 1);
  // Most quotes are unique; skip context scoring for them.
  if (second === -1) return first;

  let bestStart = first;
  let bestContext = contextAgreement(text, quote, first);
  for (let start = second; start !== -1; start = text.indexOf(quote.exact, start + 1)) {
    const context = contextAgreement(text, quote, start);
    const isBetter =
      context > bestContext ||
      (context === bestContext && Math.abs(start - expectedStart) < Math.abs(bestStart - expectedStart));
    if (isBetter) {
      bestStart = start;
      bestContext = context;
    }
  }
  return bestStart;
}

function contextAgreement(text: string, quote: TextQuote, start: number): number {
  return (
    prefixSimilarity(text, start, quote.prefix) +
    suffixSimilarity(text, start + quote.exact.length, quote.suffix)
  );
}
