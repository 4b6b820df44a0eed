// The data types of the team library's synced registers (docs/sync.md), and the checks that an
// entry read from the shared Y.Doc (written by any client, of any version) has their shape.

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [k: string]: JsonValue };

export type SyncTable = 'sources' | 'annotations' | 'links' | 'dossiers' | 'actors' | 'sourceVersions';

export const SYNC_TABLES: readonly SyncTable[] = ['sources', 'annotations', 'links', 'dossiers', 'actors', 'sourceVersions'];

/** The field whose value is `true` while the record is deleted; a field like any other, so delete-vs-edit is a conflict. */
export const DELETED_FIELD = '$deleted';

export interface FieldEdit {
  /** Unique edit id (random). */
  readonly id: string;
  readonly table: SyncTable;
  readonly recordId: string;
  /** A top-level field of the record; '$deleted' marks deletion. */
  readonly field: string;
  /** For '$deleted': true (deleted) or false (restored). */
  readonly value: JsonValue;
  /**
   * Edit ids this edit had seen for the same field (the heads then). An edit of '$deleted' also
   * lists the heads of every other field of the record it had seen, so an edit it had not seen
   * shows as a conflict with the deletion.
   */
  readonly parents: readonly string[];
  /** Analyst name. */
  readonly author: string;
  /** ISO time, for display only (never for ordering). */
  readonly at: string;
}

export interface FieldConflict {
  readonly table: SyncTable;
  readonly recordId: string;
  readonly field: string;
  /**
   * The concurrent edits, lowest id first. For '$deleted': the deletion edit(s) and the edits of
   * other fields made without seeing the deletion (their `field` says which).
   */
  readonly heads: readonly FieldEdit[];
}

export interface SyncedRecord {
  readonly table: SyncTable;
  readonly id: string;
  readonly deleted: boolean;
  /** One value per field: the agreed value, or for a conflict the head shown by default (the lowest edit id). */
  readonly fields: Readonly<Record<string, JsonValue>>;
  readonly conflicts: readonly FieldConflict[];
}

export interface RecordChange {
  readonly table: SyncTable;
  readonly recordId: string;
}

function isSyncTable(value: unknown): value is SyncTable {
  return typeof value === 'string' && (SYNC_TABLES as readonly string[]).includes(value);
}

export function isJsonValue(value: unknown, depth = 0): value is JsonValue {
  if (depth > 100) return false;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (typeof value === 'object') return Object.values(value).every((item) => isJsonValue(item, depth + 1));
  return false;
}

/** An entry of the shared 'edits' map, checked: a client with a bug or of another version cannot break this one. */
export function asFieldEdit(key: string, entry: unknown): FieldEdit | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined;
  const edit = entry as Record<string, unknown>;
  const parents = edit.parents;
  if (
    edit.id !== key ||
    !isSyncTable(edit.table) ||
    typeof edit.recordId !== 'string' ||
    typeof edit.field !== 'string' ||
    !Array.isArray(parents) ||
    !parents.every((parent) => typeof parent === 'string') ||
    typeof edit.author !== 'string' ||
    typeof edit.at !== 'string' ||
    !isJsonValue(edit.value)
  ) {
    return undefined;
  }
  return entry as FieldEdit;
}

/** Structural equality of two JSON values (key order of objects does not matter). */
export function jsonEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const left = a as readonly JsonValue[];
    const right = b as readonly JsonValue[];
    return left.length === right.length && left.every((item, i) => jsonEqual(item, right[i] as JsonValue));
  }
  const left = a as { readonly [k: string]: JsonValue };
  const right = b as { readonly [k: string]: JsonValue };
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => key in right && jsonEqual(left[key] as JsonValue, right[key] as JsonValue));
}
