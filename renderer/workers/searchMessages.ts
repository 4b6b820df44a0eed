// What the window and the search worker say to each other.
import type { SearchLimits, SearchOutcome } from '../../shared/search/searchResults';
import type { IndexStatus } from './searchIndexer';

export type SearchRequest =
  | { readonly type: 'search'; readonly id: number; readonly query: string; readonly limits?: SearchLimits }
  /** Keeps later searches to these annotations (the filters' choice), or lifts that with null. */
  | { readonly type: 'restrict'; readonly annotationIds: readonly string[] | null }
  | { readonly type: 'rebuild' }
  | { readonly type: 'refresh' };

export type SearchReply =
  | { readonly type: 'status'; readonly status: IndexStatus }
  | { readonly type: 'updated' }
  /** `engineMs`: the engine's own search in this query; `totalMs`: the whole answer in the worker, snippets included. */
  | { readonly type: 'results'; readonly id: number; readonly outcome: SearchOutcome; readonly engineMs: number; readonly totalMs: number };
