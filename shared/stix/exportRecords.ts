// The STIX objects of each workbench record (docs/stix.md): an article's report, a passage's
// note, a dossier's report and its narrative notes, each with the workbench extension.
import type { Annotation, AnnotationLink } from '../model/annotation';
import type { Dossier } from '../model/dossier';
import type { ExportScope, LibrarySource } from '../exchange/format';
import { uuidV5 } from './uuidV5';
import { EXTENSION_ID, STIX_SPEC_VERSION, WORKBENCH_NAMESPACE, confidenceOf, type StixObject, type WorkbenchRole } from './vocabulary';

export interface StixExportInput {
  readonly exportedBy: string;
  readonly exportedAt: string;
  readonly scope: ExportScope;
  readonly sources: readonly LibrarySource[];
  readonly annotations: readonly Annotation[];
  readonly links: readonly AnnotationLink[];
  readonly dossiers: readonly Dossier[];
  /** False leaves article texts (report descriptions) out; hashes still travel. */
  readonly includeText: boolean;
}

/** The stable STIX id of a workbench record: its type and a UUIDv5 of what it was here. */
export async function stixIdFor(type: string, key: string): Promise<string> {
  return `${type}--${await uuidV5(WORKBENCH_NAMESPACE, key)}`;
}

/** STIX forbids empty lists: a property whose list is empty is left out. */
export function withoutEmpty(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => !(Array.isArray(value) && value.length === 0) && value !== undefined));
}

export function workbenchExtension(role: WorkbenchRole, fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { [EXTENSION_ID]: { extension_type: 'property-extension', role, ...withoutEmpty(fields) } };
}

export function later(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** Article dates are calendar days; STIX wants a timestamp. */
function dayTimestamp(date: string): string {
  return `${date}T00:00:00.000Z`;
}

export function partyKey(name: string): string {
  return `party:${name.trim().toLowerCase()}`;
}

export function sourceReport(
  source: LibrarySource,
  id: string,
  analystId: string,
  noteIds: ReadonlyMap<string, string>,
  input: StixExportInput,
): StixObject {
  const refs = input.annotations
    .filter((a) => a.sourceId === source.id)
    .sort((a, b) => a.position.start - b.position.start)
    .map((a) => noteIds.get(a.id) ?? '');
  const reference = withoutEmpty({
    source_name: source.publisher.trim() || 'article',
    url: source.url || undefined,
    description: 'SHA-256 of the article text as Dossier Workbench normalises it',
    hashes: { 'SHA-256': source.textHash },
  });
  return withoutEmpty({
    type: 'report',
    spec_version: STIX_SPEC_VERSION,
    id,
    created_by_ref: analystId,
    created: source.importedAt,
    modified: later(source.updatedAt, source.importedAt),
    name: source.title,
    description: input.includeText && source.text ? source.text : undefined,
    published: source.publishedDate ? dayTimestamp(source.publishedDate) : source.importedAt,
    report_types: ['threat-report'],
    // A report must list at least one object: an article without passages names who shared it.
    object_refs: refs.length > 0 ? refs : [analystId],
    lang: source.language || undefined,
    labels: [...source.tags],
    external_references: [reference],
    extensions: workbenchExtension('source', {
      source_id: source.id,
      reliability: source.reliability,
      text_hash: source.textHash,
      published_date: source.publishedDate,
      publisher: source.publisher,
      author: source.author,
      imported_at: source.importedAt,
      tags: [...source.tags],
    }),
  }) as StixObject;
}

export function annotationNote(
  a: Annotation,
  id: string,
  reportId: string | undefined,
  partyIds: ReadonlyMap<string, string>,
  analystId: string,
): StixObject {
  const parties = [a.actor, a.target].filter((n) => n.trim() !== '').map((n) => partyIds.get(partyKey(n)) ?? '');
  const refs = [...new Set([...(reportId ? [reportId] : []), ...parties])];
  const confidence = confidenceOf(a.credibility);
  return withoutEmpty({
    type: 'note',
    spec_version: STIX_SPEC_VERSION,
    id,
    created_by_ref: analystId,
    created: a.createdAt,
    modified: later(a.updatedAt, a.createdAt),
    abstract: a.quote.exact,
    // A note must have content: without the analyst's note, the passage itself.
    content: a.noteText || a.quote.exact,
    authors: a.author ? [a.author] : [],
    object_refs: refs.length > 0 ? refs : [analystId],
    confidence: confidence ?? undefined,
    labels: [a.kind, ...a.tags.filter((t) => t !== a.kind)],
    extensions: workbenchExtension('annotation', {
      annotation_id: a.id,
      kind: a.kind,
      source_id: a.sourceId,
      source_hash: a.sourceHash,
      quote: { exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
      position: { start: a.position.start, end: a.position.end },
      anchor: { state: a.anchor.state, score: a.anchor.score, checked_at: a.anchor.checkedAt },
      actor: a.actor,
      target: a.target,
      event_date: { value: a.eventDate.value, precision: a.eventDate.precision },
      credibility: a.credibility ?? undefined,
      tags: [...a.tags],
      note: a.note,
      // Says the content is the passage, not a note, so the way back restores an empty note.
      content_is_quote: a.noteText === '' ? true : undefined,
      revision: a.revision,
    }),
  }) as StixObject;
}

export async function dossierReport(dossier: Dossier, noteIds: ReadonlyMap<string, string>, analystId: string): Promise<StixObject[]> {
  const id = await stixIdFor('report', `dossier:${dossier.id}`);
  const modified = later(dossier.updatedAt, dossier.createdAt);
  const narratives: StixObject[] = [];
  const refs: string[] = [];
  for (const item of dossier.items) {
    if (item.type === 'passage') {
      const noteId = noteIds.get(item.annotationId);
      if (noteId) refs.push(noteId);
      continue;
    }
    // A view section is computed from the library when shown; STIX has no object for it.
    if (item.type === 'view') continue;
    const narrativeId = await stixIdFor('note', `narrative:${dossier.id}:${item.id}`);
    refs.push(narrativeId);
    narratives.push({
      type: 'note',
      spec_version: STIX_SPEC_VERSION,
      id: narrativeId,
      created_by_ref: analystId,
      created: dossier.createdAt,
      modified,
      abstract: `Narrative section of "${dossier.title}"`,
      content: item.contentText || '(empty section)',
      object_refs: [id],
      extensions: workbenchExtension('narrative', { dossier_id: dossier.id, item_id: item.id }),
    });
  }
  // A passage whose annotation was deleted is left out, as the PDF leaves it out: the bundle
  // cannot name a note it does not hold.
  const items = dossier.items.flatMap((item) => (item.type === 'view' || (item.type === 'passage' && !noteIds.has(item.annotationId)) ? [] : [item])).map((item) =>
    item.type === 'passage'
      ? { type: item.type, id: item.id, annotation_id: item.annotationId, commentary: item.commentary }
      : { type: item.type, id: item.id, content: item.content, content_text: item.contentText },
  );
  const report = withoutEmpty({
    type: 'report',
    spec_version: STIX_SPEC_VERSION,
    id,
    created_by_ref: analystId,
    created: dossier.createdAt,
    modified,
    name: dossier.title,
    description: dossier.summary || undefined,
    published: modified,
    report_types: ['threat-report'],
    object_refs: refs.length > 0 ? [...new Set(refs)] : [analystId],
    extensions: workbenchExtension('dossier', {
      dossier_id: dossier.id,
      subtitle: dossier.subtitle,
      author: dossier.author,
      handling: dossier.handling,
      summary: dossier.summary,
      items,
    }),
  }) as StixObject;
  return [report, ...narratives];
}
