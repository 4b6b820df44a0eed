// The records this window writes to the searched tables, handed over when their transaction
// commits: the search index takes an annotation in straight from here, with no change notice to
// wait for and no read of IndexedDB (docs/search.md, "Changes"). One listener of the committed-writes
// feed (committedWrites.ts), so every write path (tagging, the editor, imports, undo, deletes,
// dossiers, a colleague's changes applied by sync) passes through it.
import type Dexie from 'dexie';
import type { Annotation, Dossier } from '../../shared/model';
import { onCommittedWrites, type CommittedBatch } from './committedWrites';
import { db } from './database';

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

/** Records per transaction handed over; a larger write is left to the worker's change notice. */
const LARGEST_CARRIED = 200;

const SEARCHED_TABLES = ['sources', 'sourceTexts', 'annotations', 'dossiers'] as const;

function hasId(value: unknown): value is { readonly id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/** The batch as the search index takes it, or null for a large write (an import), left to the change notice. */
export function searchedWritesOf(batch: CommittedBatch): SearchedWrites | null {
  // Copying a large write whole to the worker would hold the window, and it is indexing work
  // with progress anyway.
  if (batch.writes.length > LARGEST_CARRIED) return null;
  const annotations = new Map<string, Annotation>();
  const dossiers = new Map<string, Dossier>();
  const keys = { sources: new Set<string>(), annotations: new Set<string>(), dossiers: new Set<string>() };
  let all = batch.rangeDeletes.length > 0;
  for (const write of batch.writes) {
    if (typeof write.key !== 'string') {
      all = true;
      continue;
    }
    if (write.table === 'sources' || write.table === 'sourceTexts') {
      keys.sources.add(write.key);
      continue;
    }
    const records = write.table === 'annotations' ? annotations : dossiers;
    (write.table === 'annotations' ? keys.annotations : keys.dossiers).add(write.key);
    // A later write in the same transaction wins: a record carried whole, then deleted (or
    // updated by change specs), is read again by the worker, and found missing (or whole).
    if (write.whole && hasId(write.after)) (records as Map<string, unknown>).set(write.key, write.after);
    else records.delete(write.key);
  }
  return {
    annotations: [...annotations.values()],
    dossiers: [...dossiers.values()],
    sourceKeys: [...keys.sources],
    annotationKeys: [...keys.annotations].filter((key) => !annotations.has(key)),
    dossierKeys: [...keys.dossiers].filter((key) => !dossiers.has(key)),
    all,
  };
}

/** Called after each transaction that wrote a source, text, annotation or dossier; returns the unsubscribe. */
export function onSearchedWrites(listener: (writes: SearchedWrites) => void, database: Dexie = db): () => void {
  return onCommittedWrites(
    database,
    SEARCHED_TABLES,
    (batch) => {
      const writes = searchedWritesOf(batch);
      if (writes) listener(writes);
    },
    // The records as written are enough (no read of each one before), and a colleague's changes
    // applied by team sync are news to the index too.
    { before: false, unobserved: true },
  );
}
