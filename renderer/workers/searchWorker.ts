// Entry of a search worker: holds its shard of the library's index (searchShards.ts) for the life
// of the window, answers queries over it, and follows every write to the library: the window's own
// writes arrive whole as they commit, and every write (other tabs and workers included) through
// Dexie's change notices. Started by searchClient.ts, which tells it its shard first.
import Dexie from 'dexie';
import { createLibraryIndex, putDocuments, type StoredDocument } from '../../shared/search/libraryIndex';
import { searchLibrary, withAddedHits, type SearchLimits, type SearchOutcome } from '../../shared/search/searchResults';
import { db } from '../db/database';
import { DeferredChanges } from './deferredChanges';
import { SearchIndexer, type IndexShard } from './searchIndexer';
import type { FreshAnswer, SearchReply, SearchRequest } from './searchMessages';
import { changedSearchKeys } from './storageChanges';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchReply): void;
}

const scope = globalThis as unknown as WorkerScope;
/** The search field's open query, if any, with its last answer: answered again after every change, so a tag shows at once. */
let followed: { readonly query: string; readonly limits: SearchLimits | undefined; outcome: SearchOutcome | null } | null = null;
let restriction: ReadonlySet<string> | null = null;
const keepRestricted = (document: StoredDocument): boolean => document.kind === 'annotation' && (restriction?.has(document.annotationId) ?? true);
const filter = (): ((document: StoredDocument) => boolean) | undefined => (restriction ? keepRestricted : undefined);

function answer(searcher: SearchIndexer, query: string, limits: SearchLimits | undefined): FreshAnswer {
  const started = performance.now();
  const outcome = searcher.search(query, limits, filter());
  if (followed?.query === query && followed.limits === limits) followed.outcome = outcome;
  return { outcome, engineMs: outcome.engineMs, totalMs: performance.now() - started };
}

/** `make()`, or nothing when it throws: for answers no one waits for by id (the open query's after a change). */
function answerOrNothing(make: () => FreshAnswer | undefined): FreshAnswer | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

/**
 * The open query's answer after a change: when the change only added annotations (a tag), first
 * the last answer with the new hits merged in (the query run over just those documents, a blink),
 * then in a task of its own the whole query again, which ranks them among the rest.
 */
function freshAnswer(searcher: SearchIndexer, added: readonly StoredDocument[]): FreshAnswer | undefined {
  const open = followed;
  if (!open) return undefined;
  if (added.length === 0 || !open.outcome) return answer(searcher, open.query, open.limits);
  const started = performance.now();
  const only = createLibraryIndex();
  putDocuments(only, added);
  const outcome = withAddedHits(open.outcome, searchLibrary(only, open.query, open.limits, filter()), open.limits);
  setTimeout(() => {
    if (followed !== open) return;
    // A query that cannot be answered is not the index's failure: the quick answer stays, and
    // the window's next ask of it ends with its error.
    const whole = answerOrNothing(() => answer(searcher, open.query, open.limits));
    if (whole) scope.postMessage({ type: 'fresh', ...whole });
  }, 0);
  return { outcome, engineMs: outcome.engineMs, totalMs: performance.now() - started };
}

function startIndexer(shard: IndexShard): SearchIndexer {
  const started = new SearchIndexer(
    db,
    (status) => scope.postMessage({ type: 'status', status }),
    (receivedAt, added) => {
      const indexedAt = performance.timeOrigin + performance.now();
      // Without a fresh answer the window asks for the open query again (and hears why it failed).
      const fresh = answerOrNothing(() => freshAnswer(started, added));
      scope.postMessage({ type: 'updated', receivedAt, indexedAt, ...(fresh ? { fresh } : {}) });
    },
    shard,
  );
  void started.start().catch(() => undefined);
  return started;
}

/** Made on the client's first message, which says which shard this worker holds. */
let indexer: SearchIndexer | null = null;
const deferred = new DeferredChanges();

Dexie.on('storagemutated', (parts: Readonly<Record<string, unknown>>) => {
  const changes = changedSearchKeys(parts, db.name);
  if (!changes) return;
  if (deferred.paused) deferred.hold(changes);
  else void indexer?.update(changes).catch(() => undefined);
});

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'start') {
    indexer ??= startIndexer({ shard: request.shard, shards: request.shards });
    return;
  }
  // The client sends `start` before anything else: anything earlier is a bug to report, not to drop.
  if (!indexer) throw new Error(`the search worker was sent "${request.type}" before it was told its shard`);
  if (request.type === 'restrict') {
    restriction = request.annotationIds ? new Set(request.annotationIds) : null;
    if (followed) followed.outcome = null;
  }
  else if (request.type === 'rebuild') void indexer.rebuild().catch(() => undefined);
  else if (request.type === 'refresh') void indexer.update('all').catch(() => undefined);
  else if (request.type === 'written') {
    if (deferred.paused) deferred.holdWritten(request.writes);
    else void indexer.takeWritten(request.writes).catch(() => undefined);
  } else if (request.type === 'unfollow') followed = null;
  else if (request.type === 'pause') deferred.pause();
  else if (request.type === 'resume') {
    const held = deferred.resume();
    if (held) void indexer.update(held).catch(() => undefined);
  } else {
    if (request.follow) followed = { query: request.query, limits: request.limits, outcome: null };
    try {
      scope.postMessage({ type: 'results', id: request.id, ...answer(indexer, request.query, request.limits) });
    } catch (error) {
      // The window is waiting for this very query: it ends there, named, and the next is answered.
      scope.postMessage({ type: 'unanswered', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
};
