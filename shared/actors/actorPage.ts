// An actor's page: everything the actor claimed, denied and did, and what was done to them, in
// event-date order across articles.
import type { Annotation } from '../model/annotation';
import type { ActorDirectory, ActorGroup } from './actorDirectory';

export type ActorRole = 'claimed' | 'denied' | 'did' | 'target';

export interface ActorPageEntry {
  readonly annotation: Annotation;
  /** The actor's part: what they said or did, or that it was done to them. */
  readonly roles: readonly ActorRole[];
}

const ROLE_OF_KIND = { claim: 'claimed', denial: 'denied', action: 'did' } as const;

/**
 * Annotations naming `group` as actor or target, by event date (a year sorts before its months
 * and days, undated last), then by article and place in the text.
 */
export function actorPageEntries(group: ActorGroup, annotations: readonly Annotation[], directory: ActorDirectory): ActorPageEntry[] {
  const entries: ActorPageEntry[] = [];
  // A library repeats a few dozen names across 50,000 annotations: resolve each string once.
  const resolved = new Map<string, boolean>();
  const names = (name: string): boolean => {
    let hit = resolved.get(name);
    if (hit === undefined) resolved.set(name, (hit = directory.groupOf(name)?.key === group.key));
    return hit;
  };
  for (const annotation of annotations) {
    const roles: ActorRole[] = [];
    if (annotation.actor && names(annotation.actor)) roles.push(ROLE_OF_KIND[annotation.kind]);
    if (annotation.target && names(annotation.target)) roles.push('target');
    if (roles.length > 0) entries.push({ annotation, roles });
  }
  return entries.sort((a, b) => {
    const [x, y] = [a.annotation, b.annotation];
    const dated = Number(!x.eventDate.value) - Number(!y.eventDate.value);
    if (dated !== 0) return dated;
    if (x.eventDate.value !== y.eventDate.value) return x.eventDate.value < y.eventDate.value ? -1 : 1;
    if (x.sourceId !== y.sourceId) return x.sourceId < y.sourceId ? -1 : 1;
    return x.position.start - y.position.start;
  });
}
