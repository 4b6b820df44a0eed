// Which names mean one actor: the actor records (merges and aliases the analyst made) resolved
// into groups, one per actor shown, with every name that leads to it.
import type { Actor } from '../model/actor';
import { nameKey } from './actorNames';

export interface ActorGroup {
  /** Stable while the group lasts: its root record's id, or `name:` and the name's key. */
  readonly key: string;
  /** The name shown: the root record's name, or the name the annotations use. */
  readonly name: string;
  /** The record at the top of the group, or null for a name no record mentions. */
  readonly rootId: string | null;
  /** Every name of the group, the shown one first; each resolves to this group. */
  readonly names: readonly string[];
  /** Records merged into the root (directly or through another): each can be split off. */
  readonly members: readonly Actor[];
}

export interface ActorDirectory {
  readonly groups: readonly ActorGroup[];
  groupOf(name: string): ActorGroup | undefined;
  groupByKey(key: string): ActorGroup | undefined;
}

/** The record at the top of `actor`'s merge chain; a broken or circular chain stops where it breaks. */
function rootOf(actor: Actor, byId: ReadonlyMap<string, Actor>): Actor {
  let current = actor;
  const seen = new Set<string>([actor.id]);
  while (current.mergedInto) {
    const next = byId.get(current.mergedInto);
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    current = next;
  }
  return current;
}

/**
 * Groups `records` and every name in `usedNames` (the names annotations carry, most used first,
 * so a name typed in two cases shows in its commoner one). A name claimed by two records goes to
 * the first by id, so every device resolves the same library the same way.
 */
export function buildActorDirectory(records: readonly Actor[], usedNames: Iterable<string>): ActorDirectory {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(sorted.map((r) => [r.id, r] as const));
  const byRoot = new Map<string, { root: Actor; records: Actor[] }>();
  for (const record of sorted) {
    const root = rootOf(record, byId);
    const entry = byRoot.get(root.id) ?? { root, records: [] };
    entry.records.push(record);
    byRoot.set(root.id, entry);
  }
  const groups: ActorGroup[] = [];
  const byName = new Map<string, ActorGroup>();
  const mutableNames = new Map<ActorGroup, string[]>();
  const claim = (group: ActorGroup, name: string): void => {
    const key = nameKey(name);
    if (!key || byName.has(key)) return;
    byName.set(key, group);
    mutableNames.get(group)?.push(name.trim());
  };
  for (const { root, records: members } of byRoot.values()) {
    // The root first, then members in merge order (a member's own aliases right after its name).
    const ordered = [root, ...members.filter((m) => m !== root)];
    const names: string[] = [];
    const group: ActorGroup = { key: root.id, name: root.name, rootId: root.id, names, members: ordered.slice(1) };
    mutableNames.set(group, names);
    groups.push(group);
    for (const record of ordered) {
      claim(group, record.name);
      for (const alias of record.aliases) claim(group, alias);
    }
  }
  for (const name of usedNames) {
    const key = nameKey(name);
    if (!key) continue;
    const known = byName.get(key);
    if (known) continue;
    const names: string[] = [];
    const group: ActorGroup = { key: `name:${key}`, name: name.trim(), rootId: null, names, members: [] };
    mutableNames.set(group, names);
    groups.push(group);
    claim(group, name);
  }
  const byKey = new Map(groups.map((g) => [g.key, g] as const));
  return {
    groups,
    groupOf: (name) => byName.get(nameKey(name)),
    groupByKey: (key) => byKey.get(key),
  };
}
