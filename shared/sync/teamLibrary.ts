// The team library on a Y.Doc: every record field is a multi-value register of edits (docs/sync.md).
// Edits are written once into one shared map and never replaced, so two offline replicas always
// merge to the same state; a field edited on both sides meanwhile shows both values as a conflict.
import { uint32 } from 'lib0/random';
import type * as Y from 'yjs';
import { RegisterIndex, sortedHeads } from './fieldRegisters';
import {
  asFieldEdit,
  DELETED_FIELD,
  jsonEqual,
  type FieldConflict,
  type FieldEdit,
  type JsonValue,
  type RecordChange,
  type SyncedRecord,
  type SyncTable,
} from './syncTypes';

export * from './syncTypes';

/** Names of the shared types in the Y.Doc; never renamed (every replica and the server hold them). */
export const EDITS_MAP = 'edits';
export const TEXTS_MAP = 'texts';

type ChangeListener = (changes: readonly RecordChange[], remote: boolean) => void;

export class TeamLibrary {
  private readonly edits: Y.Map<unknown>;
  private readonly texts: Y.Map<unknown>;
  private readonly index = new RegisterIndex();
  private readonly listeners = new Set<ChangeListener>();
  /** Edit ids are this session's random prefix and a counter: unique, and cheap (one random draw per session, not per edit). */
  private readonly idPrefix = `${uint32().toString(36)}${uint32().toString(36)}`;
  private editCount = 0;
  /** Records this library wrote in the current transaction: reported without reading the edits back. */
  private readonly touchedHere = new Map<string, RecordChange>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly author: string,
  ) {
    this.edits = doc.getMap(EDITS_MAP);
    this.texts = doc.getMap(TEXTS_MAP);
    this.edits.forEach((entry, key) => {
      const edit = asFieldEdit(key, entry);
      if (edit) this.index.add(edit);
    });
    this.edits.observe((event) => this.takeIn(event.keysChanged, event.transaction.origin !== this));
  }

  /** Writes one edit per field whose value differs from the current agreed value; returns the edits. One Y transaction. */
  writeRecord(table: SyncTable, recordId: string, fields: Readonly<Record<string, JsonValue>>): readonly FieldEdit[] {
    const written: FieldEdit[] = [];
    const at = new Date().toISOString();
    this.doc.transact(() => {
      for (const [field, value] of Object.entries(fields)) {
        // A conflicted field left at one of its values is not an edit: the analyst has not chosen yet.
        const heads = this.index.heads(table, recordId, field);
        if (heads.some((head) => jsonEqual(head.value, value))) continue;
        written.push(this.put(table, recordId, field, value, at));
      }
    }, this);
    return written;
  }

  deleteRecord(table: SyncTable, recordId: string): FieldEdit {
    let edit: FieldEdit | undefined;
    this.doc.transact(() => {
      edit = this.put(table, recordId, DELETED_FIELD, true);
    }, this);
    return edit as FieldEdit;
  }

  /** Writes the chosen value with all current heads as parents. */
  resolve(table: SyncTable, recordId: string, field: string, value: JsonValue): FieldEdit {
    let edit: FieldEdit | undefined;
    this.doc.transact(() => {
      edit = this.put(table, recordId, field, value);
    }, this);
    return edit as FieldEdit;
  }

  record(table: SyncTable, recordId: string): SyncedRecord | undefined {
    const fields = this.index.registers(table, recordId);
    if (!fields) return undefined;
    const values: Record<string, JsonValue> = {};
    let deleted = false;
    for (const [field, register] of fields) {
      const shown = sortedHeads(register)[0];
      if (!shown) continue;
      if (field === DELETED_FIELD) deleted = shown.value === true;
      else values[field] = shown.value;
    }
    return { table, id: recordId, deleted, fields: values, conflicts: this.index.conflictedFields(table, recordId, fields) };
  }

  records(table: SyncTable): readonly SyncedRecord[] {
    const found: SyncedRecord[] = [];
    for (const recordId of this.index.recordIds(table)) {
      const record = this.record(table, recordId);
      if (record) found.push(record);
    }
    return found;
  }

  conflicts(): readonly FieldConflict[] {
    return this.index.conflicts();
  }

  /** Article texts, add-only by SHA-256 (the caller hashes). */
  addText(sha256: string, text: string): void {
    if (this.texts.has(sha256)) return;
    this.doc.transact(() => this.texts.set(sha256, text), this);
  }

  text(sha256: string): string | undefined {
    const text = this.texts.get(sha256);
    return typeof text === 'string' ? text : undefined;
  }

  /** Called after every Y transaction with the records it touched and whether it came from elsewhere (remote/provider origin) or from this TeamLibrary. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private put(table: SyncTable, recordId: string, field: string, value: JsonValue, at = new Date().toISOString()): FieldEdit {
    const edit: FieldEdit = {
      id: `${this.idPrefix}.${(this.editCount += 1).toString(36)}`,
      table,
      recordId,
      field,
      value,
      parents: this.index.parentsFor(table, recordId, field),
      author: this.author,
      at,
    };
    this.edits.set(edit.id, edit);
    // Indexed at once, so later writes of the same transaction see it as a head.
    this.index.add(edit);
    this.touchedHere.set(`${table}\u0000${recordId}`, { table, recordId });
    return edit;
  }

  private takeIn(keys: ReadonlySet<string>, remote: boolean): void {
    // What this library wrote is indexed already; a caller's own outer transaction may add more.
    const touched = new Map(this.touchedHere);
    this.touchedHere.clear();
    if (remote) {
      for (const key of keys) {
        const edit = asFieldEdit(key, this.edits.get(key));
        if (!edit) continue;
        this.index.add(edit);
        touched.set(`${edit.table}\u0000${edit.recordId}`, { table: edit.table, recordId: edit.recordId });
      }
    }
    if (touched.size === 0) return;
    const changes = [...touched.values()];
    for (const listener of this.listeners) listener(changes, remote);
  }
}
