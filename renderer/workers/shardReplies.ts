// What the window makes of its search shards' replies (searchShards.ts): one status for the
// library from theirs, one answer to a query once every shard has answered, and the open query's
// answer merged afresh when a shard takes in a change. No workers here: searchClient.ts posts the
// messages and hands each reply to this, so the merging is tested on its own.
import type { SearchLimits, SearchOutcome } from '../../shared/search/searchResults';
import { mergeShardAnswers } from '../../shared/search/searchShards';
import type { IndexStatus } from './searchIndexer';

export interface SearchAnswer {
  readonly outcome: SearchOutcome;
  /**
   * The engine's time and the whole answer's in the worker: for a query, the slowest shard's (the
   * shards answer at once); for the open query answered after a change, the changed shard's.
   */
  readonly engineMs: number;
  readonly totalMs: number;
}

interface Waiting {
  readonly parts: (SearchAnswer | undefined)[];
  readonly limits: SearchLimits | undefined;
}

function emptyParts<T>(shards: number): (T | undefined)[] {
  return Array.from({ length: shards }, () => undefined);
}

export class ShardReplies {
  private readonly statuses: (IndexStatus | undefined)[];
  /** Each shard's progress through its last build or large change, for one progress bar. */
  private progress: ({ done: number; total: number } | undefined)[];
  /** Each shard's build time, when it ended a build since the library was last ready. */
  private builtMs: (number | undefined)[];
  private current: IndexStatus = { state: 'loading' };
  private readonly waiting = new Map<number, Waiting>();
  /** The open query (the search field's), with each shard's latest answer to it. */
  private followed: { readonly id: number; readonly query: string; readonly limits: SearchLimits | undefined; readonly parts: (SearchOutcome | undefined)[] } | null = null;

  constructor(private readonly shards: number) {
    this.statuses = emptyParts(shards);
    this.progress = emptyParts(shards);
    this.builtMs = emptyParts(shards);
  }

  /** A shard's status; the library's, when it changes what is to be said (null: nothing new). */
  status(shard: number, arrived: IndexStatus): IndexStatus | null {
    this.statuses[shard] = arrived;
    if (arrived.state === 'ready' && arrived.buildMs !== undefined) this.builtMs[shard] = arrived.buildMs;
    const before = this.progress[shard];
    if (arrived.state === 'building') this.progress[shard] = { done: arrived.done, total: arrived.total };
    else if (arrived.state === 'ready' && before) this.progress[shard] = { done: before.total, total: before.total };
    const next = this.combined(arrived);
    if (next.state === 'loading' && this.current.state === 'loading') return null;
    this.current = next;
    return next;
  }

  /** Failed if one failed, building while one builds (progress over both), ready when all are. */
  private combined(arrived: IndexStatus): IndexStatus {
    const failed = this.statuses.find((shard) => shard?.state === 'failed');
    if (failed) return failed;
    if (this.statuses.some((shard) => shard?.state === 'building')) {
      const parts = this.progress.filter((part) => part !== undefined);
      return { state: 'building', done: parts.reduce((sum, part) => sum + part.done, 0), total: parts.reduce((sum, part) => sum + part.total, 0) };
    }
    if (this.statuses.some((shard) => shard?.state !== 'ready')) return { state: 'loading' };
    const documents = this.statuses.reduce((sum, shard) => sum + (shard?.state === 'ready' ? shard.documents : 0), 0);
    // A build's time when the status that completes the library ends one: the later shard's (both
    // start at once, and the second waits for the first: one builds at a time, searchIndexer.ts).
    const built = arrived.state === 'ready' && arrived.buildMs !== undefined ? Math.max(...this.builtMs.map((ms) => ms ?? 0)) : undefined;
    this.progress = emptyParts(this.shards);
    this.builtMs = emptyParts(this.shards);
    return { state: 'ready', documents, ...(built === undefined ? {} : { buildMs: built }) };
  }

  /** A query sent to every shard under `id`; `follow`: the search field's open query. */
  asked(id: number, query: string, limits: SearchLimits | undefined, follow: boolean): void {
    this.waiting.set(id, { parts: emptyParts(this.shards), limits });
    if (follow) this.followed = { id, query, limits, parts: emptyParts(this.shards) };
  }

  unfollow(): void {
    this.followed = null;
  }

  /**
   * Every query still waiting for an answer, forgotten: a shard's worker reported an error, and
   * its answers to them may never come. The ids, so their callers can be told (a late answer to
   * one of them is then nothing).
   */
  abandonWaiting(): readonly number[] {
    const ids = [...this.waiting.keys()];
    this.waiting.clear();
    return ids;
  }

  /** Query `id` forgotten: a shard could not answer it (the other shards' answers are then nothing). */
  abandon(id: number): void {
    this.waiting.delete(id);
  }

  /** A shard's answer to query `id`; the merged answer once every shard has answered. */
  results(shard: number, id: number, answer: SearchAnswer): SearchAnswer | null {
    const waiting = this.waiting.get(id);
    if (!waiting) return null;
    waiting.parts[shard] = answer;
    if (this.followed?.id === id) this.followed.parts[shard] = answer.outcome;
    const parts = waiting.parts.filter((part) => part !== undefined);
    if (parts.length < this.shards) return null;
    this.waiting.delete(id);
    return {
      outcome: mergeShardAnswers(parts.map((part) => part.outcome), waiting.limits),
      engineMs: Math.max(...parts.map((part) => part.engineMs)),
      totalMs: Math.max(...parts.map((part) => part.totalMs)),
    };
  }

  /**
   * A shard's fresh answer to the open query, merged with the others' latest: null when it is not
   * the open query's or one shard has none yet (ask again). A quick answer after a tag
   * (searchResults.ts `withAddedHits`) puts a new group last with the score it has in a
   * one-document index, so its place among the other shard's groups is approximate until that
   * shard's whole answer ('fresh') follows, a moment later.
   */
  fresh(shard: number, fresh: SearchAnswer): SearchAnswer | null {
    const open = this.followed;
    if (!open || fresh.outcome.query !== open.query) return null;
    open.parts[shard] = fresh.outcome;
    const parts = open.parts.filter((part) => part !== undefined);
    if (parts.length < this.shards) return null;
    return { outcome: mergeShardAnswers(parts, open.limits), engineMs: fresh.engineMs, totalMs: fresh.totalMs };
  }
}
