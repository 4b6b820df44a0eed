// Shortening text for print at word boundaries: a contents entry never ends, and a line of
// context around a quote never starts or ends, in the middle of a word.
import type { Annotation } from '../../../../shared/model';

const ELLIPSIS = '…';
/** One printed line of the compact layout's context (8.5 pt serif), with room for wider scripts. */
export const CONTEXT_LINE_LENGTH = 85;

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` on one line, at most `max` characters, cut after the last whole word that fits. */
export function cutAtWordEnd(text: string, max: number): string {
  const line = flat(text);
  if (line.length <= max) return line;
  const room = line.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  // A single word longer than half the room is cut where it must be, rather than leaving little.
  const kept = space > max / 2 ? room.slice(0, space) : room;
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
}

/** `text` on one line, at most `max` characters, keeping its end and starting at a whole word. */
export function cutAtWordStart(text: string, max: number): string {
  const line = flat(text);
  if (line.length <= max) return line;
  const room = line.slice(line.length - (max - 1));
  const space = room.indexOf(' ');
  const kept = space >= 0 && space < max / 2 ? room.slice(space + 1) : room;
  return `${ELLIPSIS}${kept}`;
}

export interface QuoteContext {
  /** The text just before the quote, cut to a line at a word boundary; empty at the text's start. */
  readonly before: string;
  readonly after: string;
}

/**
 * A line of context either side of a passage's quote: from the source text where the passage's
 * position still holds its quote, else from the quote's stored prefix and suffix (a few dozen
 * characters, whose outer word may be partial, so it is dropped).
 */
export function quoteContext(annotation: Pick<Annotation, 'quote' | 'position'>, sourceText: string | undefined, max = CONTEXT_LINE_LENGTH): QuoteContext {
  const { quote, position } = annotation;
  if (sourceText !== undefined && sourceText.slice(position.start, position.end) === quote.exact) {
    const before = sourceText.slice(Math.max(0, position.start - max * 2), position.start);
    const after = sourceText.slice(position.end, position.end + max * 2);
    return { before: contextLine(before, 'before', position.start > before.length, max), after: contextLine(after, 'after', position.end + after.length < sourceText.length, max) };
  }
  return { before: contextLine(quote.prefix, 'before', true, max), after: contextLine(quote.suffix, 'after', true, max) };
}

/**
 * One side's context, at most `max` characters. When `clipped` (the text goes on beyond it), its
 * outer word may be partial and is dropped, and an ellipsis says the text goes on.
 */
function contextLine(text: string, side: 'before' | 'after', clipped: boolean, max: number): string {
  // A space next to the quote is kept, so "word “quote”" and "wo“rd”" stay told apart.
  const inner = side === 'before' ? /\s$/.test(text) : /^\s/.test(text);
  let line = flat(text);
  if (line.length > max) line = side === 'before' ? cutAtWordStart(line, max) : cutAtWordEnd(line, max);
  else if (clipped) {
    const words = line.split(' ');
    line = words.length > 1 ? (side === 'before' ? `${ELLIPSIS}${words.slice(1).join(' ')}` : `${words.slice(0, -1).join(' ')}${ELLIPSIS}`) : '';
  }
  if (!line) return '';
  return side === 'before' ? `${line}${inner ? ' ' : ''}` : `${inner ? ' ' : ''}${line}`;
}
