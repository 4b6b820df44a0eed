// The analyst's changes to actors, planned without touching storage: merge one actor into
// another, split a merged one off again, add or remove an alias, rename. Each plan lists the
// records to write and those as they were, so undo puts back exactly what was there.
import { createActor, revisedActor, type Actor } from '../model/actor';
import type { Annotation } from '../model/annotation';
import type { ActorDirectory, ActorGroup } from './actorDirectory';
import { nameKey } from './actorNames';

export interface ActorPlan {
  /** Records to store (new or changed). */
  readonly put: readonly Actor[];
  /** The changed records as they were (undo writes them back). */
  readonly before: readonly Actor[];
  /** Ids of records this plan creates (undo deletes them). */
  readonly created: readonly string[];
}

export interface ChangeContext {
  readonly records: readonly Actor[];
  readonly editor: string;
  readonly now: string;
  readonly newId: () => string;
}

/** The group's root record, made now when the group is only a name so far. */
function rootRecord(group: ActorGroup, context: ChangeContext): { readonly record: Actor; readonly created: boolean } {
  const existing = group.rootId ? context.records.find((r) => r.id === group.rootId) : undefined;
  if (existing) return { record: existing, created: false };
  return { record: createActor(group.name, context.editor, context.now, context.newId()), created: true };
}

/** Merges `merge` into `keep`: its names (and everything merged into it) show under `keep`'s name. */
export function planMerge(keep: ActorGroup, merge: ActorGroup, context: ChangeContext): ActorPlan {
  if (keep.key === merge.key) throw new Error(`“${keep.name}” cannot be merged into itself.`);
  const kept = rootRecord(keep, context);
  const merged = rootRecord(merge, context);
  const put: Actor[] = [];
  if (kept.created) put.push(kept.record);
  put.push(merged.created ? { ...merged.record, mergedInto: kept.record.id } : revisedActor(merged.record, { mergedInto: kept.record.id }, context.editor, context.now));
  return {
    put,
    before: merged.created ? [] : [merged.record],
    created: [kept, merged].filter((r) => r.created).map((r) => r.record.id),
  };
}

/** Splits a merged record off its group: it is again the actor it was, with its own aliases and merges. */
export function planSplit(member: Actor, context: Pick<ChangeContext, 'editor' | 'now'>): ActorPlan {
  if (!member.mergedInto) throw new Error(`“${member.name}” is not merged into another actor.`);
  return { put: [revisedActor(member, { mergedInto: undefined }, context.editor, context.now)], before: [member], created: [] };
}

/** Adds a name the annotations do not use ("Iranian President") as an alias of `group`. */
export function planAddAlias(group: ActorGroup, alias: string, directory: ActorDirectory, context: ChangeContext): ActorPlan {
  const name = alias.trim();
  if (!name) throw new Error('Type the alias first.');
  const owner = directory.groupOf(name);
  if (owner?.key === group.key) throw new Error(`“${name}” is already a name of “${group.name}”.`);
  if (owner) throw new Error(`“${name}” is already an actor: merge it instead.`);
  const root = rootRecord(group, context);
  const updated = root.created ? { ...root.record, aliases: [name] } : revisedActor(root.record, { aliases: [...root.record.aliases, name] }, context.editor, context.now);
  return { put: [updated], before: root.created ? [] : [root.record], created: root.created ? [root.record.id] : [] };
}

/** Removes an alias typed by hand from the record that holds it. */
export function planRemoveAlias(group: ActorGroup, alias: string, context: ChangeContext): ActorPlan {
  const key = nameKey(alias);
  const ids = new Set([group.rootId, ...group.members.map((m) => m.id)]);
  const holder = context.records.find((r) => ids.has(r.id) && r.aliases.some((a) => nameKey(a) === key));
  if (!holder) throw new Error(`“${alias}” is not an alias added by hand.`);
  const aliases = holder.aliases.filter((a) => nameKey(a) !== key);
  return { put: [revisedActor(holder, { aliases }, context.editor, context.now)], before: [holder], created: [] };
}

/** One annotation's actor and target fields, before and after a rename. */
export interface AnnotationRename {
  readonly id: string;
  readonly changes: Partial<Pick<Annotation, 'actor' | 'target'>>;
  readonly previous: Partial<Pick<Annotation, 'actor' | 'target'>>;
}

export interface RenamePlan extends ActorPlan {
  readonly annotations: readonly AnnotationRename[];
}

/**
 * Renames an actor: its record (if any) and every annotation naming it by its shown name, as
 * actor or as target. Names merged in keep their own spelling (they are the sources' words).
 */
export function planRename(
  group: ActorGroup,
  newName: string,
  annotations: readonly Pick<Annotation, 'id' | 'actor' | 'target'>[],
  directory: ActorDirectory,
  context: ChangeContext,
): RenamePlan {
  const name = newName.trim();
  if (!name) throw new Error('An actor needs a name.');
  if (name === group.name) throw new Error(`The actor is already called “${name}”.`);
  const owner = directory.groupOf(name);
  if (owner && owner.key !== group.key) throw new Error(`“${name}” is already an actor: merge them instead.`);
  if (owner && nameKey(name) !== nameKey(group.name)) throw new Error(`“${name}” is already an alias of “${group.name}”.`);
  const oldKey = nameKey(group.name);
  const renames: AnnotationRename[] = [];
  for (const a of annotations) {
    const changes: { actor?: string; target?: string } = {};
    const previous: { actor?: string; target?: string } = {};
    if (a.actor && nameKey(a.actor) === oldKey) [changes.actor, previous.actor] = [name, a.actor];
    if (a.target && nameKey(a.target) === oldKey) [changes.target, previous.target] = [name, a.target];
    if (changes.actor !== undefined || changes.target !== undefined) renames.push({ id: a.id, changes, previous });
  }
  const root = group.rootId ? context.records.find((r) => r.id === group.rootId) : undefined;
  return {
    put: root ? [revisedActor(root, { name }, context.editor, context.now)] : [],
    before: root ? [root] : [],
    created: [],
    annotations: renames,
  };
}
