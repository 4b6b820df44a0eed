// Plain-text bidi isolation: wraps each piece of text whose direction may differ from its
// neighbours in FSI…PDI, so a right-to-left title cannot pull the commas, quotation marks or
// publisher beside it into its own run (Unicode UAX #9, "explicit directional isolates").

/** FIRST STRONG ISOLATE: the enclosed text takes the direction of its first strong letter. */
export const FIRST_STRONG_ISOLATE = '\u2068';
/** POP DIRECTIONAL ISOLATE: ends the isolate opened by FSI. */
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

const ISOLATE_MARKS = /[\u2066-\u2069]/g;

/**
 * The text wrapped in FSI…PDI; empty text stays empty. Isolate marks already inside are
 * removed first, so an unbalanced PDI in the text cannot close the wrapper early.
 */
export function isolateText(text: string): string {
  const inner = text.replace(ISOLATE_MARKS, '');
  return inner ? `${FIRST_STRONG_ISOLATE}${inner}${POP_DIRECTIONAL_ISOLATE}` : '';
}

/** Non-empty parts, each isolated, joined by the separator (which stays outside every isolate). */
export function joinIsolated(parts: readonly string[], separator: string): string {
  return parts.filter((part) => part !== '').map(isolateText).join(separator);
}

/** The text without isolate marks: for search, comparison and file names. */
export function withoutIsolates(text: string): string {
  return text.replace(ISOLATE_MARKS, '');
}
