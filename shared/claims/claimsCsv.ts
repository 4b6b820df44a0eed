// The claims table as CSV: one row per claim, its status and its answers in one cell each way.
import { csvText } from '../csv/csvText';
import { formatPreciseDate } from '../text/dateDisplay';
import { CLAIM_STATUS_LABELS, type ClaimRow } from './claimStatus';

const HEADER = ['Status', 'Claim', 'Actor', 'Target', 'Event date', 'Tags', 'Article', 'Answers', 'Denied by', 'Supported by', 'Annotation id'];

const answersOf = (row: ClaimRow, types: readonly string[]): string =>
  row.answers.filter((a) => types.includes(a.link.type)).map((a) => `${a.answer.actor || '(no actor)'}: ${a.answer.quote.exact}`).join('\n');

export function claimsCsv(rows: readonly ClaimRow[], titleOf: (sourceId: string) => string): string {
  return csvText(
    HEADER,
    rows.map((row) => [
      CLAIM_STATUS_LABELS[row.status],
      row.claim.quote.exact,
      row.claim.actor,
      row.claim.target,
      formatPreciseDate(row.claim.eventDate),
      row.claim.tags.join('; '),
      titleOf(row.claim.sourceId),
      row.answers.length,
      answersOf(row, ['denies', 'contradicts']),
      answersOf(row, ['supports']),
      row.claim.id,
    ]),
  );
}
