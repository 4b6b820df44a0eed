// What a new version did to each annotation: counts by outcome, then one row per annotation
// (orphans first), every quote shown as text; Undo takes the whole step back.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AnchorState } from '../../../shared/model';
import type { NewVersionPlan, ReanchorOutcome } from '../../../shared/versions';
import { Dialog } from '../../ui/Dialog';
import { KIND_LABELS, shortQuote } from '../common/kinds';

export const OUTCOME_LABELS: Readonly<Record<AnchorState, string>> = { exact: 'Exact', moved: 'Moved', fuzzy: 'Fuzzy', orphan: 'Orphaned' };
const ORDER: readonly AnchorState[] = ['orphan', 'fuzzy', 'moved', 'exact'];
/**
 * Rows drawn with the report, about what its scrolling table shows at once; the rest follow a
 * moment later, so thousands never delay it.
 */
const FIRST_ROWS = 40;

interface VersionReportDialogProps {
  readonly title: string;
  readonly fileName: string;
  readonly plan: NewVersionPlan;
  readonly undone: boolean;
  readonly onUndo: () => void;
  readonly onClose: () => void;
}

export function VersionReportDialog({ title, fileName, plan, undone, onUndo, onClose }: VersionReportDialogProps): ReactNode {
  const rows = useMemo<readonly ReanchorOutcome[]>(
    () => [...plan.outcomes].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state)),
    [plan.outcomes],
  );
  const [drawn, setDrawn] = useState(FIRST_ROWS);
  useEffect(() => {
    if (drawn >= rows.length) return undefined;
    const timer = setTimeout(() => setDrawn(rows.length), 0);
    return () => clearTimeout(timer);
  }, [drawn, rows.length]);
  return (
    <Dialog title={`New version of “${title}”`} onClose={onClose}>
      <p dir="auto">
        <bdi>{fileName}</bdi> is now the article’s text; the earlier text is kept under Versions in the article’s details.{' '}
        {plan.outcomes.length} annotation{plan.outcomes.length === 1 ? '' : 's'} found again:
      </p>
      <ul className="version-counts" aria-label="Outcome counts">
        {ORDER.map((state) => (
          <li key={state}>
            {OUTCOME_LABELS[state]}: {plan.counts[state]}
          </li>
        ))}
      </ul>
      {plan.counts.orphan > 0 && (
        <p>
          Orphaned annotations stay tied to the version they were made on. To re-attach one, close this report, select its
          passage in the new text, then choose “Re-attach to selection” under Orphaned annotations in the details.
        </p>
      )}
      {rows.length > 0 && (
        <div className="version-report-rows">
          <table aria-label="Outcome of each annotation">
            <thead>
              <tr>
                <th scope="col">Outcome</th>
                <th scope="col">Kind</th>
                <th scope="col">Passage before</th>
                <th scope="col">Passage now</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, drawn).map((row) => (
                <tr key={row.annotationId}>
                  <td>{row.state === 'fuzzy' ? `${OUTCOME_LABELS.fuzzy} (${Math.round(row.score * 100)} %)` : OUTCOME_LABELS[row.state]}</td>
                  <td>{KIND_LABELS[row.kind]}</td>
                  <td dir="auto">{shortQuote(row.quoteBefore)}</td>
                  <td dir="auto">{row.quoteAfter === undefined ? '—' : shortQuote(row.quoteAfter)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="danger" disabled={undone} onClick={onUndo}>
          {undone ? 'New version undone' : 'Undo new version'}
        </button>
        <button type="button" className="primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
