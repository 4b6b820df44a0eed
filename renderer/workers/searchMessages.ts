// What the window and the search worker say to each other.
import type { SearchLimits, SearchOutcome } from '../../shared/search/searchResults';
import type { SearchedWrites } from '../db/searchedWrites';
import type { IndexStatus } from './searchIndexer';

export type SearchRequest =
  /** First, and once: which shard of the library this worker holds (searchShards.ts). */
  | { readonly type: 'start'; readonly shard: number; readonly shards: number }
  /** `follow`: the search field's open query, answered afresh (pushed) after each change the index takes in. */
  | { readonly type: 'search'; readonly id: number; readonly query: string; readonly limits?: SearchLimits; readonly follow?: boolean }
  /** The search field has no query open any more: nothing to answer after changes. */
  | { readonly type: 'unfollow' }
  /** Keeps later searches to these annotations (the filters' choice), or lifts that with null. */
  | { readonly type: 'restrict'; readonly annotationIds: readonly string[] | null }
  | { readonly type: 'rebuild' }
  | { readonly type: 'refresh' }
  /** What a transaction of the window wrote, sent when it committed (renderer/db/searchedWrites.ts). */
  | { readonly type: 'written'; readonly writes: SearchedWrites }
  /** Holds changes (kept, not lost) until as many resumes: a large import writes without indexing beside it. */
  | { readonly type: 'pause' }
  | { readonly type: 'resume' };

/** The open query answered again right after the index took in a change: no round trip through the window. */
export interface FreshAnswer {
  readonly outcome: SearchOutcome;
  readonly engineMs: number;
  readonly totalMs: number;
}

export type SearchReply =
  | { readonly type: 'status'; readonly status: IndexStatus }
  /** The index took in a change; `receivedAt` / `indexedAt`: when the worker had it and had indexed it (epoch ms, for the benchmark's stages). */
  | { readonly type: 'updated'; readonly receivedAt: number; readonly indexedAt: number; readonly fresh?: FreshAnswer }
  /** The open query answered again after a quick answer merged in a tag's hit: the same hits ranked among all. */
  | ({ readonly type: 'fresh' } & FreshAnswer)
  /** `engineMs`: the engine's own search in this query; `totalMs`: the whole answer in the worker, snippets included. */
  | { readonly type: 'results'; readonly id: number; readonly outcome: SearchOutcome; readonly engineMs: number; readonly totalMs: number }
  /** Query `id` could not be answered: what went wrong, said in the window; the shard answers the next. */
  | { readonly type: 'unanswered'; readonly id: number; readonly message: string };
