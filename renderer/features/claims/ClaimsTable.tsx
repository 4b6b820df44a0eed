// The claims table: a claim per row with its status, its fields and its answers from any article.
// Rows are chosen with the mouse or the keys (arrows move, Enter or Space chooses); a page of rows
// at a time keeps a 25,000-claim library quick to show.
import type { KeyboardEvent, ReactNode } from 'react';
import { CLAIM_STATUS_LABELS, type ClaimRow } from '../../../shared/claims/claimStatus';
import type { Annotation } from '../../../shared/model';
import { formatPreciseDate } from '../../../shared/text/dateDisplay';
import { IsolatedText } from '../../ui/IsolatedText';
import { LINK_LABELS, shortQuote } from '../common/kinds';

interface ClaimsTableProps {
  readonly rows: readonly ClaimRow[];
  readonly selectedId: string | null;
  readonly onSelect: (claimId: string) => void;
  readonly onFollow: (annotation: Annotation) => void;
  readonly titleOf: (sourceId: string) => string;
}

function moveFocus(event: KeyboardEvent<HTMLTableRowElement>, onSelect: (id: string) => void, id: string): void {
  const row = event.currentTarget;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
    if (next instanceof HTMLElement) next.focus();
  } else if ((event.key === 'Enter' || event.key === ' ') && event.target === row) {
    event.preventDefault();
    onSelect(id);
  }
}

export function ClaimsTable({ rows, selectedId, onSelect, onFollow, titleOf }: ClaimsTableProps): ReactNode {
  return (
    <table className="claims-table" aria-label="Claims">
      <colgroup>
        <col className="col-status" />
        <col className="col-claim" />
        <col className="col-name" />
        <col className="col-name" />
        <col className="col-date" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Claim</th>
          <th scope="col">Actor</th>
          <th scope="col">Target</th>
          <th scope="col">Event date</th>
          <th scope="col">Answers</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ claim, answers, status }) => (
          <tr
            key={claim.id}
            tabIndex={0}
            aria-selected={claim.id === selectedId}
            className={claim.id === selectedId ? 'selected' : undefined}
            onClick={() => onSelect(claim.id)}
            onKeyDown={(e) => moveFocus(e, onSelect, claim.id)}
          >
            <td>
              <span className={`claim-status claim-status-${status}`}>{CLAIM_STATUS_LABELS[status]}</span>
            </td>
            <td>
              <q dir="auto">{shortQuote(claim.quote.exact, 160)}</q>
              <div className="claim-source">
                <IsolatedText text={titleOf(claim.sourceId)} />{' '}
                <button type="button" onClick={() => onFollow(claim)} aria-label={`Go to claim: ${shortQuote(claim.quote.exact, 60)}`}>
                  Go to
                </button>
              </div>
            </td>
            <td dir="auto">{claim.actor}</td>
            <td dir="auto">{claim.target}</td>
            <td>{formatPreciseDate(claim.eventDate)}</td>
            <td>
              {answers.length === 0 ? (
                <span className="empty-inline">None</span>
              ) : (
                <ul className="claim-answers" aria-label="Answers">
                  {answers.map(({ link, answer }) => (
                    <li key={link.id}>
                      <strong>{LINK_LABELS[link.type].incoming}</strong> <IsolatedText text={answer.actor || 'no actor'} />: <q dir="auto">{shortQuote(answer.quote.exact, 90)}</q>{' '}
                      <span className="claim-source">
                        (<IsolatedText text={titleOf(answer.sourceId)} />)
                      </span>{' '}
                      <button type="button" onClick={() => onFollow(answer)} aria-label={`Go to answer: ${shortQuote(answer.quote.exact, 60)}`}>
                        Go to
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
