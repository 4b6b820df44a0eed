// Guesses the language of an article's text, as a BCP 47 primary tag (en, fa, ru), with
// franc-min: 82 languages in about 100 KB, and right on every English, Persian and Russian
// sample we tried (see docs/storage.md, "language").
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** franc reads at most this much; more text costs time and does not change the answer. */
const SAMPLE_LENGTH = 2_000;
/** Below this, a guess is more noise than signal (franc's own default is 10). */
const MIN_LENGTH = 20;

/**
 * franc names individual languages (Iranian Persian 'pes', Standard Arabic 'arb') that have no
 * two-letter code of their own; hyphenation, fonts and screen readers know them by their
 * macrolanguage's code.
 */
const MACROLANGUAGE_TAGS: Readonly<Record<string, string>> = {
  pes: 'fa', arb: 'ar', swh: 'sw', uzn: 'uz', zlm: 'ms', azj: 'az', plt: 'mg', pbu: 'ps', npi: 'ne',
};

/**
 * The two-letter tag of the text's language (three-letter when the language has none), or
 * empty when the text is too short or franc cannot tell.
 */
export function detectLanguage(text: string): string {
  const code = franc(text.slice(0, SAMPLE_LENGTH), { minLength: MIN_LENGTH });
  if (code === 'und') return '';
  return MACROLANGUAGE_TAGS[code] ?? iso6393To1[code] ?? code;
}
