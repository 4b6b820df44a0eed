// The ways to look at a dossier: as composed, or its passages grouped by kind, by actor or by
// event date. Grouped views keep composed order (and numbering) inside each group.
import { ANNOTATION_KINDS } from '../../../../shared/model';
import { isNumbered, type DossierEntry, type NumberedPassage } from './dossierEntries';
import { formatCalendarDate, formatPreciseDate } from '../../../../shared/text/dateDisplay';

export const DOSSIER_VIEWS = ['composed', 'kind', 'actor', 'date'] as const;
export type DossierView = (typeof DOSSIER_VIEWS)[number];
export type GroupedView = Exclude<DossierView, 'composed'>;

export const VIEW_LABELS: Readonly<Record<DossierView, string>> = {
  composed: 'As composed',
  kind: 'By kind',
  actor: 'By actor',
  date: 'By event date',
};

export interface PassageGroup {
  readonly key: string;
  readonly heading: string;
  readonly passages: readonly NumberedPassage[];
}

const KIND_GROUP_HEADINGS: Readonly<Record<string, string>> = { claim: 'Claims', denial: 'Denials', action: 'Actions' };
const KIND_ORDER: ReadonlyMap<string, number> = new Map(ANNOTATION_KINDS.map((kind, index) => [kind, index]));

/** Groups in a stable order: kinds as the legend lists them, actors alphabetically, dates oldest first; the empty group last. */
export function groupPassages(entries: readonly DossierEntry[], view: GroupedView): PassageGroup[] {
  const passages = entries.filter(isNumbered);
  const groups = new Map<string, NumberedPassage[]>();
  for (const passage of passages) {
    const key = groupKey(passage, view);
    groups.set(key, [...(groups.get(key) ?? []), passage]);
  }
  const keys = [...groups.keys()].sort((a, b) => compareKeys(a, b, view));
  return keys.map((key) => ({ key, heading: groupHeading(key, view, groups.get(key) ?? []), passages: groups.get(key) ?? [] }));
}

function groupKey(passage: NumberedPassage, view: GroupedView): string {
  const { annotation } = passage;
  if (view === 'kind') return annotation.kind;
  if (view === 'actor') return annotation.actor.trim();
  return annotation.eventDate.value;
}

function compareKeys(a: string, b: string, view: GroupedView): number {
  if (view === 'kind') return (KIND_ORDER.get(a) ?? 0) - (KIND_ORDER.get(b) ?? 0);
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  // Dates written YYYY, YYYY-MM, YYYY-MM-DD sort correctly as text, a year before its months.
  return view === 'date' ? a.localeCompare(b, 'en') : a.localeCompare(b, undefined, { sensitivity: 'base' });
}

function groupHeading(key: string, view: GroupedView, passages: readonly NumberedPassage[]): string {
  if (view === 'kind') return KIND_GROUP_HEADINGS[key] ?? key;
  if (view === 'actor') return key || 'No actor named';
  if (!key) return 'Undated';
  // Every passage in a date group has the same value; the precision is said when they agree on it.
  const precision = passages[0]?.annotation.eventDate.precision;
  const agreed = precision !== undefined && passages.every((p) => p.annotation.eventDate.precision === precision);
  return agreed ? formatPreciseDate({ value: key, precision }) : formatCalendarDate(key);
}
