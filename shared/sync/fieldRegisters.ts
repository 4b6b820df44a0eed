// The in-memory index over the team library's edits: per record and field, the edits and which
// of them are heads (named as a parent by no other edit of that field), kept up to date one edit
// at a time so a change costs the same with 50 or 50,000 records, and the set of conflicted fields.
import { DELETED_FIELD, jsonEqual, type FieldConflict, type FieldEdit, type SyncTable } from './syncTypes';

interface FieldRegister {
  readonly heads: Map<string, FieldEdit>;
  /** Ids named as a parent by an edit of this field; may name edits not arrived yet (updates out of order). */
  readonly superseded: Set<string>;
  readonly known: Set<string>;
}

/** A record's registers, by field. */
export type RecordRegisters = Map<string, FieldRegister>;

function byId(a: FieldEdit, b: FieldEdit): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Heads, lowest edit id first: the first is the value shown by default. */
export function sortedHeads(register: FieldRegister | undefined): readonly FieldEdit[] {
  return register ? [...register.heads.values()].sort(byId) : [];
}

/** True when the heads hold more than one distinct value (concurrent edits to the same value agree). */
function disagree(heads: readonly FieldEdit[]): boolean {
  const [first, ...others] = heads;
  return first !== undefined && others.some((head) => !jsonEqual(head.value, first.value));
}

function conflictKey(table: SyncTable, recordId: string, field: string): string {
  return `${table}\u0000${recordId}\u0000${field}`;
}

export class RegisterIndex {
  private readonly tables = new Map<SyncTable, Map<string, RecordRegisters>>();
  private readonly conflicted = new Map<string, { readonly table: SyncTable; readonly recordId: string; readonly field: string }>();

  /** Takes one edit in; false when it was already known (an update applied twice). */
  add(edit: FieldEdit): boolean {
    let records = this.tables.get(edit.table);
    if (!records) {
      records = new Map();
      this.tables.set(edit.table, records);
    }
    let fields = records.get(edit.recordId);
    if (!fields) {
      fields = new Map();
      records.set(edit.recordId, fields);
    }
    let register = fields.get(edit.field);
    if (!register) {
      register = { heads: new Map(), superseded: new Set(), known: new Set() };
      fields.set(edit.field, register);
    }
    if (register.known.has(edit.id)) return false;
    register.known.add(edit.id);
    for (const parent of edit.parents) {
      register.superseded.add(parent);
      register.heads.delete(parent);
    }
    if (!register.superseded.has(edit.id)) register.heads.set(edit.id, edit);
    this.updateConflict(edit.table, edit.recordId, edit.field, fields);
    // Any edit can start or end a delete-vs-edit conflict of its record.
    if (edit.field !== DELETED_FIELD) this.updateConflict(edit.table, edit.recordId, DELETED_FIELD, fields);
    return true;
  }

  registers(table: SyncTable, recordId: string): RecordRegisters | undefined {
    return this.tables.get(table)?.get(recordId);
  }

  recordIds(table: SyncTable): IterableIterator<string> {
    return (this.tables.get(table) ?? new Map<string, RecordRegisters>()).keys();
  }

  heads(table: SyncTable, recordId: string, field: string): readonly FieldEdit[] {
    return sortedHeads(this.registers(table, recordId)?.get(field));
  }

  /** The parents of a new edit: the field's heads; for '$deleted' also every other field's heads (what the deletion saw). */
  parentsFor(table: SyncTable, recordId: string, field: string): readonly string[] {
    const fields = this.registers(table, recordId);
    if (!fields) return [];
    if (field !== DELETED_FIELD) return [...(fields.get(field)?.heads.keys() ?? [])];
    return [...fields.values()].flatMap((register) => [...register.heads.keys()]);
  }

  /** The field's conflict, or undefined when its heads agree. */
  conflict(table: SyncTable, recordId: string, field: string): FieldConflict | undefined {
    const fields = this.registers(table, recordId);
    if (!fields) return undefined;
    const heads = field === DELETED_FIELD ? deletionConflictHeads(fields) : sortedHeads(fields.get(field));
    return heads.length > 0 && (field === DELETED_FIELD || disagree(heads)) ? { table, recordId, field, heads } : undefined;
  }

  conflicts(): readonly FieldConflict[] {
    const found: FieldConflict[] = [];
    for (const { table, recordId, field } of this.conflicted.values()) {
      const conflict = this.conflict(table, recordId, field);
      if (conflict) found.push(conflict);
    }
    return found;
  }

  conflictedFields(table: SyncTable, recordId: string, fields: RecordRegisters): readonly FieldConflict[] {
    const found: FieldConflict[] = [];
    for (const field of fields.keys()) {
      if (!this.conflicted.has(conflictKey(table, recordId, field))) continue;
      const conflict = this.conflict(table, recordId, field);
      if (conflict) found.push(conflict);
    }
    return found;
  }

  private updateConflict(table: SyncTable, recordId: string, field: string, fields: RecordRegisters): void {
    const key = conflictKey(table, recordId, field);
    const heads = field === DELETED_FIELD ? deletionConflictHeads(fields) : sortedHeads(fields.get(field));
    const inConflict = field === DELETED_FIELD ? heads.length > 0 : disagree(heads);
    if (inConflict) this.conflicted.set(key, { table, recordId, field });
    else this.conflicted.delete(key);
  }
}

/**
 * A delete-vs-edit conflict: the '$deleted' heads disagree (deleted and restored at once), or a
 * deletion head had not seen the current head of some other field (an edit made while, or after,
 * another analyst deleted the record). Empty when there is none. A head the deletion saw is among
 * its parents: heads only stop being heads, so it was a head when the deletion was made.
 */
function deletionConflictHeads(fields: RecordRegisters): readonly FieldEdit[] {
  const deletionHeads = sortedHeads(fields.get(DELETED_FIELD));
  if (deletionHeads.length === 0) return [];
  const deletions = deletionHeads.filter((head) => head.value === true);
  if (deletions.length === 0) return [];
  const unseen: FieldEdit[] = [];
  for (const [field, register] of fields) {
    if (field === DELETED_FIELD) continue;
    for (const head of register.heads.values()) {
      if (deletions.some((deletion) => !deletion.parents.includes(head.id))) unseen.push(head);
    }
  }
  if (unseen.length === 0 && !disagree(deletionHeads)) return [];
  return [...deletionHeads, ...unseen.sort(byId)];
}
