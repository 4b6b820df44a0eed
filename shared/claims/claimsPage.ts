// One page of the claims table and the totals around it, as the views worker answers the Claims
// view: the window gets the rows it paints and the counts, never the 25,000 claims behind them.
import { filterClaimRows, type ClaimFilter } from './claimFilter';
import { countByStatus, type ClaimRow, type ClaimStatus } from './claimStatus';

export interface ClaimsPage {
  /** The first `limit` rows that pass the filter, in the table's order. */
  readonly rows: readonly ClaimRow[];
  /** Rows passing the filter, and all claims. */
  readonly matching: number;
  readonly total: number;
  readonly counts: Readonly<Record<ClaimStatus, number>>;
  /** Actor and target names, and tags, of every claim (the filter's choices). */
  readonly actors: readonly string[];
  readonly tags: readonly string[];
}

/** Rows in a page of the claims table (the first page the tab shows, and each "Show more"). */
export const CLAIMS_PAGE = 100;

const distinct = (values: Iterable<string>): string[] => [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b));

export function claimsPage(rows: readonly ClaimRow[], filter: ClaimFilter, limit: number): ClaimsPage {
  const filtered = filterClaimRows(rows, filter);
  return {
    rows: filtered.slice(0, limit),
    matching: filtered.length,
    total: rows.length,
    counts: countByStatus(rows),
    actors: distinct(rows.flatMap((r) => [r.claim.actor, r.claim.target])),
    tags: distinct(rows.flatMap((r) => r.claim.tags)),
  };
}
