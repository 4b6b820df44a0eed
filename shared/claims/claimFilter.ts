// The claims table's filter: by actor, target, tag, event date and status. Names match without
// regard to case or surrounding spaces; the dates meet the claim's event date at its precision.
import { eventSpan, spanMeetsRange } from '../timeline/eventSpan';
import { CLAIM_STATUSES, type ClaimRow, type ClaimStatus } from './claimStatus';

export interface ClaimFilter {
  readonly actor: string;
  readonly target: string;
  readonly tag: string;
  /** ISO day, or '' for open. */
  readonly from: string;
  readonly to: string;
  readonly status: ClaimStatus | '';
}

export const NO_CLAIM_FILTER: ClaimFilter = { actor: '', target: '', tag: '', from: '', to: '', status: '' };

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);
}

const fold = (name: string): string => name.trim().toLocaleLowerCase();

export function filterClaimRows(rows: readonly ClaimRow[], filter: ClaimFilter): ClaimRow[] {
  const actor = fold(filter.actor);
  const target = fold(filter.target);
  const tag = fold(filter.tag);
  const dated = filter.from !== '' || filter.to !== '';
  return rows.filter(({ claim, status }) => {
    if (filter.status && status !== filter.status) return false;
    if (actor && fold(claim.actor) !== actor) return false;
    if (target && fold(claim.target) !== target) return false;
    if (tag && !claim.tags.some((t) => fold(t) === tag)) return false;
    if (dated) {
      const span = eventSpan(claim.eventDate);
      if (!span || !spanMeetsRange(span, filter.from, filter.to)) return false;
    }
    return true;
  });
}

/** The filter in words, for a dossier section's caption and the CSV's file name. */
export function describeClaimFilter(filter: ClaimFilter): string {
  const parts: string[] = [];
  if (filter.status) parts.push(`status ${filter.status}`);
  if (filter.actor.trim()) parts.push(`actor “${filter.actor.trim()}”`);
  if (filter.target.trim()) parts.push(`target “${filter.target.trim()}”`);
  if (filter.tag.trim()) parts.push(`tag “${filter.tag.trim()}”`);
  if (filter.from || filter.to) parts.push(`dated ${filter.from || '…'} to ${filter.to || '…'}`);
  return parts.length ? parts.join(', ') : 'all claims';
}
