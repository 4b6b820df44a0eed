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

/** Text in quotation marks, isolated inside them, so the marks stay where the sentence puts them. */
export function quotedIsolated(text: string): string {
  return `“${isolateText(text)}”`;
}

export interface IsolatedSegment {
  readonly text: string;
  /** True for text that was inside FSI…PDI. */
  readonly isolated: boolean;
}

/**
 * Splits text built with `isolateText` back into its plain and isolated pieces, for a page
 * that draws each isolated piece as its own `<bdi>`. Nested or unbalanced marks are dropped.
 */
export function splitIsolates(text: string): readonly IsolatedSegment[] {
  const segments: IsolatedSegment[] = [];
  const pattern = /\u2068([^\u2066-\u2069]*)\u2069/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > last) segments.push({ text: withoutIsolates(text.slice(last, match.index)), isolated: false });
    segments.push({ text: match[1] ?? '', isolated: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: withoutIsolates(text.slice(last)), isolated: false });
  return segments.filter((segment) => segment.text !== '');
}
