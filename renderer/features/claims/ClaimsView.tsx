// The Claims view (centre pane): every claim in the library with its answers and status, a
// filter, linking from here, suggested answers, CSV export and "add to dossier as a section".
import { useMemo, useState, type ReactNode } from 'react';
import { claimsCsv } from '../../../shared/claims/claimsCsv';
import { describeClaimFilter, filterClaimRows, NO_CLAIM_FILTER, type ClaimFilter } from '../../../shared/claims/claimFilter';
import { buildClaimRows, countByStatus } from '../../../shared/claims/claimStatus';
import type { Annotation } from '../../../shared/model';
import { storedFilter } from '../../../shared/timeline/viewSections';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { saveCsv, useProgressiveLibrary, useSourceTitles } from '../common/viewLibrary';
import { AddViewSectionControl } from '../dossier/AddViewSectionControl';
import { ClaimFilters } from './ClaimFilters';
import { ClaimLinkForm } from './ClaimLinkForm';
import { ClaimsTable } from './ClaimsTable';
import { ClaimSuggestions } from './ClaimSuggestions';
import './claims.css';

const PAGE = 100;
const FIRST_PART = { claims: PAGE, annotations: 0 } as const;

const distinct = (values: Iterable<string>): string[] => [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b));

export function ClaimsView({ onFollow }: { readonly onFollow: (annotation: Annotation) => void }): ReactNode {
  const { whole, part } = useProgressiveLibrary(FIRST_PART);
  const library = whole ?? part?.library;
  const { notify } = useWorkbench();
  const titleOf = useSourceTitles(library);
  const [filter, setFilter] = useState<ClaimFilter>(NO_CLAIM_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => {
    if (whole) return buildClaimRows(whole.annotations, whole.links);
    // The first part holds answers too; only the claims it was read for are complete rows.
    return part ? buildClaimRows(part.library.annotations, part.library.links).filter((row) => part.claimIds.has(row.claim.id)) : [];
  }, [whole, part]);
  const filtered = useMemo(() => filterClaimRows(rows, filter), [rows, filter]);
  const counts = useMemo(() => countByStatus(rows), [rows]);
  const actors = useMemo(() => distinct(rows.flatMap((r) => [r.claim.actor, r.claim.target])), [rows]);
  const tags = useMemo(() => distinct(rows.flatMap((r) => r.claim.tags)), [rows]);
  const titles = useMemo(() => new Map((library?.sources ?? []).map((s) => [s.id, s.title])), [library]);
  const selected = rows.find((r) => r.claim.id === selectedId)?.claim ?? null;
  const described = describeClaimFilter(filter);

  if (!library) return <p className="empty-inline view-loading">Reading the library…</p>;
  const exportCsv = (): void =>
    void saveCsv(`Claims - ${described}`, claimsCsv(filtered, titleOf)).catch((error: unknown) => notify({ tone: 'error', message: `The CSV could not be saved: ${errorMessage(error)}` }));
  return (
    <main className="pane view-pane claims-view" aria-labelledby="claims-view-heading">
      <header className="view-header">
        <h2 id="claims-view-heading">Claims</h2>
        <span role="status">
          {whole ? `${filtered.length.toLocaleString('en')} of ${rows.length.toLocaleString('en')} claims` : `Reading all claims: the first ${rows.length} shown…`}
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
          setShown(PAGE);
        }}
        counts={counts}
        actors={actors}
        tags={tags}
      />
      {whole && selected ? (
        <ClaimLinkForm claim={selected} annotations={whole.annotations} titles={titles} />
      ) : (
        <p className="view-hint">Choose a claim in the table (click, or Enter on a focused row) to link an answer to it.</p>
      )}
      {whole && <ClaimSuggestions library={whole} />}
      {filtered.length === 0 ? (
        <p className="empty-inline">{rows.length === 0 ? 'No claims yet: tag a passage as a claim (C) in an article.' : 'No claim matches the filter.'}</p>
      ) : (
        <ClaimsTable rows={filtered.slice(0, shown)} selectedId={selectedId} onSelect={setSelectedId} onFollow={onFollow} titleOf={titleOf} />
      )}
      {filtered.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, filtered.length - shown)} more claims
        </button>
      )}
    </main>
  );
}
