// Records for dossier tests: annotations and sources with only the fields that matter varied.
import { createHash } from 'node:crypto';
import { createAnnotation, type Annotation, type AnnotationLink } from '../../../shared/model';
import type { SourceRecord } from '../../../renderer/db/database';

const NOW = '2026-03-10T12:00:00.000Z';

export function annotation(id: string, fields: Partial<Annotation> = {}): Annotation {
  const sourceId = fields.sourceId ?? 'src-1';
  const base = createAnnotation({
    id,
    source: { id: sourceId, textHash: textHashOf(sourceId) },
    // Every fixture text starts with these words, so the quote holds wherever it is placed.
    placement: { quote: { exact: 'Text of', prefix: '', suffix: '' }, position: { start: 0, end: 7 } },
    kind: 'claim',
    author: 'Analyst',
    at: NOW,
  });
  return { ...base, ...fields };
}

/** Each fixture source's text names it, so hashes differ (the library refuses duplicate texts). */
export function sourceText(id: string): string {
  return `Text of ${id}.`;
}

export function textHashOf(id: string): string {
  return createHash('sha256').update(sourceText(id)).digest('hex');
}

export function source(id: string, fields: Partial<SourceRecord> = {}): SourceRecord {
  return {
    id,
    title: `Article ${id}`,
    publisher: 'OC Media',
    author: '',
    url: 'https://example.org/a',
    publishedDate: '2026-03-09',
    importedAt: NOW,
    updatedAt: NOW,
    language: 'en',
    textHash: textHashOf(id),
    reliability: 'B',
    tags: [],
    origin: 'sample',
    ...fields,
  };
}

export function link(id: string, fromId: string, toId: string, type: AnnotationLink['type'] = 'denies', createdAt = NOW): AnnotationLink {
  return { id, fromId, toId, type, createdAt };
}
