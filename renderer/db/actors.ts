// Reads and writes of actor records (display names, aliases, merges) and dismissed alias
// suggestions; a rename writes its annotations and its record in one transaction.
import { buildActorDirectory, type AnnotationRename, type ActorPlan } from '../../shared/actors';
import type { NameTally } from '../../shared/actors';
import { ANNOTATION_KINDS, actorSchema, nowIso, type Actor, type Annotation, type AnnotationKind } from '../../shared/model';
import { knownActors, reviseAnnotations } from './annotations';
import { checkedPut } from './checkedWrite';
import { db, type WorkbenchDatabase } from './database';
import { withStorageErrors } from './storageErrors';

const ACTOR = 'actor';

export interface AnnotatedLibrary {
  readonly annotations: readonly Annotation[];
  /** Article titles by id, for an actor's page. */
  readonly titles: ReadonlyMap<string, string>;
}

export interface ActorRecords {
  readonly actors: readonly Actor[];
  readonly dismissed: ReadonlySet<string>;
}

export type ActorLibrary = AnnotatedLibrary & ActorRecords;

/**
 * The annotations and article titles the Actors view counts. Read apart from the actor records,
 * so a merge or split (one small record) does not read 50,000 annotations again.
 */
export async function loadAnnotatedLibrary(database: WorkbenchDatabase = db): Promise<AnnotatedLibrary> {
  return database.transaction('r', [database.annotations, database.sources], async () => {
    const [annotations, sources] = await Promise.all([database.annotations.toArray(), database.sources.toArray()]);
    return { annotations, titles: new Map(sources.map((s) => [s.id, s.title])) };
  });
}

export async function loadActorRecords(database: WorkbenchDatabase = db): Promise<ActorRecords> {
  return database.transaction('r', [database.actors, database.aliasDismissals], async () => {
    const [actors, dismissals] = await Promise.all([database.actors.toArray(), database.aliasDismissals.toCollection().primaryKeys()]);
    return { actors, dismissed: new Set(dismissals) };
  });
}

/**
 * How often each name is used, by kind and as target, counted with the `[actor+kind]` and
 * `target` indexes without reading a record: what the Actors tab paints first. Articles per name
 * need the records (`loadAnnotatedLibrary`), so these tallies carry none.
 */
export async function loadNameTallies(database: WorkbenchDatabase = db): Promise<NameTally[]> {
  return database.transaction('r', database.annotations, async () => {
    const [pairs, targets] = await Promise.all([
      database.annotations.orderBy('[actor+kind]').uniqueKeys(),
      database.annotations.orderBy('target').uniqueKeys(),
    ]);
    // Index keys come back untyped: keep the well-formed pairs of a name and a kind.
    const actorPairs = pairs.flatMap((p): [string, AnnotationKind][] => {
      if (!Array.isArray(p)) return [];
      const [name, kind] = p as unknown[];
      return typeof name === 'string' && name !== '' && ANNOTATION_KINDS.some((k) => k === kind) ? [[name, kind as AnnotationKind]] : [];
    });
    const targetNames = targets.filter((t): t is string => typeof t === 'string' && t !== '');
    const [pairCounts, targetCounts] = await Promise.all([
      Promise.all(actorPairs.map((p) => database.annotations.where('[actor+kind]').equals(p).count())),
      Promise.all(targetNames.map((t) => database.annotations.where('target').equals(t).count())),
    ]);
    const tallies = new Map<string, { name: string; claims: number; denials: number; actions: number; asTarget: number }>();
    const tally = (name: string): { name: string; claims: number; denials: number; actions: number; asTarget: number } => {
      let t = tallies.get(name);
      if (!t) tallies.set(name, (t = { name, claims: 0, denials: 0, actions: 0, asTarget: 0 }));
      return t;
    };
    const field = { claim: 'claims', denial: 'denials', action: 'actions' } as const satisfies Record<(typeof ANNOTATION_KINDS)[number], string>;
    actorPairs.forEach(([name, kind], i) => {
      tally(name)[field[kind]] += pairCounts[i] ?? 0;
    });
    targetNames.forEach((name, i) => {
      tally(name).asTarget += targetCounts[i] ?? 0;
    });
    return [...tallies.values()];
  });
}

/**
 * The annotations naming any of `spellings` (exactly as annotations write them) as actor or
 * target, read through the `actor` and `target` indexes: an actor's page and a rename read only
 * the actor's own annotations, never the library.
 */
export async function annotationsNaming(spellings: readonly string[], database: WorkbenchDatabase = db): Promise<Annotation[]> {
  if (spellings.length === 0) return [];
  return database.transaction('r', database.annotations, async () => {
    const [asActor, asTarget] = await Promise.all([
      database.annotations.where('actor').anyOf([...spellings]).toArray(),
      database.annotations.where('target').anyOf([...spellings]).toArray(),
    ]);
    const byId = new Map(asActor.map((a) => [a.id, a] as const));
    for (const a of asTarget) byId.set(a.id, a);
    return [...byId.values()];
  });
}

/** Article titles of the given ids. */
export async function titlesOf(sourceIds: readonly string[], database: WorkbenchDatabase = db): Promise<Map<string, string>> {
  const sources = await database.sources.bulkGet([...new Set(sourceIds)]);
  return new Map(sources.flatMap((s) => (s ? [[s.id, s.title] as const] : [])));
}

/** Everything the Actors view and an actor's page read. */
export async function loadActorLibrary(database: WorkbenchDatabase = db): Promise<ActorLibrary> {
  const [annotated, records] = await Promise.all([loadAnnotatedLibrary(database), loadActorRecords(database)]);
  return { ...annotated, ...records };
}

/** An actor the annotation editor offers: its display name, found also by its aliases. */
export interface ActorChoice {
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * The actors to offer in the editor's Actor and Target fields: one per actor under its display
 * name (a merged spelling is not offered apart), with its other names to find it by.
 */
export async function actorChoices(database: WorkbenchDatabase = db): Promise<ActorChoice[]> {
  const [names, records] = await Promise.all([knownActors(database), database.actors.toArray()]);
  const directory = buildActorDirectory(records, names);
  return directory.groups.map((g) => ({ name: g.name, aliases: g.names.slice(1) })).sort((a, b) => a.name.localeCompare(b.name));
}

export async function loadActors(database: WorkbenchDatabase = db): Promise<Actor[]> {
  return database.actors.toArray();
}

/** Writes a planned change's records as planned. */
export async function applyActorPlan(plan: ActorPlan, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() => database.transaction('rw', database.actors, () => checkedPut(database.actors, actorSchema, plan.put, ACTOR)));
}

/**
 * Puts `records` back as they were (undo and redo) as new revisions of what is stored, so a shared
 * file with the undone version never wins over the undo; deletes the records in `deleteIds`.
 */
async function restoreActors(records: readonly Actor[], deleteIds: readonly string[], editor: string, database: WorkbenchDatabase): Promise<void> {
  const current = await database.actors.bulkGet(records.map((r) => r.id));
  const now = nowIso();
  const restored = records.map((record, index): Actor => {
    const stored = current[index];
    // A planned record already one revision past the stored one is written as planned.
    if (!stored || record.revision > stored.revision) return record;
    return { ...record, revision: Math.max(record.revision, stored.revision) + 1, updatedAt: now, ...(editor ? { editedBy: editor } : {}) };
  });
  await database.actors.bulkDelete([...deleteIds]);
  await checkedPut(database.actors, actorSchema, restored, ACTOR);
}

/** Undoes `plan`: the records it changed return, the ones it created go. */
export async function undoActorPlan(plan: ActorPlan, editor: string, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() => database.transaction('rw', database.actors, () => restoreActors(plan.before, plan.created, editor, database)));
}

/** Does `plan` again after an undo. */
export async function redoActorPlan(plan: ActorPlan, editor: string, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() => database.transaction('rw', database.actors, () => restoreActors(plan.put, [], editor, database)));
}

/**
 * A rename in one transaction: every annotation naming the actor (each one revision more, by the
 * annotations' own rule) and the actor's record. `direction` 'back' writes the previous names.
 */
export async function writeRename(
  plan: ActorPlan & { readonly annotations: readonly AnnotationRename[] },
  direction: 'forward' | 'back',
  editor: string,
  database: WorkbenchDatabase = db,
): Promise<void> {
  await withStorageErrors(() =>
    database.transaction('rw', database.annotations, database.actors, async () => {
      const edits = plan.annotations.map((a) => ({ id: a.id, changes: direction === 'forward' ? a.changes : a.previous }));
      await reviseAnnotations(edits, editor, database);
      await restoreActors(direction === 'forward' ? plan.put : plan.before, [], editor, database);
    }),
  );
}

export async function dismissAliasSuggestion(key: string, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() => database.aliasDismissals.put({ key, dismissedAt: nowIso() }));
}

export async function restoreAliasSuggestion(key: string, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() => database.aliasDismissals.delete(key));
}
