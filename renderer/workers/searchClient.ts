// The window's side of the search workers: one per shard of the index (searchShards.ts), started
// with the workbench for the life of the window. A query goes to every shard and comes back as one
// answer merged from theirs; the shards' index statuses reach listeners as one status, and their
// update notices with the open query's answer merged afresh (the merging is shardReplies.ts's).
// Without Worker (unit tests) search reports itself unavailable.
import type { SearchLimits } from '../../shared/search/searchResults';
import { onSearchedWrites } from '../db/searchedWrites';
import type { IndexStatus } from './searchIndexer';
import type { SearchReply, SearchRequest } from './searchMessages';
import { ShardReplies, type SearchAnswer } from './shardReplies';

export type { SearchAnswer } from './shardReplies';
export type SearchStatus = IndexStatus | { readonly state: 'unavailable' };

/**
 * Two shards, so a query runs on two cores: the engine's time grows with the documents a common
 * word matches, and each shard holds about half. One on a single-core machine. A change of the
 * count changes the saved indexes' keys, so the shards then build afresh.
 */
function shardCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.min(2, Math.max(1, cores));
}

let workers: Worker[] = [];
let replies = new ShardReplies(1);
let status: SearchStatus = { state: 'loading' };
let nextId = 1;
const pending = new Map<number, { readonly resolve: (answer: SearchAnswer) => void; readonly reject: (error: Error) => void }>();
const statusListeners = new Set<(status: SearchStatus) => void>();
const updateListeners = new Set<(fresh: SearchAnswer | null) => void>();

/** Ends query `id` with `message`: it will not be answered. */
function failPending(id: number, message: string): void {
  pending.get(id)?.reject(new Error(message));
  pending.delete(id);
}

function receive(shard: number, reply: SearchReply): void {
  if (reply.type === 'status') {
    const next = replies.status(shard, reply.status);
    if (!next) return;
    status = next;
    // For the benchmark and the performance panel: each state the index passes through.
    if (status.state !== 'building' || status.done === 0) performance.mark('dw:search-status', { detail: status });
    for (const listener of statusListeners) listener(status);
  } else if (reply.type === 'updated') {
    // For the benchmark: when the worker had the change and had indexed it, on this window's clock.
    performance.mark('dw:search-index-updated', { detail: { receivedAt: reply.receivedAt - performance.timeOrigin, indexedAt: reply.indexedAt - performance.timeOrigin } });
    const fresh = reply.fresh ? replies.fresh(shard, reply.fresh) : null;
    for (const listener of updateListeners) listener(fresh);
  } else if (reply.type === 'fresh') {
    const fresh = replies.fresh(shard, { outcome: reply.outcome, engineMs: reply.engineMs, totalMs: reply.totalMs });
    if (fresh) for (const listener of updateListeners) listener(fresh);
  } else if (reply.type === 'unanswered') {
    replies.abandon(reply.id);
    failPending(reply.id, `search shard ${shard + 1}: ${reply.message}`);
  } else {
    const answer = replies.results(shard, reply.id, { outcome: reply.outcome, engineMs: reply.engineMs, totalMs: reply.totalMs });
    if (!answer) return;
    pending.get(reply.id)?.resolve(answer);
    pending.delete(reply.id);
  }
}

function send(request: SearchRequest): void {
  for (const worker of startSearchWorkers()) worker.postMessage(request);
}

/** Starts the workers once; they load or build their shards of the index at once. */
export function startSearchWorkers(): readonly Worker[] {
  if (workers.length > 0) return workers;
  if (typeof Worker === 'undefined') {
    status = { state: 'unavailable' };
    return workers;
  }
  const shards = shardCount();
  replies = new ShardReplies(shards);
  workers = Array.from({ length: shards }, (_, shard) => {
    const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: shards === 1 ? 'search' : `search ${shard + 1} of ${shards}` });
    worker.onmessage = (event: MessageEvent<SearchReply>) => receive(shard, event.data);
    worker.onerror = (event) => {
      const message = `search shard ${shard + 1} stopped: ${event.message || 'the search worker failed to start'}`;
      receive(shard, { type: 'status', status: { state: 'failed', message } });
      // An error the worker did not catch (it failed to load, or outside a query: a query's own
      // failure comes back as 'unanswered'). The queries waiting may never be answered: they end
      // with the error (the status line says it), rather than wait for ever or show half the library.
      for (const id of replies.abandonWaiting()) failPending(id, message);
    };
    worker.postMessage({ type: 'start', shard, shards } satisfies SearchRequest);
    return worker;
  });
  // This window's writes go to the index as they commit, before any change notice could.
  onSearchedWrites((writes) => {
    performance.mark('dw:search-written');
    send({ type: 'written', writes });
  });
  return workers;
}

/** `follow`: this is the search field's open query, which the worker answers again after each change. */
export function searchInWorker(query: string, limits?: SearchLimits, follow = false): Promise<SearchAnswer> {
  startSearchWorkers();
  const id = nextId;
  nextId += 1;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    replies.asked(id, query, limits, follow);
    send({ type: 'search', id, query, ...(limits ? { limits } : {}), ...(follow ? { follow } : {}) });
  });
}

/** The search field has no open query any more. */
export function unfollowSearch(): void {
  replies.unfollow();
  send({ type: 'unfollow' });
}

/** Keeps the searches after this to the given annotations (the filters' choice); null lifts it. */
export function restrictSearch(annotationIds: readonly string[] | null): void {
  send({ type: 'restrict', annotationIds });
}

export function rebuildSearchIndex(): void {
  send({ type: 'rebuild' });
}

export function currentSearchStatus(): SearchStatus {
  return status;
}

export function onSearchStatus(listener: (status: SearchStatus) => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

/**
 * Called after the index took in a change to the library, with the open (followed) query's fresh
 * answer when there is one, or null: then an open query is asked again.
 */
export function onSearchIndexUpdated(listener: (fresh: SearchAnswer | null) => void): () => void {
  updateListeners.add(listener);
  return () => updateListeners.delete(listener);
}

/**
 * Holds the index's updates until `resumeSearchIndexing` (calls nest): for a large import, so its
 * writes do not compete with indexing them. Nothing is lost: what changed meanwhile is indexed in
 * one batch on the last resume. Queries are still answered meanwhile, from the index as it was.
 */
export function pauseSearchIndexing(): void {
  send({ type: 'pause' });
}

export function resumeSearchIndexing(): void {
  send({ type: 'resume' });
}

/** Runs `work` with indexing paused, and resumes it however the work ends. */
export async function withSearchIndexingPaused<T>(work: () => Promise<T>): Promise<T> {
  pauseSearchIndexing();
  try {
    return await work();
  } finally {
    resumeSearchIndexing();
  }
}
