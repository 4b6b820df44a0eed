// The records this window writes to the searched tables, handed over when their transaction
// commits: the search index takes an annotation in straight from here, with no change notice to
// wait for and no read of IndexedDB (docs/search.md, "Changes"). A Dexie middleware, so every
// write path (tagging, the editor, imports, undo, deletes, dossiers) passes through it.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { Annotation, Dossier } from '../../shared/model';

/** What one committed transaction wrote to the searched tables. */
export interface SearchedWrites {
  /** Annotations and dossiers as written, whole. */
  readonly annotations: readonly Annotation[];
  readonly dossiers: readonly Dossier[];
  /** Keys to read again: sources (and their texts), and records written in a form not carried whole. */
  readonly sourceKeys: readonly string[];
  readonly annotationKeys: readonly string[];
  readonly dossierKeys: readonly string[];
  /** A range was deleted (a clear): which records went is not known. */
  readonly all: boolean;
}

interface Pending {
  annotations: Map<string, Annotation>;
  dossiers: Map<string, Dossier>;
  sourceKeys: Set<string>;
  annotationKeys: Set<string>;
  dossierKeys: Set<string>;
  all: boolean;
}

/** Records per transaction handed over; a larger write is left to the worker's change notice. */
const LARGEST_CARRIED = 200;

const listeners = new Set<(writes: SearchedWrites) => void>();
const pendingOf = new WeakMap<object, Pending>();

/** Called after each transaction that wrote a source, text, annotation or dossier; returns the unsubscribe. */
export function onSearchedWrites(listener: (writes: SearchedWrites) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function pendingFor(trans: object): Pending {
  const pending = pendingOf.get(trans);
  if (pending) return pending;
  const created: Pending = { annotations: new Map(), dossiers: new Map(), sourceKeys: new Set(), annotationKeys: new Set(), dossierKeys: new Set(), all: false };
  pendingOf.set(trans, created);
  // The IndexedDB transaction underneath: the records count only once it commits.
  const target = trans as Partial<EventTarget>;
  target.addEventListener?.('complete', () => {
    // A large write (an import) is left to the change notice: copying it whole to the worker would
    // hold the window, and it is indexing work with progress anyway.
    if (created.sourceKeys.size + created.annotationKeys.size + created.dossierKeys.size > LARGEST_CARRIED) return;
    const writes: SearchedWrites = {
      annotations: [...created.annotations.values()],
      dossiers: [...created.dossiers.values()],
      sourceKeys: [...created.sourceKeys],
      annotationKeys: [...created.annotationKeys].filter((key) => !created.annotations.has(key)),
      dossierKeys: [...created.dossierKeys].filter((key) => !created.dossiers.has(key)),
      all: created.all,
    };
    for (const listener of listeners) listener(writes);
  });
  return created;
}

function hasId(value: unknown): value is { readonly id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

function noteKey(table: string, key: unknown, pending: Pending, reread: boolean): void {
  if (typeof key !== 'string') {
    pending.all = true;
    return;
  }
  if (table === 'sources' || table === 'sourceTexts') pending.sourceKeys.add(key);
  else if (table === 'annotations') pending.annotationKeys.add(key);
  else pending.dossierKeys.add(key);
  // A later write in the same transaction wins: a record carried whole, then deleted, is read again.
  if (reread) (table === 'annotations' ? pending.annotations : pending.dossiers).delete(key);
}

function note(table: string, request: DBCoreMutateRequest, pending: Pending): void {
  if (request.type === 'deleteRange') {
    pending.all = true;
    return;
  }
  if (request.type === 'delete') {
    // The key is read again by the worker, and found missing.
    for (const key of request.keys as readonly unknown[]) noteKey(table, key, pending, true);
    return;
  }
  // A write not carried whole (an update by change specs) is read again too.
  const whole = !('updates' in request && request.updates) && request.values.every(hasId);
  const keys: readonly unknown[] = request.keys ?? request.values.map((value: unknown) => (hasId(value) ? value.id : undefined));
  for (const key of keys) noteKey(table, key, pending, !whole);
  if (!whole) return;
  if (table === 'annotations') for (const value of request.values as readonly Annotation[]) pending.annotations.set(value.id, value);
  else if (table === 'dossiers') for (const value of request.values as readonly Dossier[]) pending.dossiers.set(value.id, value);
}

const SEARCHED = new Set(['sources', 'sourceTexts', 'annotations', 'dossiers']);

/** Registered on the window's database before it opens (database.ts). */
export const searchedWritesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'searchedWrites',
  create: (down: DBCore): Partial<DBCore> => ({
    ...down,
    table: (name: string): DBCoreTable => {
      const table = down.table(name);
      if (!SEARCHED.has(name)) return table;
      return {
        ...table,
        // Continued with Dexie's own promise's then, as Dexie's own middlewares do, so the
        // transaction's zone carries on (an await here hung a large import in a first try).
        mutate: (request) =>
          table.mutate(request).then((response) => {
            if (listeners.size > 0) note(name, request, pendingFor(request.trans));
            return response;
          }),
      };
    },
  }),
};
