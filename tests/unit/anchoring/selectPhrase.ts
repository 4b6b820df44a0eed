// Test helpers: select a phrase by its wording, as an analyst would, and load the sample article.
import { readFileSync } from 'node:fs';
import { describeSelection } from '../../../shared/anchoring';
import type { AnnotationSelectors } from '../../../shared/anchoring';
import { normaliseText } from '../../../shared/text/normalise';

/** Selectors for the `occurrence`-th (0-based) appearance of `phrase` in `text`. */
export function selectPhrase(text: string, phrase: string, occurrence = 0): AnnotationSelectors {
  const start = nthIndexOf(text, phrase, occurrence);
  return describeSelection(text, start, start + phrase.length);
}

/** Offset of the `occurrence`-th (0-based) appearance of `phrase`; throws so a typo fails loudly. */
export function nthIndexOf(text: string, phrase: string, occurrence = 0): number {
  let at = text.indexOf(phrase);
  for (let seen = 0; seen < occurrence && at !== -1; seen += 1) at = text.indexOf(phrase, at + 1);
  if (at === -1) throw new Error(`test text lacks occurrence ${occurrence} of "${phrase}"`);
  return at;
}

/** The real sample article in normalised form, the only form anchoring ever sees. */
export function readSampleArticle(): string {
  const path = new URL('../../../shared/samples/000_4f72efb9e98d7d6f.txt', import.meta.url);
  return normaliseText(readFileSync(path, 'utf8'));
}
