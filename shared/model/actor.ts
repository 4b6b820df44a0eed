// The Actor record: an actor's display name and its aliases, for the Actors view. Annotations keep
// the name their passage was tagged with; an actor record only says which names mean one actor.
import { z } from 'zod';
import { newId, nowIso } from './ids';

export const ACTOR_NAME_MAX = 500;

export const actorSchema = z.object({
  id: z.string().min(1).max(100),
  /** The name shown for the actor (and for everything merged into it). */
  name: z.string().trim().min(1).max(ACTOR_NAME_MAX),
  /** Other names of the same actor that the analyst added by hand ("Iranian President"). */
  aliases: z.array(z.string().trim().min(1).max(ACTOR_NAME_MAX)).max(1000),
  /**
   * Set when the analyst merged this actor into another: it and its aliases then show under the
   * other's name. Clearing it ("Split") gives back exactly the actor it was.
   */
  mergedInto: z.string().min(1).max(100).optional(),
  /** Incremented on every change; the exchange merge compares it, as for annotations. */
  revision: z.number().int().min(1),
  updatedAt: z.iso.datetime(),
  editedBy: z.string().max(500).optional(),
});

export type Actor = Readonly<z.infer<typeof actorSchema>>;

/** A new actor record at revision 1 (one per name that takes part in a merge or gets an alias). */
export function createActor(name: string, editor: string, at: string = nowIso(), id: string = newId()): Actor {
  return { id, name: name.trim(), aliases: [], revision: 1, updatedAt: at, ...(editor ? { editedBy: editor } : {}) };
}

/** The next revision of `actor` with `changes`, stamped `at` by `editor`. */
export function revisedActor(actor: Actor, changes: Partial<Pick<Actor, 'name' | 'aliases' | 'mergedInto'>>, editor: string, at: string = nowIso()): Actor {
  const next: Actor = { ...actor, ...changes, revision: actor.revision + 1, updatedAt: at, ...(editor ? { editedBy: editor } : {}) };
  if ('mergedInto' in changes && changes.mergedInto === undefined) {
    const { mergedInto: _dropped, ...rest } = next;
    return rest;
  }
  return next;
}
