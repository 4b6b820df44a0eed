// Every committed write to chosen tables, with each record as it was before and after, for the
// team sync bridge (renderer/sync/). A DBCore middleware sees the write inside its transaction
// (so the earlier record can be read there) and reports it only once the transaction commits.
// While nobody listens it passes writes straight through; writes made through `runUnobserved`
// (the bridge applying a colleague's changes) are never reported, so nothing is echoed back.
import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';

export interface CommittedWrite {
  readonly table: string;
  readonly key: unknown;
  /** The record before the write; undefined when it is new. */
  readonly before: unknown;
  /** The record written; undefined when it was deleted. */
  readonly after: unknown;
}

export interface CommittedBatch {
  readonly writes: readonly CommittedWrite[];
  /** Tables cleared or deleted from by range: their keys are not known one by one. */
  readonly rangeDeletes: readonly string[];
}

type Listener = (batch: CommittedBatch) => void;

interface Watch {
  readonly tables: ReadonlySet<string>;
  readonly listener: Listener;
}

interface Collected {
  writes: CommittedWrite[];
  rangeDeletes: Set<string>;
}

const watches = new WeakMap<Dexie, Set<Watch>>();
/** Transactions (the IndexedDB transaction under Dexie's) whose writes are not reported. */
const unobserved = new WeakSet<object>();

function watchesOf(database: Dexie): Set<Watch> {
  let set = watches.get(database);
  if (!set) watches.set(database, (set = new Set()));
  return set;
}

function watchedTables(database: Dexie): ReadonlySet<string> {
  return new Set([...watchesOf(database)].flatMap((watch) => [...watch.tables]));
}

/** Keys a mutate request writes or deletes, in the order of its values. */
function requestKeys(table: DBCoreTable, req: DBCoreMutateRequest): readonly unknown[] | null {
  if (req.type === 'delete') return req.keys;
  if (req.type === 'deleteRange') return null;
  const extract = table.schema.primaryKey.extractKey;
  return req.keys ?? (extract ? req.values.map((value) => extract(value)) : null);
}

function report(database: Dexie, collected: Collected): void {
  for (const watch of watchesOf(database)) {
    const writes = collected.writes.filter((write) => watch.tables.has(write.table));
    const rangeDeletes = [...collected.rangeDeletes].filter((table) => watch.tables.has(table));
    if (writes.length === 0 && rangeDeletes.length === 0) continue;
    try {
      watch.listener({ writes, rangeDeletes });
    } catch (error) {
      // A listener's failure must never turn into a failed write of the library.
      console.error('A committed-write listener failed', error);
    }
  }
}

/** Installs the middleware on a database before it opens (called by its constructor). */
export function watchCommittedWrites(database: Dexie): void {
  const collecting = new WeakMap<object, Collected>();
  const collectedFor = (trans: object): Collected => {
    let collected = collecting.get(trans);
    if (!collected) {
      const fresh: Collected = { writes: [], rangeDeletes: new Set() };
      collecting.set(trans, fresh);
      (trans as IDBTransaction).addEventListener('complete', () => report(database, fresh));
      collected = fresh;
    }
    return collected;
  };
  database.use({
    stack: 'dbcore',
    name: 'committedWrites',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName: string): DBCoreTable => {
        const table = down.table(tableName);
        return {
          ...table,
          // Chained with `then`, never `async`/`await`: a native promise here would leave Dexie's
          // transaction zone, and a large write (an import of 2,000 annotations) never completed.
          mutate: (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
            if (unobserved.has(req.trans) || !watchedTables(database).has(tableName)) return table.mutate(req);
            if (req.type === 'deleteRange') {
              collectedFor(req.trans).rangeDeletes.add(tableName);
              return table.mutate(req);
            }
            const keys = requestKeys(table, req);
            if (!keys) return table.mutate(req);
            return table.getMany({ trans: req.trans, keys: [...keys] }).then((before) =>
              table.mutate(req).then((response) => {
                const collected = collectedFor(req.trans);
                keys.forEach((key, index) => {
                  if (response.failures[index]) return;
                  const after = req.type === 'delete' ? undefined : req.values[index];
                  collected.writes.push({ table: tableName, key, before: before[index], after });
                });
                return response;
              }),
            );
          },
        };
      },
    }),
  });
}

/** Calls `listener` after each committed transaction that wrote one of `tables`; returns the unsubscribe. */
export function onCommittedWrites(database: Dexie, tables: readonly string[], listener: Listener): () => void {
  const watch: Watch = { tables: new Set(tables), listener };
  watchesOf(database).add(watch);
  return () => {
    watchesOf(database).delete(watch);
  };
}

/** Runs `work` in one read-write transaction over `tables` whose writes no listener hears of. */
export function runUnobserved<T>(database: Dexie, tables: readonly string[], work: () => Promise<T>): Promise<T> {
  return database.transaction('rw', [...tables], async (transaction) => {
    unobserved.add(transaction.idbtrans);
    return work();
  });
}
