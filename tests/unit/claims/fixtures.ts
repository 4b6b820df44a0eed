// Small annotations for the claims and timeline tests, built with the app's own factory.
import { createAnnotation, type Annotation, type AnnotationKind, type AnnotationLink, type LinkType } from '../../../shared/model';

const SOURCE = { id: 'source-1', textHash: 'a'.repeat(64) };

export function annotation(id: string, kind: AnnotationKind, exact: string, fields: Partial<Pick<Annotation, 'actor' | 'target' | 'tags' | 'eventDate'>> = {}): Annotation {
  return createAnnotation({
    id,
    source: SOURCE,
    placement: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
    kind,
    author: 'Test',
    at: '2026-03-10T09:00:00.000Z',
    fields,
  });
}

export function link(fromId: string, toId: string, type: LinkType): AnnotationLink {
  return { id: `${fromId}-${type}-${toId}`, fromId, toId, type, createdAt: '2026-03-10T09:00:00.000Z' };
}
