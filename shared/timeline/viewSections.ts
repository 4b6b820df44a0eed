// A view section's filter as the dossier stores it (a flat record of strings, so the format
// stays simple and a filter field added later reads as its default from older files).
import { isClaimStatus, NO_CLAIM_FILTER, type ClaimFilter } from '../claims/claimFilter';
import { ANNOTATION_KINDS, type AnnotationKind } from '../model';
import { NO_TIMELINE_FILTER, type TimelineFilter } from './timelineEvents';

export type StoredFilter = Readonly<Record<string, string>>;

const text = (record: StoredFilter, key: string): string => record[key] ?? '';

export function claimFilterFrom(record: StoredFilter): ClaimFilter {
  const status = text(record, 'status');
  return { ...NO_CLAIM_FILTER, actor: text(record, 'actor'), target: text(record, 'target'), tag: text(record, 'tag'), from: text(record, 'from'), to: text(record, 'to'), status: isClaimStatus(status) ? status : '' };
}

export function timelineFilterFrom(record: StoredFilter): TimelineFilter {
  const kind = text(record, 'kind');
  return {
    ...NO_TIMELINE_FILTER,
    actor: text(record, 'actor'),
    tag: text(record, 'tag'),
    from: text(record, 'from'),
    to: text(record, 'to'),
    kind: (ANNOTATION_KINDS as readonly string[]).includes(kind) ? (kind as AnnotationKind) : '',
    lanes: text(record, 'lanes') === 'actor' ? 'actor' : 'kind',
  };
}

/** The filter's non-empty fields, as stored. */
export function storedFilter(filter: ClaimFilter | TimelineFilter): StoredFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => typeof value === 'string' && value !== ''));
}

/** The timeline filter in words. */
export function describeTimelineFilter(filter: TimelineFilter): string {
  const parts: string[] = [];
  if (filter.kind) parts.push(`${filter.kind}s`);
  if (filter.actor.trim()) parts.push(`actor “${filter.actor.trim()}”`);
  if (filter.tag.trim()) parts.push(`tag “${filter.tag.trim()}”`);
  if (filter.from || filter.to) parts.push(`dated ${filter.from || '…'} to ${filter.to || '…'}`);
  return parts.length ? parts.join(', ') : 'all dated annotations';
}
