// Quotation marks around a quoted passage, by the passage's language. Persian, Arabic, Urdu and
// Pashto write « », which Unicode mirrors in right-to-left text, so they open and close on the
// correct side; English “ ” are not mirrored and read backwards around a right-to-left quote.
// Russian, Ukrainian and Belarusian write « » as well. Everything else gets English marks.

const GUILLEMET_LANGUAGES = new Set(['fa', 'ar', 'ur', 'ps', 'ru', 'uk', 'be']);

export interface QuotationMarks {
  readonly open: string;
  readonly close: string;
}

/** `language` as stored on a source: a BCP 47 tag such as "fa" or "ru-RU", or empty when unknown. */
export function quotationMarks(language: string): QuotationMarks {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return GUILLEMET_LANGUAGES.has(primary) ? { open: '«', close: '»' } : { open: '“', close: '”' };
}
