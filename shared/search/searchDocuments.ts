// Turns library records into the documents the search index holds: one per article's metadata,
// one per paragraph chunk of its text (so a hit opens at its place), one per annotation, one per
// dossier and one per narrative section. Pure: records in, documents out.
import type { Annotation, Dossier, Source } from '../model';
import { splitParagraphs } from '../text/normalise';

export type SearchDocumentKind = 'article' | 'passage' | 'annotation' | 'dossier' | 'narrative';

export interface SearchDocument {
  /** `<kind letter>:<ids>`, unique in the index. */
  readonly id: string;
  readonly kind: SearchDocumentKind;
  /** The article a hit opens (empty for dossier documents). */
  readonly sourceId: string;
  readonly annotationId: string;
  readonly dossierId: string;
  /** Offset in the article text where the hit's text starts (passages and annotations). */
  readonly start: number;
  /** Weighted highest: article and dossier titles. */
  readonly title: string;
  /** People and places named: actor, target, author, publisher. */
  readonly names: string;
  readonly tags: string;
  /** The body: a paragraph chunk, a quote with its note, a narrative section, the URL. */
  readonly text: string;
}

/** What an article document needs: a source without its text. */
export type SearchedSource = Pick<Source, 'id' | 'title' | 'publisher' | 'author' | 'url' | 'tags'>;

/** Paragraphs merged up to this many characters, and longer ones cut at a space. */
const CHUNK_CHARS = 1_200;

const EMPTY = { sourceId: '', annotationId: '', dossierId: '', start: 0, title: '', names: '', tags: '', text: '' } as const;

export function articleDocumentId(sourceId: string): string {
  return `s:${sourceId}`;
}

export function annotationDocumentId(annotationId: string): string {
  return `a:${annotationId}`;
}

export function articleDocument(source: SearchedSource): SearchDocument {
  return {
    ...EMPTY,
    id: articleDocumentId(source.id),
    kind: 'article',
    sourceId: source.id,
    title: source.title,
    names: [source.publisher, source.author].filter(Boolean).join(' · '),
    tags: source.tags.join(' '),
    text: source.url,
  };
}

/** The article's text as chunks of whole paragraphs, each with the offset it starts at. */
export function passageDocuments(sourceId: string, text: string): SearchDocument[] {
  const chunks: { start: number; end: number }[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const last = chunks.at(-1);
    if (last && paragraph.end - last.start <= CHUNK_CHARS) last.end = paragraph.end;
    else chunks.push({ start: paragraph.start, end: paragraph.end });
  }
  const cut: { start: number; end: number }[] = [];
  for (const chunk of chunks) {
    let start = chunk.start;
    while (chunk.end - start > CHUNK_CHARS * 2) {
      const space = text.lastIndexOf(' ', start + CHUNK_CHARS);
      const end = space > start ? space : start + CHUNK_CHARS;
      cut.push({ start, end });
      start = end;
    }
    cut.push({ start, end: chunk.end });
  }
  return cut.map(({ start, end }) => ({ ...EMPTY, id: `p:${sourceId}:${start}`, kind: 'passage', sourceId, start, text: text.slice(start, end) }));
}

export function annotationDocument(annotation: Annotation): SearchDocument {
  return {
    ...EMPTY,
    id: annotationDocumentId(annotation.id),
    kind: 'annotation',
    sourceId: annotation.sourceId,
    annotationId: annotation.id,
    start: annotation.position.start,
    names: [annotation.actor, annotation.target].filter(Boolean).join(' → '),
    tags: annotation.tags.join(' '),
    text: annotation.noteText ? `${annotation.quote.exact}\n${annotation.noteText}` : annotation.quote.exact,
  };
}

export function dossierDocumentIdPrefix(dossierId: string): string {
  return `d:${dossierId}`;
}

/** The dossier's title and summary, and one document per narrative section, commentary or view section's title. */
export function dossierDocuments(dossier: Dossier): SearchDocument[] {
  const prefix = dossierDocumentIdPrefix(dossier.id);
  const head: SearchDocument = {
    ...EMPTY,
    id: prefix,
    kind: 'dossier',
    dossierId: dossier.id,
    title: dossier.title,
    names: dossier.author,
    text: [dossier.subtitle, dossier.summary].filter(Boolean).join('\n'),
  };
  const sections = dossier.items.flatMap((item): SearchDocument[] => {
    const text = item.type === 'narrative' ? item.contentText : item.type === 'passage' ? item.commentary : item.title;
    if (!text.trim()) return [];
    return [{ ...EMPTY, id: `${prefix}:${item.id}`, kind: 'narrative', dossierId: dossier.id, text }];
  });
  return [head, ...sections];
}
