// What the window and the search worker say to each other.
import type { SearchLimits, SearchOutcome } from '../../shared/search/searchResults';
import type { SearchedWrites } from '../db/searchedWrites';
import type { IndexStatus } from './searchIndexer';

export type SearchRequest =
  | { readonly type: 'search'; readonly id: number; readonly query: string; readonly limits?: SearchLimits }
  /** Keeps later searches to these annotations (the filters' choice), or lifts that with null. */
  | { readonly type: 'restrict'; readonly annotationIds: readonly string[] | null }
  | { readonly type: 'rebuild' }
  | { readonly type: 'refresh' }
  /** What a transaction of the window wrote, sent when it committed (renderer/db/searchedWrites.ts). */
  | { readonly type: 'written'; readonly writes: SearchedWrites }
  /** Holds changes (kept, not lost) until as many resumes: a large import writes without indexing beside it. */
  | { readonly type: 'pause' }
  | { readonly type: 'resume' };

export type SearchReply =
  | { readonly type: 'status'; readonly status: IndexStatus }
  /** The index took in a change; `receivedAt` / `indexedAt`: when the worker had it and had indexed it (epoch ms, for the benchmark's stages). */
  | { readonly type: 'updated'; readonly receivedAt: number; readonly indexedAt: number }
  /** `engineMs`: the engine's own search in this query; `totalMs`: the whole answer in the worker, snippets included. */
  | { readonly type: 'results'; readonly id: number; readonly outcome: SearchOutcome; readonly engineMs: number; readonly totalMs: number };
