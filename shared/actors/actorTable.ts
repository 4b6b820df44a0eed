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
  /** Articles with an annotation naming the actor (as actor or target); null until counted. */
  readonly articles: number | null;
  /** Mentions: claims, denials and actions made, and times named as target. */
  readonly total: number;
}

export interface ActorSummary {
  readonly directory: ActorDirectory;
  readonly rows: readonly ActorRow[];
}

/** How often one name (as annotations spell it) is used, by kind and as target. */
export interface NameTally {
  readonly name: string;
  readonly claims: number;
  readonly denials: number;
  readonly actions: number;
  readonly asTarget: number;
  /** The articles using the name; absent when only counts were read (the database's indexes). */
  readonly sources?: ReadonlySet<string>;
}

type MutableTally = { -readonly [K in keyof NameTally]: NameTally[K] } & { sources: Set<string> };

/** Every name annotations use, with its counts and articles. */
export function tallyNames(annotations: readonly ActorFacts[]): NameTally[] {
  const tallies = new Map<string, MutableTally>();
  const tally = (name: string): MutableTally => {
    let t = tallies.get(name);
    if (!t) tallies.set(name, (t = { name, claims: 0, denials: 0, actions: 0, asTarget: 0, sources: new Set() }));
    return t;
  };
  for (const a of annotations) {
    if (a.actor) {
      const t = tally(a.actor);
      if (a.kind === 'claim') t.claims += 1;
      else if (a.kind === 'denial') t.denials += 1;
      else t.actions += 1;
      t.sources.add(a.sourceId);
    }
    if (a.target) {
      const t = tally(a.target);
      t.asTarget += 1;
      t.sources.add(a.sourceId);
    }
  }
  return [...tallies.values()];
}

const used = (t: NameTally): number => t.claims + t.denials + t.actions + t.asTarget;

/** The rows for names counted one by one, grouped by the actor records. */
export function summariseTallies(tallies: readonly NameTally[], records: readonly Actor[]): ActorSummary {
  // Most used first, so a name typed in two cases shows in its commoner one.
  const byUse = [...tallies].sort((a, b) => used(b) - used(a));
  const directory = buildActorDirectory(records, byUse.map((t) => t.name));
  const counted = new Map<string, { claims: number; denials: number; actions: number; asTarget: number; sources: Set<string> | null }>();
  for (const t of byUse) {
    const key = directory.groupOf(t.name)?.key;
    if (!key) continue;
    let c = counted.get(key);
    if (!c) counted.set(key, (c = { claims: 0, denials: 0, actions: 0, asTarget: 0, sources: new Set() }));
    c.claims += t.claims;
    c.denials += t.denials;
    c.actions += t.actions;
    c.asTarget += t.asTarget;
    if (!t.sources) c.sources = null;
    else if (c.sources) for (const id of t.sources) c.sources.add(id);
  }
  const rows = directory.groups.map((group): ActorRow => {
    const c = counted.get(group.key) ?? { claims: 0, denials: 0, actions: 0, asTarget: 0, sources: new Set<string>() };
    return {
      key: group.key,
      name: group.name,
      aliases: group.names.filter((n) => nameKey(n) !== nameKey(group.name)),
      claims: c.claims,
      denials: c.denials,
      actions: c.actions,
      asTarget: c.asTarget,
      articles: c.sources ? c.sources.size : null,
      total: c.claims + c.denials + c.actions + c.asTarget,
    };
  });
  return { directory, rows };
}

export function summariseActors(annotations: readonly ActorFacts[], records: readonly Actor[]): ActorSummary {
  return summariseTallies(tallyNames(annotations), records);
}

export const ACTOR_SORT_KEYS = ['name', 'claims', 'denials', 'actions', 'asTarget', 'articles', 'total'] as const;
export type ActorSortKey = (typeof ACTOR_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Rows sorted by one column; ties by name, so the order never depends on load order. */
export function sortActorRows(rows: readonly ActorRow[], by: ActorSortKey, direction: SortDirection): ActorRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = by === 'name' ? collator.compare(a.name, b.name) : (a[by] ?? -1) - (b[by] ?? -1);
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
