// Import, part one: objects the workbench exported itself (they carry its extension) come back
// as the very records they were: sources, annotations, links and dossiers with their ids.
import { LINK_TYPES, type Annotation, type AnnotationLink, type LinkType } from '../model/annotation';
import { createAnnotation } from '../model/annotationFactory';
import type { Dossier } from '../model/dossier';
import type { LibrarySource } from '../exchange/format';
import type { PathSegment } from '../exchange/problems';
import {
  annotationExtensionSchema,
  dossierExtensionSchema,
  linkExtensionSchema,
  sourceExtensionSchema,
  workbenchExtensionOf,
  workbenchRole,
  type StixNote,
  type StixRelationship,
  type StixReport,
} from './stixRecords';
import { EXTENSION_ID, WORKBENCH_IDENTITY_ID, credibilityOf, type StixObject } from './vocabulary';

export interface BundleEntry {
  readonly object: StixObject;
  /** Its index in the bundle's `objects`, for paths in messages. */
  readonly index: number;
}

export interface RecordProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

export interface OwnRecords {
  readonly sources: readonly { readonly record: LibrarySource; readonly index: number }[];
  readonly annotations: readonly { readonly record: Annotation; readonly index: number }[];
  readonly links: readonly { readonly record: AnnotationLink; readonly index: number }[];
  readonly dossiers: readonly { readonly record: Dossier; readonly index: number }[];
  /** Who exported the bundle, as its analyst identity says. */
  readonly exportedBy: string | null;
  /** Indexes of every object the workbench made, read or not: nothing else to do with them. */
  readonly consumed: ReadonlySet<number>;
  readonly problems: readonly RecordProblem[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

function extensionOf<T>(
  entry: BundleEntry,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } },
  problems: RecordProblem[],
): T | null {
  const parsed = schema.safeParse(workbenchExtensionOf(entry.object));
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const inner = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    problems.push({ path: ['objects', entry.index, 'extensions', EXTENSION_ID, ...inner], message: issue.message });
  }
  return null;
}

function isLinkType(value: string): value is LinkType {
  return (LINK_TYPES as readonly string[]).includes(value);
}

export function readOwnRecords(entries: readonly BundleEntry[]): OwnRecords {
  const problems: RecordProblem[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const sources: { record: LibrarySource; index: number }[] = [];
  const annotations: { record: Annotation; index: number }[] = [];
  const links: { record: AnnotationLink; index: number }[] = [];
  const dossiers: { record: Dossier; index: number }[] = [];
  const consumed = new Set<number>();
  const annotationIdByNote = new Map<string, string>();
  let exportedBy: string | null = null;
  const relationships: BundleEntry[] = [];

  for (const entry of entries) {
    // The extension's definition and the app's identity: what declares the fields, not records.
    if (entry.object.id === EXTENSION_ID || entry.object.id === WORKBENCH_IDENTITY_ID) consumed.add(entry.index);
    const role = workbenchRole(entry.object);
    if (role === null) continue;
    consumed.add(entry.index);
    const object = entry.object;
    if (role === 'analyst' && typeof object.name === 'string') exportedBy = object.name;
    else if (role === 'source' && object.type === 'report') {
      const ext = extensionOf(entry, sourceExtensionSchema, problems);
      if (ext) sources.push({ record: sourceFrom(object as unknown as StixReport, ext), index: entry.index });
    } else if (role === 'annotation' && object.type === 'note') {
      const ext = extensionOf(entry, annotationExtensionSchema, problems);
      if (!ext) continue;
      annotationIdByNote.set(object.id, ext.annotation_id);
      annotations.push({ record: annotationFrom(object as unknown as StixNote, ext), index: entry.index });
    } else if (role === 'dossier' && object.type === 'report') {
      const ext = extensionOf(entry, dossierExtensionSchema, problems);
      if (ext) dossiers.push({ record: dossierFrom(object as unknown as StixReport, ext), index: entry.index });
    } else if (role === 'link' && object.type === 'relationship') relationships.push(entry);
  }
  // Links last: their ends are notes, which may come after them in the bundle.
  for (const entry of relationships) {
    const ext = extensionOf(entry, linkExtensionSchema, problems);
    if (!ext) continue;
    const relationship = entry.object as unknown as StixRelationship;
    const fromId = annotationIdByNote.get(relationship.source_ref);
    const toId = annotationIdByNote.get(relationship.target_ref);
    if (!fromId || !toId || !isLinkType(relationship.relationship_type)) {
      skipped.push({ path: `$.objects[${entry.index}]`, reason: 'a link whose ends are not both passages of this bundle, or of a type the workbench does not know' });
      continue;
    }
    links.push({ record: { id: ext.link_id, fromId, toId, type: relationship.relationship_type, createdAt: relationship.created }, index: entry.index });
  }
  return { sources, annotations, links, dossiers, exportedBy, consumed, problems, skipped };
}

function sourceFrom(report: StixReport, ext: ReturnType<typeof sourceExtensionSchema.parse>): LibrarySource {
  const url = report.external_references?.find((r) => r.url !== undefined)?.url ?? '';
  return {
    id: ext.source_id,
    textHash: ext.text_hash,
    title: report.name,
    publisher: ext.publisher,
    author: ext.author,
    url,
    publishedDate: ext.published_date,
    language: report.lang ?? '',
    reliability: ext.reliability,
    tags: ext.tags ?? [],
    importedAt: ext.imported_at,
    updatedAt: report.modified,
    ...(report.description ? { text: report.description } : {}),
  };
}

function annotationFrom(note: StixNote, ext: ReturnType<typeof annotationExtensionSchema.parse>): Annotation {
  const credibility = ext.credibility ?? (note.confidence !== undefined ? credibilityOf(note.confidence) : null);
  return {
    ...createAnnotation({
      id: ext.annotation_id,
      source: { id: ext.source_id, textHash: ext.source_hash },
      placement: { quote: ext.quote, position: ext.position },
      kind: ext.kind,
      author: note.authors?.[0] ?? '',
      at: note.created,
      fields: {
        actor: ext.actor,
        target: ext.target,
        eventDate: ext.event_date,
        credibility,
        tags: ext.tags ?? [],
        note: ext.note,
        noteText: ext.content_is_quote ? '' : note.content,
      },
    }),
    anchor: { state: ext.anchor.state, score: ext.anchor.score, checkedAt: ext.anchor.checked_at },
    updatedAt: note.modified,
    revision: ext.revision,
  };
}

function dossierFrom(report: StixReport, ext: ReturnType<typeof dossierExtensionSchema.parse>): Dossier {
  const items = (ext.items ?? []).map((item) =>
    item.type === 'passage'
      ? { type: item.type, id: item.id, annotationId: item.annotation_id, commentary: item.commentary }
      : { type: item.type, id: item.id, content: item.content, contentText: item.content_text },
  );
  return {
    id: ext.dossier_id,
    title: report.name,
    subtitle: ext.subtitle,
    author: ext.author,
    handling: ext.handling,
    summary: ext.summary,
    items,
    createdAt: report.created,
    updatedAt: report.modified,
  };
}
