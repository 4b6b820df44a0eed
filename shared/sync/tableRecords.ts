// Which tables and fields of the library travel in the team library, and how a stored record
// becomes one register per field and is rebuilt from them (docs/sync.md, "In the app").
import type { z } from 'zod';
import { actorSchema, type Actor } from '../model/actor';
import { annotationLinkSchema, annotationSchema, type Annotation, type AnnotationLink } from '../model/annotation';
import { dossierSchema, type Dossier } from '../model/dossier';
import { sourceSchema, type Source } from '../model/source';
import { sourceVersionSchema, type SourceVersion } from '../versions/sourceVersion';
import { DELETED_FIELD, type FieldEdit, type JsonValue, type SyncTable, type SyncedRecord } from './teamLibrary';

/** A source as the library stores it: the text lives apart, and travels by its SHA-256 (`addText`). */
export type StoredSource = Omit<Source, 'text'>;

export interface SyncRecordTypes {
  readonly sources: StoredSource;
  readonly sourceVersions: SourceVersion;
  readonly annotations: Annotation;
  readonly links: AnnotationLink;
  readonly dossiers: Dossier;
  readonly actors: Actor;
}

/** Every synced table (syncTypes' list), in the order records are written: what others point at comes first. */
export const SYNC_TABLES: readonly SyncTable[] = ['sources', 'sourceVersions', 'actors', 'annotations', 'links', 'dossiers'];

/**
 * How a field's concurrent values settle without asking anyone. These fields record when and by
 * whom a record last changed (or the app's own reading of where a passage sits), not what an
 * analyst decided: two analysts editing different fields of one annotation both move `revision`
 * and `updatedAt`, and that must not read as a conflict.
 */
type StampRule = 'highest' | 'lowest' | 'latestEdit';

interface TableSpec {
  readonly schema: z.ZodObject;
  /** Fields that never become registers (the text, carried by hash instead). */
  readonly left: readonly string[];
  readonly stamps: Readonly<Record<string, StampRule>>;
}

const REVISION_STAMPS = { revision: 'highest', updatedAt: 'highest', editedBy: 'latestEdit' } as const;

const SPECS: Readonly<Record<SyncTable, TableSpec>> = {
  sources: { schema: sourceSchema.omit({ text: true }), left: ['text'], stamps: { updatedAt: 'highest', importedAt: 'lowest' } },
  sourceVersions: { schema: sourceVersionSchema, left: ['text'], stamps: {} },
  annotations: { schema: annotationSchema, left: [], stamps: { ...REVISION_STAMPS, anchor: 'latestEdit' } },
  links: { schema: annotationLinkSchema, left: [], stamps: {} },
  dossiers: { schema: dossierSchema, left: [], stamps: { updatedAt: 'highest' } },
  actors: { schema: actorSchema, left: [], stamps: REVISION_STAMPS },
};

/** The field of a register that marks deletion (shared/sync/syncTypes.ts). */
export { DELETED_FIELD };

function fieldNames(table: SyncTable): readonly string[] {
  const spec = SPECS[table];
  return Object.keys(spec.schema.shape).filter((name) => !spec.left.includes(name));
}

/** Optional fields are written as null when absent, so clearing one (a split actor) travels too. */
function isOptional(table: SyncTable, field: string): boolean {
  const member = SPECS[table].schema.shape[field] as z.ZodType | undefined;
  return member !== undefined && member.safeParse(undefined).success;
}

/** Whether a conflict on this field settles by itself (see StampRule). */
export function isStampField(table: SyncTable, field: string): boolean {
  return field in SPECS[table].stamps;
}

const VERSION_KEY_SEPARATOR = ':';

/** The register key of a record: its id; for an earlier text, article id and hash. */
export function syncRecordId<T extends SyncTable>(table: T, record: SyncRecordTypes[T]): string {
  if (table === 'sourceVersions') {
    const version = record as SourceVersion;
    return `${version.sourceId}${VERSION_KEY_SEPARATOR}${version.textHash}`;
  }
  return (record as { readonly id: string }).id;
}

/** The register key for a primary key of the table (a deleted row leaves only its key). */
export function syncRecordIdOfKey(table: SyncTable, key: unknown): string | undefined {
  if (table === 'sourceVersions') {
    return Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string' ? `${key[0]}${VERSION_KEY_SEPARATOR}${key[1]}` : undefined;
  }
  return typeof key === 'string' ? key : undefined;
}

function asJson(value: unknown): JsonValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
}

/** One register value per synced field of the record. */
export function recordFields<T extends SyncTable>(table: T, record: SyncRecordTypes[T]): Readonly<Record<string, JsonValue>> {
  const values = record as unknown as Readonly<Record<string, unknown>>;
  const fields: Record<string, JsonValue> = {};
  for (const name of fieldNames(table)) fields[name] = asJson(values[name]);
  return fields;
}

/** Only the fields whose value `next` changed from `previous` (all of them for a new record). */
export function changedFields<T extends SyncTable>(table: T, previous: SyncRecordTypes[T] | undefined, next: SyncRecordTypes[T]): Readonly<Record<string, JsonValue>> {
  const after = recordFields(table, next);
  if (!previous) return after;
  const before = recordFields(table, previous);
  return Object.fromEntries(Object.entries(after).filter(([name, value]) => JSON.stringify(value) !== JSON.stringify(before[name])));
}

function compareJson(a: JsonValue, b: JsonValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The one value a stamp field takes when several edits stand. */
function settleStamp(rule: StampRule, heads: readonly FieldEdit[]): JsonValue {
  const pick = (better: (a: FieldEdit, b: FieldEdit) => boolean): FieldEdit => heads.reduce((best, edit) => (better(edit, best) ? edit : best));
  if (rule === 'latestEdit') return pick((a, b) => a.at > b.at || (a.at === b.at && a.id < b.id)).value;
  const sign = rule === 'highest' ? 1 : -1;
  return pick((a, b) => sign * compareJson(a.value, b.value) > 0).value;
}

/** The conflicts an analyst must settle: stamp fields settle by themselves. */
export function contentConflicts(synced: SyncedRecord): SyncedRecord['conflicts'] {
  return synced.conflicts.filter((conflict) => !isStampField(synced.table, conflict.field));
}

/** The record's field values with stamp conflicts settled (a content conflict keeps the value shown by default). */
export function settledFields(synced: SyncedRecord): Readonly<Record<string, JsonValue>> {
  const fields: Record<string, JsonValue> = { ...synced.fields };
  for (const conflict of synced.conflicts) {
    const rule = SPECS[synced.table].stamps[conflict.field];
    if (rule && conflict.heads.length > 0) fields[conflict.field] = settleStamp(rule, conflict.heads);
  }
  return fields;
}

export type RebuiltRecord<T extends SyncTable> =
  | { readonly kind: 'record'; readonly record: SyncRecordTypes[T] }
  | { readonly kind: 'deleted' }
  /** Registers that do not make a valid record (a field missing, an earlier text not yet arrived). */
  | { readonly kind: 'incomplete'; readonly reason: string };

/**
 * The app's record from its registers, checked with the same schema every write is checked
 * with; `textOf` gives an article text by SHA-256 (`TeamLibrary.text`).
 */
export function rebuildRecord<T extends SyncTable>(
  table: T,
  fields: Readonly<Record<string, JsonValue>>,
  textOf: (sha256: string) => string | undefined,
): RebuiltRecord<T> {
  const values: Record<string, unknown> = {};
  for (const name of fieldNames(table)) {
    const value = fields[name];
    if ((value === null || value === undefined) && isOptional(table, name)) continue;
    values[name] = value;
  }
  if (table === 'sourceVersions') {
    const text = typeof values.textHash === 'string' ? textOf(values.textHash) : undefined;
    if (text === undefined) return { kind: 'incomplete', reason: 'the earlier text has not arrived' };
    values.text = text;
  }
  const parsed = SPECS[table].schema.safeParse(values);
  if (!parsed.success) return { kind: 'incomplete', reason: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') };
  return { kind: 'record', record: parsed.data as unknown as SyncRecordTypes[T] };
}

/** The app's record for a synced register set: deleted, or rebuilt from its settled fields. */
export function rebuildSynced<T extends SyncTable>(table: T, synced: SyncedRecord | undefined, textOf: (sha256: string) => string | undefined): RebuiltRecord<T> {
  if (!synced || synced.deleted) return { kind: 'deleted' };
  return rebuildRecord(table, settledFields(synced), textOf);
}
