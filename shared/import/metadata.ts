// Finds what the text itself says about the article: leading header lines such as
// `date 2026-03-09` (the samples' form, which may run straight into the body), `title: …`,
// `publisher: …`, `author: …`, `url: …`; and a sensible title when the text gives none.

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
const MAX_TITLE_WORDS = 12;

/** A title from the first sentence of the body, cut at a word boundary. */
export function deriveTitle(body: string): string {
  const firstLine = body.split('\n').find((line) => line.trim() !== '') ?? '';
  const sentence = (/^(.+?[.!?])(\s|$)/.exec(firstLine)?.[1] ?? firstLine).trim();
  const words = sentence.split(/\s+/);
  if (words.length <= MAX_TITLE_WORDS) return sentence.replace(/\.$/, '');
  return `${words.slice(0, MAX_TITLE_WORDS).join(' ').replace(/[,;:]$/, '')}…`;
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
  return { ...fields, title: fields.title || deriveTitle(body), body };
}
