// Export: the workbench's records as a STIX 2.1 bundle (docs/stix.md). Articles and dossiers
// become reports, passages notes, actors and targets identities, typed links relationships;
// what STIX has no property for travels in the workbench's property extension.
import type { Annotation, AnnotationLink } from '../model/annotation';
import type { Dossier } from '../model/dossier';
import type { ExportScope, LibrarySource } from '../exchange/format';
import { uuidV5 } from './uuidV5';
import {
  EXTENSION_ID,
  STIX_SPEC_VERSION,
  WORKBENCH_EPOCH,
  WORKBENCH_IDENTITY_ID,
  WORKBENCH_NAMESPACE,
  confidenceOf,
  type StixBundle,
  type StixObject,
  type WorkbenchRole,
} from './vocabulary';

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
function withoutEmpty(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => !(Array.isArray(value) && value.length === 0) && value !== undefined));
}

function workbenchExtension(role: WorkbenchRole, fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { [EXTENSION_ID]: { extension_type: 'property-extension', role, ...withoutEmpty(fields) } };
}

function later(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** Article dates are calendar days; STIX wants a timestamp. */
function dayTimestamp(date: string): string {
  return `${date}T00:00:00.000Z`;
}

function partyKey(name: string): string {
  return `party:${name.trim().toLowerCase()}`;
}

const APP_OBJECTS: readonly StixObject[] = [
  {
    type: 'identity',
    spec_version: STIX_SPEC_VERSION,
    id: WORKBENCH_IDENTITY_ID,
    created: WORKBENCH_EPOCH,
    modified: WORKBENCH_EPOCH,
    name: 'Dossier Workbench',
    identity_class: 'system',
  },
  {
    type: 'extension-definition',
    spec_version: STIX_SPEC_VERSION,
    id: EXTENSION_ID,
    created_by_ref: WORKBENCH_IDENTITY_ID,
    created: WORKBENCH_EPOCH,
    modified: WORKBENCH_EPOCH,
    name: 'Dossier Workbench fields',
    description:
      'Source reliability (Admiralty A–F) and the annotation, link and dossier fields of Dossier Workbench that STIX has no property for; `role` says what the object was in the workbench.',
    schema: 'Dossier Workbench docs/stix.md, "The workbench extension"',
    version: '1.0.0',
    extension_types: ['property-extension'],
  },
];

export async function buildStixBundle(input: StixExportInput): Promise<StixBundle> {
  const analystName = input.exportedBy.trim() || 'Dossier Workbench analyst';
  const analystId = await stixIdFor('identity', `analyst:${analystName}`);
  const sourceIds = new Map<string, string>();
  for (const source of input.sources) sourceIds.set(source.id, await stixIdFor('report', `source:${source.id}`));
  const noteIds = new Map<string, string>();
  for (const annotation of input.annotations) noteIds.set(annotation.id, await stixIdFor('note', `annotation:${annotation.id}`));

  const parties = new Map<string, { name: string; first: string; last: string }>();
  for (const a of input.annotations) {
    for (const name of [a.actor, a.target]) {
      if (name.trim() === '') continue;
      const key = partyKey(name);
      const known = parties.get(key);
      parties.set(key, {
        name: known?.name ?? name.trim(),
        first: known && Date.parse(known.first) <= Date.parse(a.createdAt) ? known.first : a.createdAt,
        last: known ? later(known.last, a.updatedAt) : a.updatedAt,
      });
    }
  }
  const partyIds = new Map<string, string>();
  const partyObjects: StixObject[] = [];
  for (const [key, party] of parties) {
    const id = await stixIdFor('identity', key);
    partyIds.set(key, id);
    partyObjects.push({
      type: 'identity',
      spec_version: STIX_SPEC_VERSION,
      id,
      created_by_ref: analystId,
      created: party.first,
      modified: later(party.last, party.first),
      name: party.name,
      identity_class: 'unknown',
      extensions: workbenchExtension('party', {}),
    });
  }

  const analyst: StixObject = {
    type: 'identity',
    spec_version: STIX_SPEC_VERSION,
    id: analystId,
    created: WORKBENCH_EPOCH,
    modified: WORKBENCH_EPOCH,
    name: analystName,
    identity_class: 'individual',
    extensions: workbenchExtension('analyst', {}),
  };

  const reports = input.sources.map((source) => sourceReport(source, sourceIds.get(source.id) ?? '', analystId, noteIds, input));
  const notes = input.annotations.map((a) => annotationNote(a, noteIds.get(a.id) ?? '', sourceIds.get(a.sourceId), partyIds, analystId));
  const relationships: StixObject[] = [];
  for (const link of input.links) {
    const from = noteIds.get(link.fromId);
    const to = noteIds.get(link.toId);
    if (!from || !to) continue;
    relationships.push({
      type: 'relationship',
      spec_version: STIX_SPEC_VERSION,
      id: await stixIdFor('relationship', `link:${link.id}`),
      created_by_ref: analystId,
      created: link.createdAt,
      modified: link.createdAt,
      relationship_type: link.type,
      source_ref: from,
      target_ref: to,
      extensions: workbenchExtension('link', { link_id: link.id }),
    });
  }
  const dossierObjects: StixObject[] = [];
  for (const dossier of input.dossiers) dossierObjects.push(...(await dossierReport(dossier, noteIds, analystId)));

  const objects = [...APP_OBJECTS, analyst, ...partyObjects, ...reports, ...notes, ...relationships, ...dossierObjects];
  const bundleId = await stixIdFor('bundle', `bundle:${input.scope.kind}:${input.scope.label}:${input.exportedAt}`);
  return { type: 'bundle', id: bundleId, objects };
}

function sourceReport(
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

function annotationNote(
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

async function dossierReport(dossier: Dossier, noteIds: ReadonlyMap<string, string>, analystId: string): Promise<StixObject[]> {
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
  const items = dossier.items.map((item) =>
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

/** Two-space indentation, as the other exports: people read these in diffs and e-mail. */
export function serializeStixBundle(bundle: StixBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
