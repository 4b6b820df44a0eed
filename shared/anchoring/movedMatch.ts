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

  const occurrences = [first];
  for (let start = second; start !== -1; start = text.indexOf(quote.exact, start + 1)) occurrences.push(start);

  // Context unchanged around some occurrence (the usual case when other passages were edited):
  // no occurrence can agree better, so the nearest of those wins without any edit-distance
  // scoring, which costs a fuzzy search per occurrence and dominated re-anchoring time.
  let nearestIntact: number | null = null;
  for (const start of occurrences) {
    if (!contextIntact(text, quote, start)) continue;
    if (nearestIntact === null || Math.abs(start - expectedStart) < Math.abs(nearestIntact - expectedStart)) nearestIntact = start;
  }
  if (nearestIntact !== null) return nearestIntact;

  let bestStart = first;
  let bestContext = contextAgreement(text, quote, first);
  for (const start of occurrences.slice(1)) {
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

/** Prefix and suffix both found verbatim around the occurrence: the best agreement there is. */
function contextIntact(text: string, quote: TextQuote, start: number): boolean {
  const prefixOk = quote.prefix.length === 0 || (start >= quote.prefix.length && text.startsWith(quote.prefix, start - quote.prefix.length));
  return prefixOk && text.startsWith(quote.suffix, start + quote.exact.length);
}

function contextAgreement(text: string, quote: TextQuote, start: number): number {
  return (
    prefixSimilarity(text, start, quote.prefix) +
    suffixSimilarity(text, start + quote.exact.length, quote.suffix)
  );
}
