// Actor records (display names, aliases, merges) arriving in a shared file: planned by the rules
// annotations follow without provenance (docs/exchange-format.md, "Actors and aliases"). A record
// the library holds under another id but the same name is the same actor; the file's merges are
// re-pointed at the library's ids.
import type { Actor } from '../model/actor';
import { nameKey } from '../actors/actorNames';

export type ActorMergeOutcome = 'added' | 'updated' | 'identical' | 'local-newer' | 'conflict';

export interface ActorConflictEntry {
  readonly actorId: string;
  readonly name: string;
  /** The names each version holds (its name, aliases, and the actor it is merged into). */
  readonly local: readonly string[];
  readonly incoming: readonly string[];
}

export interface ActorMergeReport {
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly skipped: readonly string[];
  /** Both sides changed the actor: the library's version stays, both are listed here. */
  readonly conflicts: readonly ActorConflictEntry[];
}

export interface ActorMergePlan {
  readonly actorsToPut: readonly Actor[];
  readonly actorIdsAdded: readonly string[];
  readonly actorsReplaced: readonly Actor[];
  readonly report: ActorMergeReport;
}

function sameActor(a: Actor, b: Actor): boolean {
  const aliases = (x: Actor): string => x.aliases.map(nameKey).sort().join('\n');
  return nameKey(a.name) === nameKey(b.name) && aliases(a) === aliases(b) && (a.mergedInto ?? '') === (b.mergedInto ?? '');
}

/** The annotations' rule without provenance: the higher revision wins if its time agrees; otherwise ask. */
function decide(local: Actor, incoming: Actor): ActorMergeOutcome {
  if (sameActor(local, incoming)) return 'identical';
  if (local.revision === incoming.revision) return 'conflict';
  const [newer, older] = incoming.revision > local.revision ? [incoming, local] : [local, incoming];
  if (newer.updatedAt < older.updatedAt) return 'conflict';
  return newer === incoming ? 'updated' : 'local-newer';
}

export function planActorMerge(local: readonly Actor[], incoming: readonly Actor[]): ActorMergePlan {
  const byId = new Map(local.map((a) => [a.id, a] as const));
  const byName = new Map<string, Actor>();
  for (const actor of [...local].sort((a, b) => (a.id < b.id ? -1 : 1))) if (!byName.has(nameKey(actor.name))) byName.set(nameKey(actor.name), actor);
  // The library's record for each incoming one: by id, else by name.
  const counterpart = new Map<string, Actor>();
  for (const actor of incoming) {
    const match = byId.get(actor.id) ?? byName.get(nameKey(actor.name));
    if (match) counterpart.set(actor.id, match);
  }
  const localId = (id: string | undefined): string | undefined => (id === undefined ? undefined : (counterpart.get(id)?.id ?? id));
  const names = (actor: Actor, all: ReadonlyMap<string, Actor>): string[] => {
    const into = actor.mergedInto ? all.get(actor.mergedInto)?.name : undefined;
    return [actor.name, ...actor.aliases, ...(into ? [`merged into ${into}`] : [])];
  };
  const incomingById = new Map(incoming.map((a) => [a.id, a] as const));
  const put: Actor[] = [];
  const added: string[] = [];
  const replaced: Actor[] = [];
  const report = { added: [] as string[], updated: [] as string[], skipped: [] as string[], conflicts: [] as ActorConflictEntry[] };
  for (const actor of incoming) {
    const match = counterpart.get(actor.id);
    const mergedInto = localId(actor.mergedInto);
    const { mergedInto: _unused, ...rest } = actor;
    const remapped: Actor = { ...rest, id: match?.id ?? actor.id, ...(mergedInto ? { mergedInto } : {}) };
    if (!match) {
      put.push(remapped);
      added.push(remapped.id);
      report.added.push(actor.name);
      continue;
    }
    const outcome = decide(match, remapped);
    if (outcome === 'updated') {
      put.push(remapped);
      replaced.push(match);
      report.updated.push(actor.name);
    } else if (outcome === 'conflict') {
      report.conflicts.push({ actorId: match.id, name: match.name, local: names(match, byId), incoming: names(actor, incomingById) });
    } else {
      report.skipped.push(actor.name);
    }
  }
  return { actorsToPut: put, actorIdsAdded: added, actorsReplaced: replaced, report };
}
