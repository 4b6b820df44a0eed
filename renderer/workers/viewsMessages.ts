// What the window and the views worker say to each other: a view watches a query (answered at
// once and again after every change to the library), or asks a one-off question (a CSV, the
// claim suggestions).
import type { ActorOverview } from '../../shared/actors/actorOverview';
import { NO_CLAIM_FILTER, type ClaimFilter } from '../../shared/claims/claimFilter';
import { CLAIMS_PAGE, type ClaimsPage } from '../../shared/claims/claimsPage';
import type { ClaimSuggestion } from '../../shared/claims/claimSuggestions';
import type { Actor } from '../../shared/model';
import type { PackedTimeline } from '../../shared/timeline/packedTimeline';
import type { TimelineFilter } from '../../shared/timeline/timelineEvents';

export type ViewQuery =
  | { readonly view: 'actors' }
  | { readonly view: 'claims'; readonly filter: ClaimFilter; readonly limit: number }
  | { readonly view: 'timeline'; readonly filter: TimelineFilter };

/** `complete` is false while the worker still reads the library and answered from a first part. */
export type ViewAnswer =
  | { readonly view: 'actors'; readonly overview: ActorOverview; readonly records: readonly Actor[]; readonly complete: boolean }
  | { readonly view: 'claims'; readonly page: ClaimsPage; readonly titles: readonly (readonly [string, string])[]; readonly complete: boolean }
  | { readonly view: 'timeline'; readonly packed: PackedTimeline; readonly actors: readonly string[]; readonly complete: boolean };

/** What the Claims tab asks first: its first page, unfiltered. */
export const FIRST_CLAIMS_QUERY: Extract<ViewQuery, { readonly view: 'claims' }> = { view: 'claims', filter: NO_CLAIM_FILTER, limit: CLAIMS_PAGE };

/** The same key for the same query, however its object was built. */
export function viewQueryKey(query: ViewQuery): string {
  if (query.view === 'actors') return 'actors';
  if (query.view === 'claims') return `claims|${query.limit}|${JSON.stringify(Object.entries(query.filter).sort(([a], [b]) => a.localeCompare(b)))}`;
  return `timeline|${JSON.stringify(Object.entries(query.filter).sort(([a], [b]) => a.localeCompare(b)))}`;
}

export type ViewQuestion =
  | { readonly ask: 'claimsCsv'; readonly filter: ClaimFilter }
  | { readonly ask: 'timelineCsv'; readonly filter: TimelineFilter }
  | { readonly ask: 'claimSuggestions'; readonly dismissed: readonly string[]; readonly limit: number };

export type QuestionAnswer =
  | { readonly ask: 'claimsCsv' | 'timelineCsv'; readonly csv: string }
  | { readonly ask: 'claimSuggestions'; readonly suggestions: readonly ClaimSuggestion[]; readonly total: number };

export type ViewsRequest =
  | { readonly type: 'prepare' }
  | { readonly type: 'watch'; readonly id: number; readonly query: ViewQuery }
  | { readonly type: 'unwatch'; readonly id: number }
  | { readonly type: 'ask'; readonly id: number; readonly question: ViewQuestion };

export type ViewsReply =
  | { readonly type: 'view'; readonly id: number; readonly answer: ViewAnswer }
  | { readonly type: 'answer'; readonly id: number; readonly answer: QuestionAnswer }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
