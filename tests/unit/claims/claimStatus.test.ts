import { describe, expect, it } from 'vitest';
import { describeClaimFilter, filterClaimRows, NO_CLAIM_FILTER } from '../../../shared/claims/claimFilter';
import { buildClaimRows, claimStatus, countByStatus } from '../../../shared/claims/claimStatus';
import { annotation, link } from './fixtures';

describe('claimStatus', () => {
  it('reads unanswered, denied, supported and contested from the link types', () => {
    expect(claimStatus([])).toBe('unanswered');
    expect(claimStatus(['responds-to'])).toBe('unanswered');
    expect(claimStatus(['denies'])).toBe('denied');
    expect(claimStatus(['contradicts', 'responds-to'])).toBe('denied');
    expect(claimStatus(['supports'])).toBe('supported');
    expect(claimStatus(['supports', 'denies'])).toBe('contested');
    expect(claimStatus(['contradicts', 'supports'])).toBe('contested');
  });
});

describe('buildClaimRows', () => {
  const claim = annotation('c1', 'claim', 'Iran struck the airport', { actor: 'Azerbaijan', target: 'Iran', tags: ['drones'], eventDate: { value: '2026-03', precision: 'month' } });
  const other = annotation('c2', 'claim', 'Nothing happened', { actor: 'Iran' });
  const denial = annotation('d1', 'denial', 'Iran denies any involvement', { actor: 'Iran' });
  const support = annotation('s1', 'action', 'Debris was found', { actor: 'DTX' });

  it('collects answers from any article with their link types, whichever way a contradiction points', () => {
    const rows = buildClaimRows([claim, other, denial, support], [link('d1', 'c1', 'denies'), link('s1', 'c1', 'supports'), link('c1', 'c2', 'contradicts')]);
    const first = rows.find((r) => r.claim.id === 'c1');
    const second = rows.find((r) => r.claim.id === 'c2');
    expect(rows.map((r) => r.claim.id)).toEqual(['c1', 'c2']);
    expect(first?.answers.map((a) => [a.answer.id, a.link.type])).toEqual([['d1', 'denies'], ['s1', 'supports'], ['c2', 'contradicts']]);
    expect(first?.status).toBe('contested');
    expect(second?.status).toBe('denied');
    expect(countByStatus(rows)).toEqual({ unanswered: 0, denied: 1, supported: 0, contested: 1 });
  });

  it('does not count a claim that denies something as denied itself', () => {
    const rows = buildClaimRows([claim, denial], [link('c1', 'd1', 'denies')]);
    expect(rows[0]?.status).toBe('unanswered');
  });

  it('filters by actor, target, tag, date and status', () => {
    const rows = buildClaimRows([claim, other, denial], [link('d1', 'c1', 'denies')]);
    const ids = (filter: Partial<typeof NO_CLAIM_FILTER>): string[] => filterClaimRows(rows, { ...NO_CLAIM_FILTER, ...filter }).map((r) => r.claim.id);
    expect(ids({})).toEqual(['c1', 'c2']);
    expect(ids({ actor: ' iran ' })).toEqual(['c2']);
    expect(ids({ target: 'Iran' })).toEqual(['c1']);
    expect(ids({ tag: 'DRONES' })).toEqual(['c1']);
    expect(ids({ status: 'unanswered' })).toEqual(['c2']);
    expect(ids({ status: 'denied' })).toEqual(['c1']);
    expect(ids({ from: '2026-03-31' })).toEqual(['c1']);
    expect(ids({ from: '2026-04-01' })).toEqual([]);
    expect(ids({ to: '2026-02-28' })).toEqual([]);
    expect(describeClaimFilter({ ...NO_CLAIM_FILTER, status: 'denied', actor: 'Iran' })).toBe('status denied, actor “Iran”');
    expect(describeClaimFilter(NO_CLAIM_FILTER)).toBe('all claims');
  });
});
