// The Claims view (centre pane): every claim in the library with its answers and status, a
// filter, linking from here, suggested answers, CSV export and "add to dossier as a section".
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { describeClaimFilter, NO_CLAIM_FILTER, type ClaimFilter } from '../../../shared/claims/claimFilter';
import { CLAIMS_PAGE } from '../../../shared/claims/claimsPage';
import type { Annotation } from '../../../shared/model';
import { storedFilter } from '../../../shared/timeline/viewSections';
import { linkableAnnotations } from '../../db/annotations';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { askViews } from '../../workers/viewsClient';
import { saveCsv, useViewAnswer } from '../common/viewLibrary';
import { AddViewSectionControl } from '../dossier/AddViewSectionControl';
import { ClaimFilters } from './ClaimFilters';
import { ClaimLinkForm } from './ClaimLinkForm';
import { ClaimsTable } from './ClaimsTable';
import { ClaimSuggestions } from './ClaimSuggestions';
import './claims.css';

export function ClaimsView({ onFollow }: { readonly onFollow: (annotation: Annotation) => void }): ReactNode {
  const { notify } = useWorkbench();
  const [filter, setFilter] = useState<ClaimFilter>(NO_CLAIM_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [shown, setShown] = useState(CLAIMS_PAGE);
  // The worker groups every claim with its answers; the window gets the rows it shows and the totals.
  const query = useMemo(() => ({ view: 'claims' as const, filter, limit: shown }), [filter, shown]);
  const { answer } = useViewAnswer(query, JSON.stringify(query));
  const whole = answer?.complete === true;
  const page = answer?.page;
  const rows = page?.rows ?? [];
  const titleOf = useMemo(() => {
    const titles = new Map(answer?.titles ?? []);
    return (sourceId: string) => titles.get(sourceId) ?? '';
  }, [answer]);
  const selected = rows.find((r) => r.claim.id === selectedId)?.claim ?? null;
  // Linking searches every passage of the library: read only once a claim is chosen.
  const linkable = useLiveQuery(() => (selected ? linkableAnnotations() : undefined), [selected !== null]);
  const described = describeClaimFilter(filter);

  if (!page) return <p className="empty-inline view-loading">Reading the library…</p>;
  const exportCsv = (): void =>
    void askViews({ ask: 'claimsCsv', filter })
      .then((reply) => saveCsv(`Claims - ${described}`, 'csv' in reply ? reply.csv : ''))
      .catch((error: unknown) => notify({ tone: 'error', message: `The CSV could not be saved: ${errorMessage(error)}` }));
  return (
    <main className="pane view-pane claims-view" aria-labelledby="claims-view-heading">
      <header className="view-header">
        <h2 id="claims-view-heading">Claims</h2>
        <span role="status">
          {whole ? `${page.matching.toLocaleString('en')} of ${page.total.toLocaleString('en')} claims` : `Reading all claims: the first ${rows.length} shown…`}
        </span>
        <span className="toolbar-spacer" />
        <button type="button" onClick={exportCsv} disabled={!whole}>
          Export CSV
        </button>
        <AddViewSectionControl view="claims" title={`Claims: ${described}`} filter={storedFilter(filter)} />
      </header>
      <ClaimFilters
        disabled={!whole}
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          setShown(CLAIMS_PAGE);
        }}
        counts={page.counts}
        actors={page.actors}
        tags={page.tags}
      />
      {whole && selected && linkable ? (
        <ClaimLinkForm claim={selected} annotations={linkable.annotations} titles={linkable.titles} />
      ) : (
        <p className="view-hint">Choose a claim in the table (click, or Enter on a focused row) to link an answer to it.</p>
      )}
      {whole && <ClaimSuggestions />}
      {rows.length === 0 ? (
        <p className="empty-inline">{page.total === 0 ? 'No claims yet: tag a passage as a claim (C) in an article.' : 'No claim matches the filter.'}</p>
      ) : (
        <ClaimsTable rows={rows} selectedId={selectedId} onSelect={setSelectedId} onFollow={onFollow} titleOf={titleOf} />
      )}
      {page.matching > rows.length && (
        <button type="button" onClick={() => setShown(shown + CLAIMS_PAGE)}>
          Show {Math.min(CLAIMS_PAGE, page.matching - rows.length)} more claims
        </button>
      )}
    </main>
  );
}
