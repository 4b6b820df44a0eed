// One page of the claims table with the totals the view shows beside it.
import { describe, expect, it } from 'vitest';
import { claimsPage } from '../../../shared/claims/claimsPage';
import { buildClaimRows } from '../../../shared/claims/claimStatus';
import { NO_CLAIM_FILTER } from '../../../shared/claims/claimFilter';
import { annotation, link } from './fixtures';

describe('claimsPage', () => {
  const claims = Array.from({ length: 5 }, (_, i) => annotation(`c${i}`, 'claim', `Claim ${i}`, { actor: i % 2 ? 'Tehran' : 'Washington', tags: [`t${i}`] }));
  const denial = annotation('d', 'denial', 'No', { actor: 'Tehran' });
  const rows = buildClaimRows([...claims, denial], [link('d', 'c0', 'denies')]);

  it('gives the first rows of the filter and counts over every claim', () => {
    const page = claimsPage(rows, { ...NO_CLAIM_FILTER, actor: 'washington' }, 2);
    expect(page.rows.map((r) => r.claim.id)).toEqual(['c0', 'c2']);
    expect(page.matching).toBe(3);
    expect(page.total).toBe(5);
    expect(page.counts).toEqual({ unanswered: 4, denied: 1, supported: 0, contested: 0 });
    expect(page.actors).toEqual(['Tehran', 'Washington']);
    expect(page.tags).toHaveLength(5);
  });
});
