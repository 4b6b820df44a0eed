// A view section in the composer: which view, for which filter. Its rows are computed from the
// library when the dossier is printed, so the PDF shows the claims or the timeline as they are then.
import type { ReactNode } from 'react';
import { describeClaimFilter } from '../../../../shared/claims/claimFilter';
import { claimFilterFrom, describeTimelineFilter, timelineFilterFrom } from '../../../../shared/timeline/viewSections';
import type { ViewItem } from '../model/dossierItems';

export function describeViewItem(item: ViewItem): string {
  return item.view === 'claims'
    ? `Claims table (with statuses): ${describeClaimFilter(claimFilterFrom(item.filter))}`
    : `Timeline (figure and table): ${describeTimelineFilter(timelineFilterFrom(item.filter))}`;
}

export function ViewSectionCard({ item }: { readonly item: ViewItem }): ReactNode {
  return (
    <div className="view-section-card">
      <h3 dir="auto">{item.title}</h3>
      <p>{describeViewItem(item)}</p>
      <p className="view-section-note">Printed from the library as it is when the PDF is made.</p>
    </div>
  );
}
