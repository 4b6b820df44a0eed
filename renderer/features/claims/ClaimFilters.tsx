// The claims table's filter bar: actor, target, tag, event dates and status (with counts).
import type { ReactNode } from 'react';
import type { ClaimFilter } from '../../../shared/claims/claimFilter';
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, type ClaimStatus } from '../../../shared/claims/claimStatus';

interface ClaimFiltersProps {
  readonly filter: ClaimFilter;
  readonly onChange: (filter: ClaimFilter) => void;
  readonly counts: Readonly<Record<ClaimStatus, number>>;
  readonly actors: readonly string[];
  readonly tags: readonly string[];
  /** While the whole library is read, the first claims show unfiltered. */
  readonly disabled: boolean;
}

export function ClaimFilters({ filter, onChange, counts, actors, tags, disabled }: ClaimFiltersProps): ReactNode {
  const set = (changes: Partial<ClaimFilter>): void => onChange({ ...filter, ...changes });
  return (
    <form className="view-filters" aria-label="Filter claims" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="view-filter-fields" disabled={disabled}>
        <label>
          Status
          <select value={filter.status} onChange={(e) => set({ status: e.target.value as ClaimFilter['status'] })}>
            <option value="">Any status</option>
            {CLAIM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {CLAIM_STATUS_LABELS[status]} ({counts[status]})
              </option>
            ))}
          </select>
        </label>
        <label>
          Actor
          <input list="claims-actors" value={filter.actor} onChange={(e) => set({ actor: e.target.value })} />
        </label>
        <label>
          Target
          <input list="claims-actors" value={filter.target} onChange={(e) => set({ target: e.target.value })} />
        </label>
        <label>
          Tag
          <input list="claims-tags" value={filter.tag} onChange={(e) => set({ tag: e.target.value })} />
        </label>
        <label>
          From
          <input type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          To
          <input type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
      </fieldset>
      <datalist id="claims-actors">
        {actors.map((actor) => (
          <option key={actor} value={actor} />
        ))}
      </datalist>
      <datalist id="claims-tags">
        {tags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </form>
  );
}
