// Claims and their answers: every claim with the passages linked to it, and its status at a
// glance. Denies and contradicts count against a claim, supports for it; "responds to" is listed
// as an answer but neither denies nor supports, so alone it leaves the claim unanswered.
import type { Annotation, AnnotationLink, LinkType } from '../model';

export const CLAIM_STATUSES = ['unanswered', 'denied', 'supported', 'contested'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  unanswered: 'Unanswered',
  denied: 'Denied',
  supported: 'Supported',
  contested: 'Contested',
};

export interface ClaimAnswer {
  readonly link: AnnotationLink;
  readonly answer: Annotation;
}

export interface ClaimRow {
  readonly claim: Annotation;
  readonly answers: readonly ClaimAnswer[];
  readonly status: ClaimStatus;
}

const AGAINST: ReadonlySet<LinkType> = new Set(['denies', 'contradicts']);

/** The status the answers' link types give a claim. */
export function claimStatus(types: Iterable<LinkType>): ClaimStatus {
  let against = false;
  let supported = false;
  for (const type of types) {
    if (AGAINST.has(type)) against = true;
    else if (type === 'supports') supported = true;
  }
  if (against && supported) return 'contested';
  if (against) return 'denied';
  return supported ? 'supported' : 'unanswered';
}

/**
 * Which end of a link answers which claim. A link reads "from <type> to": the answer is the
 * link's `from`. Contradiction goes both ways, so a claim that contradicts another is answered
 * by it too.
 */
function answeredClaims(link: AnnotationLink): readonly (readonly [claimId: string, answerId: string])[] {
  const pairs: (readonly [string, string])[] = [[link.toId, link.fromId]];
  if (link.type === 'contradicts') pairs.push([link.fromId, link.toId]);
  return pairs;
}

/** Every claim in the library with its answers and status, in the order the claims came. */
export function buildClaimRows(annotations: readonly Annotation[], links: readonly AnnotationLink[]): ClaimRow[] {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const answersOf = new Map<string, ClaimAnswer[]>();
  for (const link of links) {
    for (const [claimId, answerId] of answeredClaims(link)) {
      if (byId.get(claimId)?.kind !== 'claim') continue;
      const answer = byId.get(answerId);
      if (!answer) continue;
      const list = answersOf.get(claimId) ?? [];
      list.push({ link, answer });
      answersOf.set(claimId, list);
    }
  }
  return annotations
    .filter((a) => a.kind === 'claim')
    .map((claim) => {
      const answers = answersOf.get(claim.id) ?? [];
      return { claim, answers, status: claimStatus(answers.map((a) => a.link.type)) };
    });
}

/** How many claims have each status, for the counts beside the status filter. */
export function countByStatus(rows: readonly ClaimRow[]): Readonly<Record<ClaimStatus, number>> {
  const counts: Record<ClaimStatus, number> = { unanswered: 0, denied: 0, supported: 0, contested: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
