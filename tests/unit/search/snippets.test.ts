// The snippet reads only the text up to its first match and around itself, and says exactly
// what a reading of the whole text would: the same cut and the same marks.
import { describe, expect, it } from 'vitest';
import { findMatches, makeSnippet } from '../../../shared/search/snippets';

/** The snippet as made from every match in the whole text (how it was made before). */
function fromWholeText(text: string, terms: readonly string[], width = 180): { text: string; marks: (readonly [number, number])[] } {
  const matches = findMatches(text, terms);
  const first = matches[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  const marks = matches.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start] as const);
  return { text: text.slice(start, end).replace(/\s/g, ' '), marks };
}

const FILLER = 'Officials in Baku and Tehran said on Monday that the drone strike near Nakhchivan airport was investigated. ';
const TEXTS = [
  FILLER.repeat(12) + 'Pezeshkian denied it. ' + FILLER.repeat(3) + 'Pezeshkian again, and dronestrikes.',
  'Pezeshkian first. ' + FILLER.repeat(5),
  FILLER.repeat(20),
  `${'x'.repeat(300)}Pezeshkianlongword${'y'.repeat(300)} Pezeshkian`,
  'پزشکیان گفت ' + FILLER.repeat(4) + ' پزشکیان',
];

describe('snippets', () => {
  it('cuts and marks as a reading of the whole text would', () => {
    for (const text of TEXTS) {
      for (const terms of [['pezeshkian'], ['drone', 'strike'], ['پزشکیان'], ['nowhere'], ['o']]) {
        const snippet = makeSnippet(text, terms);
        expect({ text: snippet.text, marks: snippet.marks }).toEqual(fromWholeText(text, terms));
      }
    }
  });
});
