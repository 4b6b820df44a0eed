// The one guarded path into IndexedDB: every record is parsed with its shared zod schema before
// it is written, so the library only ever holds what the app can export and import again.
import type { z } from 'zod';
import type { Table } from 'dexie';

/** A write refused because the record breaks the model's limits; nothing was stored. */
export class RefusedWrite extends Error {
  readonly problems: readonly string[];

  constructor(what: string, problems: readonly string[], outcome = 'was not saved, nothing was changed') {
    super(`The ${what} ${outcome}: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}.`);
    this.name = 'RefusedWrite';
    this.problems = problems;
  }
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** The record as the schema reads it, or a RefusedWrite naming every problem. */
export function checkRecord<S extends z.ZodType>(schema: S, record: unknown, what: string, outcome?: string): z.output<S> {
  const parsed = schema.safeParse(record);
  if (!parsed.success) throw new RefusedWrite(what, describeIssues(parsed.error), outcome);
  return parsed.data;
}

/** Records checked and put per step of a long write. */
const CHUNK = 1_000;

/**
 * Checks and writes `records` in steps: each step's puts go to the database before the next step
 * is checked, so the database's own work on one step runs while this thread checks the next (a
 * shared library of 20,000 annotations imports without paying for the checks on top).
 */
async function checkThenWrite<T>(records: readonly T[], check: (record: T) => T, write: (checked: T[]) => Promise<unknown>): Promise<void> {
  const writes: Promise<unknown>[] = [];
  for (let start = 0; start < records.length; start += CHUNK) {
    writes.push(write(records.slice(start, start + CHUNK).map(check)));
  }
  await Promise.all(writes);
}

/**
 * Puts records after checking every one of them. Call it inside the caller's transaction: a
 * refusal throws and the transaction rolls back every put before it, so nothing is half-written.
 */
export async function checkedPut<T, K>(table: Table<T, K>, schema: z.ZodType<T>, records: readonly T[], what: string): Promise<void> {
  if (records.length === 0) return;
  if (records.length === 1) return void (await table.put(checkRecord(schema, records[0], what)));
  await checkThenWrite(records, (record) => checkRecord(schema, record, what), (checked) => table.bulkPut(checked));
}

/** Adds records (refusing an existing key) after checking every one of them. */
export async function checkedAdd<T, K>(table: Table<T, K>, schema: z.ZodType<T>, records: readonly T[], what: string): Promise<void> {
  if (records.length === 0) return;
  if (records.length === 1) return void (await table.add(checkRecord(schema, records[0], what)));
  await checkThenWrite(records, (record) => checkRecord(schema, record, what), (checked) => table.bulkAdd(checked));
}
