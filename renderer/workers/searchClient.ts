// The window's side of the search workers: one per shard of the index (searchShards.ts), started
// with the workbench for the life of the window. A query goes to every shard and comes back as one
// answer merged from theirs; the shards' index statuses reach listeners as one status, and their
// update notices with the open query's answer merged afresh. Without Worker (unit tests) search
// reports itself unavailable.
import type { SearchLimits, SearchOutcome } from '../../shared/search/searchResults';
import { mergeShardAnswers } from '../../shared/search/searchShards';
import { onSearchedWrites } from '../db/searchedWrites';
import type { IndexStatus } from './searchIndexer';
import type { SearchReply, SearchRequest } from './searchMessages';

export type SearchStatus = IndexStatus | { readonly state: 'unavailable' };

export interface SearchAnswer {
  readonly outcome: SearchOutcome;
  /**
   * The engine's time and the whole answer's in the worker: for a query, the slowest shard's (the
   * shards answer at once); for the open query answered after a change, the changed shard's.
   */
  readonly engineMs: number;
  readonly totalMs: number;
}

/**
 * Two shards, so a query runs on two cores: the engine's time grows with the documents a common
 * word matches, and each shard holds about half. One on a single-core machine. A change of the
 * count changes the saved indexes' keys, so the shards then build afresh.
 */
function shardCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.min(2, Math.max(1, cores));
}

interface Pending {
  readonly parts: (SearchAnswer | undefined)[];
  readonly limits: SearchLimits | undefined;
  readonly resolve: (answer: SearchAnswer) => void;
}

let workers: Worker[] = [];
let status: SearchStatus = { state: 'loading' };
let shardStatuses: (IndexStatus | undefined)[] = [];
/** Each shard's progress through its last build or large change, for one progress bar. */
let progress: ({ done: number; total: number } | undefined)[] = [];
/** Each shard's build time, when it ended a build since the library was last ready. */
let builtMs: (number | undefined)[] = [];
let nextId = 1;
const pending = new Map<number, Pending>();
/** The open query (the search field's), with each shard's latest answer to it. */
let followed: { readonly id: number; readonly query: string; readonly limits: SearchLimits | undefined; readonly parts: (SearchOutcome | undefined)[] } | null = null;
const statusListeners = new Set<(status: SearchStatus) => void>();
const updateListeners = new Set<(fresh: SearchAnswer | null) => void>();

/** The library's status from its shards': failed if one failed, building while one builds, ready when all are. */
function combinedStatus(arrived: IndexStatus): IndexStatus {
  const failed = shardStatuses.find((shard) => shard?.state === 'failed');
  if (failed) return failed;
  if (shardStatuses.some((shard) => shard?.state === 'building')) {
    const parts = progress.filter((part) => part !== undefined);
    return { state: 'building', done: parts.reduce((sum, part) => sum + part.done, 0), total: parts.reduce((sum, part) => sum + part.total, 0) };
  }
  if (shardStatuses.some((shard) => shard?.state !== 'ready')) return { state: 'loading' };
  progress = progress.map(() => undefined);
  const documents = shardStatuses.reduce((sum, shard) => sum + (shard?.state === 'ready' ? shard.documents : 0), 0);
  // A build's time when the status that completes the library ends one: the later shard's (both
  // start at once, and the second waits for the first: one builds at a time, searchIndexer.ts).
  const built = arrived.state === 'ready' && arrived.buildMs !== undefined ? Math.max(...builtMs.map((ms) => ms ?? 0)) : undefined;
  builtMs = builtMs.map(() => undefined);
  return { state: 'ready', documents, ...(built === undefined ? {} : { buildMs: built }) };
}

function takeStatus(shard: number, arrived: IndexStatus): void {
  shardStatuses[shard] = arrived;
  if (arrived.state === 'ready' && arrived.buildMs !== undefined) builtMs[shard] = arrived.buildMs;
  if (arrived.state === 'building') progress[shard] = { done: arrived.done, total: arrived.total };
  else if (arrived.state === 'ready' && progress[shard]) progress[shard] = { done: progress[shard].total, total: progress[shard].total };
  const next = combinedStatus(arrived);
  if (next.state === 'loading' && status.state === 'loading') return;
  status = next;
  // For the benchmark and the performance panel: each state the index passes through.
  if (status.state !== 'building' || status.done === 0) performance.mark('dw:search-status', { detail: status });
  for (const listener of statusListeners) listener(status);
}

/**
 * A shard's fresh answer to the open query, merged with the others' latest: null when one has none
 * yet (ask again). A quick answer after a tag (searchResults.ts `withAddedHits`) puts a new group
 * last with the score it has in a one-document index, so its place among the other shard's groups
 * is approximate until that shard's whole answer ('fresh') follows, a moment later.
 */
function takeFresh(shard: number, fresh: SearchAnswer): SearchAnswer | null {
  const open = followed;
  if (!open || fresh.outcome.query !== open.query) return null;
  open.parts[shard] = fresh.outcome;
  const parts = open.parts.filter((part) => part !== undefined);
  if (parts.length < workers.length) return null;
  return { outcome: mergeShardAnswers(parts, open.limits), engineMs: fresh.engineMs, totalMs: fresh.totalMs };
}

function takeResults(shard: number, id: number, answer: SearchAnswer): void {
  const waiting = pending.get(id);
  if (!waiting) return;
  waiting.parts[shard] = answer;
  if (followed?.id === id) followed.parts[shard] = answer.outcome;
  const parts = waiting.parts.filter((part) => part !== undefined);
  if (parts.length < workers.length) return;
  pending.delete(id);
  waiting.resolve({
    outcome: mergeShardAnswers(parts.map((part) => part.outcome), waiting.limits),
    engineMs: Math.max(...parts.map((part) => part.engineMs)),
    totalMs: Math.max(...parts.map((part) => part.totalMs)),
  });
}

function receive(shard: number, reply: SearchReply): void {
  if (reply.type === 'status') takeStatus(shard, reply.status);
  else if (reply.type === 'updated') {
    // For the benchmark: when the worker had the change and had indexed it, on this window's clock.
    performance.mark('dw:search-index-updated', { detail: { receivedAt: reply.receivedAt - performance.timeOrigin, indexedAt: reply.indexedAt - performance.timeOrigin } });
    const fresh = reply.fresh ? takeFresh(shard, reply.fresh) : null;
    for (const listener of updateListeners) listener(fresh);
  } else if (reply.type === 'fresh') {
    const fresh = takeFresh(shard, { outcome: reply.outcome, engineMs: reply.engineMs, totalMs: reply.totalMs });
    if (fresh) for (const listener of updateListeners) listener(fresh);
  } else takeResults(shard, reply.id, { outcome: reply.outcome, engineMs: reply.engineMs, totalMs: reply.totalMs });
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
  shardStatuses = Array.from({ length: shards }, () => undefined);
  progress = Array.from({ length: shards }, () => undefined);
  builtMs = Array.from({ length: shards }, () => undefined);
  workers = Array.from({ length: shards }, (_, shard) => {
    const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: shards === 1 ? 'search' : `search ${shard + 1} of ${shards}` });
    worker.onmessage = (event: MessageEvent<SearchReply>) => receive(shard, event.data);
    worker.onerror = (event) => receive(shard, { type: 'status', status: { state: 'failed', message: event.message || 'the search worker failed to start' } });
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
  return new Promise((resolve) => {
    pending.set(id, { parts: workers.map(() => undefined), limits, resolve });
    if (follow) followed = { id, query, limits, parts: workers.map(() => undefined) };
    send({ type: 'search', id, query, ...(limits ? { limits } : {}), ...(follow ? { follow } : {}) });
  });
}

/** The search field has no open query any more. */
export function unfollowSearch(): void {
  followed = null;
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
