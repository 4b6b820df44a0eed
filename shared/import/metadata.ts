// Finds what the text itself says about the article: leading header lines such as
// `date 2026-03-09` (the samples' form, which may run straight into the body), `title: …`,
// `publisher: …`, `author: …`, `url: …`, a "By NAME" byline near the top, and a sensible
// title when the text gives none.
import { MAX_TITLE_LENGTH } from '../model/source';

export interface DetectedMetadata {
  readonly title: string;
  readonly publishedDate: string;
  readonly publisher: string;
  readonly author: string;
  readonly url: string;
  /** The text with the header removed. */
  readonly body: string;
}

const DATE_HEADER = /^[ \t]*date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?/i;
const FIELD_HEADER = /^[ \t]*(title|publisher|source|author|by|url)[ \t]*:[ \t]*(.+?)[ \t]*(\n|$)/i;
/** "By Jane Doe" or "BY JANE DOE": a capital B, so a sentence that starts "by the way" is no byline. */
const BYLINE = /^[ \t]*(?:By|BY)[ \t]+(\p{Lu}[^\n]*?)[ \t]*$/u;
const MAX_BYLINE_WORDS = 10;
/** Lower-case words a byline holds besides names; any other makes the line a sentence. */
const BYLINE_WORDS = new Set(['and', 'in', 'at', 'of', 'for', 'de', 'da', 'di', 'del', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'staff', 'correspondent', 'reporter', 'editor']);
/** A byline sits under the headline and perhaps a standfirst, not deeper. */
const BYLINE_SEARCH_LINES = 4;

/** Cuts a title longer than the schema allows at the last word boundary that fits. */
export function boundTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length <= MAX_TITLE_LENGTH) return trimmed;
  const room = trimmed.slice(0, MAX_TITLE_LENGTH - 1);
  const lastSpace = room.search(/\s\S*$/);
  return `${(lastSpace > 0 ? room.slice(0, lastSpace) : room).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * A title from the first sentence of the body, whole: lists cut it for display, by CSS, while
 * citations and the PDF need all of it. Only the schema's bound cuts it here.
 */
export function deriveTitle(body: string): string {
  const firstLine = body.split('\n').find((line) => line.trim() !== '') ?? '';
  const sentence = (/^(.+?[.!?])(\s|$)/.exec(firstLine)?.[1] ?? firstLine).trim();
  return boundTitle(sentence.replace(/\.$/, ''));
}

/** The name in a "By NAME" line, or '' when the line reads as a sentence rather than a byline. */
export function bylineName(line: string): string {
  const name = BYLINE.exec(line)?.[1] ?? '';
  const words = name.split(/[\s,]+/).filter(Boolean);
  if (!name || /[!?;:]/.test(name) || words.length > MAX_BYLINE_WORDS) return '';
  if (words.some((word) => /^\p{Ll}/u.test(word) && !BYLINE_WORDS.has(word.replace(/\.$/, '')))) return '';
  // A full stop ends a sentence, except after an initial or an abbreviation ("A.", "Jr.").
  if (/\.$/.test(name) && !/(^|\s)\S{1,3}\.$/.test(name)) return '';
  return name;
}

/**
 * The author from a byline among the first lines of the body. A byline that opens the body is
 * part of the header and leaves the text like `author:`; one under a headline stays in the text,
 * which is kept as published.
 */
function findByline(body: string): { readonly author: string; readonly body: string } {
  const lines = body.split('\n');
  let seen = 0;
  for (let index = 0; index < lines.length && seen < BYLINE_SEARCH_LINES; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    seen += 1;
    const author = bylineName(line);
    if (!author) continue;
    return { author, body: seen === 1 ? lines.slice(index + 1).join('\n') : body };
  }
  return { author: '', body };
}

export function detectMetadata(text: string): DetectedMetadata {
  const fields = { title: '', publishedDate: '', publisher: '', author: '', url: '' };
  let body = text;
  for (;;) {
    const date = DATE_HEADER.exec(body);
    if (date && !fields.publishedDate) {
      fields.publishedDate = date[1] ?? '';
      body = body.slice(date[0].length);
      continue;
    }
    const field = FIELD_HEADER.exec(body);
    if (!field) break;
    const key = (field[1] ?? '').toLowerCase();
    const value = field[2] ?? '';
    if (key === 'title') fields.title = value;
    else if (key === 'publisher' || key === 'source') fields.publisher = value;
    else if (key === 'author' || key === 'by') fields.author = value;
    else if (/^https?:\/\//i.test(value)) fields.url = value;
    body = body.slice(field[0].length);
  }
  body = body.replace(/^\s+/, '');
  if (!fields.author) {
    const byline = findByline(body);
    fields.author = byline.author;
    body = byline.body.replace(/^\s+/, '');
  }
  return { ...fields, title: boundTitle(fields.title) || deriveTitle(body), body };
}
