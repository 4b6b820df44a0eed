// The window's side of the search worker: one worker for the life of the window, started with the
// workbench; queries go to it and come back with their answers; its index status and update
// notices reach whoever listens. Without Worker (unit tests) search reports itself unavailable.
import type { SearchLimits, SearchOutcome } from '../../shared/search/searchResults';
import { onSearchedWrites } from '../db/searchedWrites';
import type { IndexStatus } from './searchIndexer';
import type { SearchReply, SearchRequest } from './searchMessages';

export type SearchStatus = IndexStatus | { readonly state: 'unavailable' };

export interface SearchAnswer {
  readonly outcome: SearchOutcome;
  readonly engineMs: number;
  readonly totalMs: number;
}

let worker: Worker | null = null;
let status: SearchStatus = { state: 'loading' };
let nextId = 1;
const pending = new Map<number, (answer: SearchAnswer) => void>();
const statusListeners = new Set<(status: SearchStatus) => void>();
const updateListeners = new Set<(fresh: SearchAnswer | null) => void>();

function receive(reply: SearchReply): void {
  if (reply.type === 'status') {
    status = reply.status;
    // For the benchmark and the performance panel: each state the index passes through.
    if (status.state !== 'building' || status.done === 0) performance.mark('dw:search-status', { detail: status });
    for (const listener of statusListeners) listener(status);
  } else if (reply.type === 'updated') {
    // For the benchmark: when the worker had the change and had indexed it, on this window's clock.
    performance.mark('dw:search-index-updated', { detail: { receivedAt: reply.receivedAt - performance.timeOrigin, indexedAt: reply.indexedAt - performance.timeOrigin } });
    for (const listener of updateListeners) listener(reply.fresh ?? null);
  } else if (reply.type === 'fresh') {
    for (const listener of updateListeners) listener({ outcome: reply.outcome, engineMs: reply.engineMs, totalMs: reply.totalMs });
  } else {
    pending.get(reply.id)?.({ outcome: reply.outcome, engineMs: reply.engineMs, totalMs: reply.totalMs });
    pending.delete(reply.id);
  }
}

function send(request: SearchRequest): void {
  startSearchWorker()?.postMessage(request);
}

/** Starts the worker once; it loads or builds the index at once. */
export function startSearchWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') {
    status = { state: 'unavailable' };
    return null;
  }
  worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'search' });
  worker.onmessage = (event: MessageEvent<SearchReply>) => receive(event.data);
  worker.onerror = (event) => receive({ type: 'status', status: { state: 'failed', message: event.message || 'the search worker failed to start' } });
  // This window's writes go to the index as they commit, before any change notice could.
  onSearchedWrites((writes) => {
    performance.mark('dw:search-written');
    send({ type: 'written', writes });
  });
  return worker;
}

/** `follow`: this is the search field's open query, which the worker answers again after each change. */
export function searchInWorker(query: string, limits?: SearchLimits, follow = false): Promise<SearchAnswer> {
  const id = nextId;
  nextId += 1;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    send({ type: 'search', id, query, ...(limits ? { limits } : {}), ...(follow ? { follow } : {}) });
  });
}

/** The search field has no open query any more. */
export function unfollowSearch(): void {
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
