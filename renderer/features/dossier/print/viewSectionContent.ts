// A view section's content for the PDF: the claims table or the timeline computed from the
// library for the section's filter, at the moment of printing. Long results are cut, and say so.
import { describeClaimFilter, filterClaimRows } from '../../../../shared/claims/claimFilter';
import { buildClaimRows, countByStatus, type ClaimRow, type ClaimStatus } from '../../../../shared/claims/claimStatus';
import { timelineEvents, timelineLanes, type TimelineEvent } from '../../../../shared/timeline/timelineEvents';
import { claimFilterFrom, describeTimelineFilter, timelineFilterFrom } from '../../../../shared/timeline/viewSections';
import type { ViewLibrary } from '../../../db/views';
import type { ViewItem } from '../model/dossierItems';

/** Rows printed at most per section: a section is a summary, the CSV holds everything. */
export const PRINTED_ROWS = 300;

export type ViewSectionContent =
  | { readonly view: 'claims'; readonly filter: string; readonly rows: readonly ClaimRow[]; readonly total: number; readonly counts: Readonly<Record<ClaimStatus, number>> }
  | { readonly view: 'timeline'; readonly filter: string; readonly events: readonly TimelineEvent[]; readonly total: number; readonly lanes: readonly string[] };

export function viewSectionContent(item: ViewItem, library: ViewLibrary): ViewSectionContent {
  if (item.view === 'claims') {
    const filter = claimFilterFrom(item.filter);
    const rows = filterClaimRows(buildClaimRows(library.annotations, library.links), filter);
    return { view: 'claims', filter: describeClaimFilter(filter), rows: rows.slice(0, PRINTED_ROWS), total: rows.length, counts: countByStatus(rows) };
  }
  const filter = timelineFilterFrom(item.filter);
  const events = timelineEvents(library.annotations, filter);
  const shown = events.slice(0, PRINTED_ROWS);
  return { view: 'timeline', filter: describeTimelineFilter(filter), events: shown, total: events.length, lanes: timelineLanes(shown, filter.lanes) };
}
