// The one feed of the library's committed writes: a DBCore middleware sees each write inside its
// transaction and reports it to the listeners of its tables once the transaction commits. Two
// listen: the search index (searchedWrites.ts, the records as written) and team sync (renderer/sync/,
// which also wants each record as it was before, read in the same transaction only while it listens).
// While nobody listens to a table its writes pass straight through; writes made through
// `runUnobserved` (sync applying a colleague's changes) are not reported to sync, so nothing is
// echoed back, but still to the search index.
import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';

export interface CommittedWrite {
  readonly table: string;
  readonly key: unknown;
  /** The record before the write; undefined when it is new, or when no listener asked for it. */
  readonly before: unknown;
  /** The record written; undefined when it was deleted. */
  readonly after: unknown;
  /** False when `after` is not the whole record (an update by change specs): read it again if it matters. */
  readonly whole: boolean;
}

export interface CommittedBatch {
  readonly writes: readonly CommittedWrite[];
  /** Tables cleared or deleted from by range: their keys are not known one by one. */
  readonly rangeDeletes: readonly string[];
}

type Listener = (batch: CommittedBatch) => void;

export interface WatchOptions {
  /** Read each record as it was before the write (one read more per write): team sync's merge needs it. Default true. */
  readonly before?: boolean;
  /** Hear writes made through `runUnobserved` too (the search index must see a colleague's changes). Default false. */
  readonly unobserved?: boolean;
}

interface Watch {
  readonly tables: ReadonlySet<string>;
  readonly listener: Listener;
  readonly before: boolean;
  readonly unobserved: boolean;
}

interface Collected {
  readonly unobserved: boolean;
  readonly writes: CommittedWrite[];
  readonly rangeDeletes: Set<string>;
}

const watches = new WeakMap<Dexie, Set<Watch>>();
/** Transactions (the IndexedDB transaction under Dexie's) whose writes sync does not hear of. */
const unobserved = new WeakSet<object>();

function watchesOf(database: Dexie): Set<Watch> {
  let set = watches.get(database);
  if (!set) watches.set(database, (set = new Set()));
  return set;
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
    if (collected.unobserved && !watch.unobserved) continue;
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

/** What the listeners of `tableName` need from a write in `trans`: nothing (null), or whether to read the records before. */
function needs(database: Dexie, tableName: string, trans: object): { readonly before: boolean } | null {
  const hidden = unobserved.has(trans);
  let heard = false;
  let before = false;
  for (const watch of watchesOf(database)) {
    if (!watch.tables.has(tableName) || (hidden && !watch.unobserved)) continue;
    heard = true;
    if (watch.before) before = true;
  }
  return heard ? { before } : null;
}

/** Installs the middleware on a database before it opens (called by its constructor). */
export function watchCommittedWrites(database: Dexie): void {
  const collecting = new WeakMap<object, Collected>();
  const collectedFor = (trans: object): Collected => {
    let collected = collecting.get(trans);
    if (!collected) {
      const fresh: Collected = { unobserved: unobserved.has(trans), writes: [], rangeDeletes: new Set() };
      collecting.set(trans, fresh);
      (trans as IDBTransaction).addEventListener('complete', () => report(database, fresh));
      collected = fresh;
    }
    return collected;
  };
  const collect = (tableName: string, req: DBCoreMutateRequest, keys: readonly unknown[], before: readonly unknown[] | null, response: DBCoreMutateResponse): void => {
    const collected = collectedFor(req.trans);
    const whole = req.type === 'delete' || !('updates' in req && req.updates);
    keys.forEach((key, index) => {
      if (response.failures[index]) return;
      const after = req.type === 'delete' || req.type === 'deleteRange' ? undefined : req.values[index];
      collected.writes.push({ table: tableName, key, before: before?.[index], after, whole });
    });
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
            const need = needs(database, tableName, req.trans);
            if (!need) return table.mutate(req);
            if (req.type === 'deleteRange') {
              collectedFor(req.trans).rangeDeletes.add(tableName);
              return table.mutate(req);
            }
            const keys = requestKeys(table, req);
            if (!keys) return table.mutate(req);
            if (!need.before) return table.mutate(req).then((response) => (collect(tableName, req, keys, null, response), response));
            return table
              .getMany({ trans: req.trans, keys: [...keys] })
              .then((before) => table.mutate(req).then((response) => (collect(tableName, req, keys, before, response), response)));
          },
        };
      },
    }),
  });
}

/**
 * Calls `listener` after each committed transaction that wrote one of `tables`; returns the
 * unsubscribe. By default (team sync) with each record as it was before, and not for writes made
 * through `runUnobserved`.
 */
export function onCommittedWrites(database: Dexie, tables: readonly string[], listener: Listener, options: WatchOptions = {}): () => void {
  const watch: Watch = { tables: new Set(tables), listener, before: options.before ?? true, unobserved: options.unobserved ?? false };
  watchesOf(database).add(watch);
  return () => {
    watchesOf(database).delete(watch);
  };
}

/** Runs `work` in one read-write transaction over `tables` whose writes sync's listener does not hear of. */
export function runUnobserved<T>(database: Dexie, tables: readonly string[], work: () => Promise<T>): Promise<T> {
  return database.transaction('rw', [...tables], async (transaction) => {
    unobserved.add(transaction.idbtrans);
    return work();
  });
}
