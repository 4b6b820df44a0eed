// The Actors view's rows: every actor and target across the library, counted by kind and by
// article under its display name; and how the view sorts and filters them.
import type { Annotation } from '../model/annotation';
import type { Actor } from '../model/actor';
import { buildActorDirectory, type ActorDirectory } from './actorDirectory';
import { nameKey } from './actorNames';

/** What the table needs of an annotation (the view never loads notes for it). */
export type ActorFacts = Pick<Annotation, 'id' | 'sourceId' | 'kind' | 'actor' | 'target'>;

export interface ActorRow {
  readonly key: string;
  readonly name: string;
  /** The group's other names. */
  readonly aliases: readonly string[];
  readonly claims: number;
  readonly denials: number;
  readonly actions: number;
  /** Annotations naming the actor as their target. */
  readonly asTarget: number;
  /** Articles with an annotation naming the actor (as actor or target). */
  readonly articles: number;
  readonly total: number;
}

export interface ActorSummary {
  readonly directory: ActorDirectory;
  readonly rows: readonly ActorRow[];
}

interface Tally {
  claims: number;
  denials: number;
  actions: number;
  asTarget: number;
  total: number;
  readonly sources: Set<string>;
}

/** Names in the order of how often annotations use them, so the common spelling is shown. */
function namesByUse(annotations: readonly ActorFacts[]): string[] {
  const uses = new Map<string, number>();
  for (const a of annotations) {
    if (a.actor) uses.set(a.actor, (uses.get(a.actor) ?? 0) + 1);
    if (a.target) uses.set(a.target, (uses.get(a.target) ?? 0) + 1);
  }
  return [...uses.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

export function summariseActors(annotations: readonly ActorFacts[], records: readonly Actor[]): ActorSummary {
  const directory = buildActorDirectory(records, namesByUse(annotations));
  const tallies = new Map<string, Tally>();
  // Most annotations repeat a few dozen names: resolve each distinct string once.
  const resolved = new Map<string, string | undefined>();
  const groupKey = (name: string): string | undefined => {
    if (resolved.has(name)) return resolved.get(name);
    const key = nameKey(name) ? directory.groupOf(name)?.key : undefined;
    resolved.set(name, key);
    return key;
  };
  const tally = (key: string): Tally => {
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { claims: 0, denials: 0, actions: 0, asTarget: 0, total: 0, sources: new Set() }));
    return t;
  };
  for (const a of annotations) {
    const actorKey = a.actor ? groupKey(a.actor) : undefined;
    if (actorKey) {
      const t = tally(actorKey);
      if (a.kind === 'claim') t.claims += 1;
      else if (a.kind === 'denial') t.denials += 1;
      else t.actions += 1;
      t.total += 1;
      t.sources.add(a.sourceId);
    }
    const targetKey = a.target ? groupKey(a.target) : undefined;
    if (targetKey) {
      const t = tally(targetKey);
      t.asTarget += 1;
      if (targetKey !== actorKey) t.total += 1;
      t.sources.add(a.sourceId);
    }
  }
  const rows = directory.groups.map((group): ActorRow => {
    const t = tallies.get(group.key);
    return {
      key: group.key,
      name: group.name,
      aliases: group.names.filter((n) => nameKey(n) !== nameKey(group.name)),
      claims: t?.claims ?? 0,
      denials: t?.denials ?? 0,
      actions: t?.actions ?? 0,
      asTarget: t?.asTarget ?? 0,
      articles: t?.sources.size ?? 0,
      total: t?.total ?? 0,
    };
  });
  return { directory, rows };
}

export const ACTOR_SORT_KEYS = ['name', 'claims', 'denials', 'actions', 'asTarget', 'articles', 'total'] as const;
export type ActorSortKey = (typeof ACTOR_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Rows sorted by one column; ties by name, so the order never depends on load order. */
export function sortActorRows(rows: readonly ActorRow[], by: ActorSortKey, direction: SortDirection): ActorRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = by === 'name' ? collator.compare(a.name, b.name) : a[by] - b[by];
    return primary !== 0 ? sign * primary : collator.compare(a.name, b.name);
  });
}

/** Rows whose name or one of its aliases contains `query` (case- and accent-insensitive). */
export function filterActorRows(rows: readonly ActorRow[], query: string): readonly ActorRow[] {
  const wanted = fold(query);
  if (!wanted) return rows;
  return rows.filter((row) => fold(row.name).includes(wanted) || row.aliases.some((alias) => fold(alias).includes(wanted)));
}

function fold(text: string): string {
  return nameKey(text).normalize('NFD').replace(/\p{M}/gu, '');
}
