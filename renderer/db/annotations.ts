// Reads and writes of annotations and the typed links between them. Every change, undo and redo
// included, is one revision more with its time and editor (`revised`), which the merge relies on.
import { anchorMany, type AnchorResult } from '../../shared/anchoring';
import {
  annotationLinkSchema,
  annotationSchema,
  newId,
  nowIso,
  type Annotation,
  type AnnotationFields,
  type AnnotationLink,
  type LinkType,
  type Source,
} from '../../shared/model';
import { checkedAdd, checkedPut } from './checkedWrite';
import { db, type WorkbenchDatabase } from './database';
import { withStorageErrors } from './storageErrors';

const ANNOTATION = 'annotation';
const LINK = 'link';

/** Stores a new annotation (creating it; its author made it, so no `editedBy`). */
export async function addAnnotation(annotation: Annotation, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() => database.transaction('rw', database.annotations, () => checkedAdd(database.annotations, annotationSchema, [annotation], ANNOTATION)));
}

export type AnnotationChanges = Partial<AnnotationFields> | Partial<Pick<Annotation, 'quote' | 'position' | 'anchor' | 'sourceHash'>>;

/**
 * Changes, or how to make them from the record as stored at the moment of writing. The second
 * form is for a part of a field (the event date's precision): built from the stored record, not
 * from the copy on screen, it cannot put back a value another edit has just written.
 */
export type AnnotationEdit = AnnotationChanges | ((stored: Annotation) => AnnotationChanges);

/** The changes `edit` makes to `stored`. */
export function changesOf(edit: AnnotationEdit, stored: Annotation): AnnotationChanges {
  return typeof edit === 'function' ? edit(stored) : edit;
}

/** The revision rule, in one place: each change is one revision more, stamped now and by `editor`. */
function revised(current: Annotation, changes: AnnotationChanges, editor: string): Annotation {
  return { ...current, ...changes, revision: current.revision + 1, updatedAt: nowIso(), editedBy: editor };
}

/**
 * Applies field changes as a new revision; returns the record as it was before. Undo and redo
 * call it too, with the old or new values: they are new edits, never a rewind of the revision.
 */
export async function updateAnnotation(
  id: string,
  edit: AnnotationEdit,
  editor: string,
  database: WorkbenchDatabase = db,
): Promise<Annotation> {
  return withStorageErrors(() =>
    database.transaction('rw', database.annotations, async () => {
      const before = await database.annotations.get(id);
      if (!before) throw new Error('This annotation is no longer in the library.');
      const changes = changesOf(edit, before);
      // A revision counts changes: writing the values already there is none.
      if (JSON.stringify(previousValues(before, changes)) === JSON.stringify(changes)) return before;
      await checkedPut(database.annotations, annotationSchema, [revised(before, changes, editor)], ANNOTATION);
      return before;
    }),
  );
}

/**
 * Applies changes to many annotations inside the caller's transaction (a rename across the
 * library), each by the same revision rule as `updateAnnotation`; unchanged or missing ones are left.
 */
export async function reviseAnnotations(
  edits: readonly { readonly id: string; readonly changes: AnnotationChanges }[],
  editor: string,
  database: WorkbenchDatabase = db,
): Promise<number> {
  const current = await database.annotations.bulkGet(edits.map((e) => e.id));
  const records = edits.flatMap(({ changes }, index) => {
    const before = current[index];
    if (!before || JSON.stringify(previousValues(before, changes)) === JSON.stringify(changes)) return [];
    return [revised(before, changes, editor)];
  });
  await checkedPut(database.annotations, annotationSchema, records, ANNOTATION);
  return records.length;
}

/** The values `record` holds for the fields `changes` sets: what undoing `changes` writes back. */
export function previousValues(record: Annotation, changes: AnnotationChanges): AnnotationChanges {
  const keys = Object.keys(changes) as (keyof Annotation)[];
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as AnnotationChanges;
}

export interface DeletedAnnotation {
  readonly annotation: Annotation;
  readonly links: readonly AnnotationLink[];
}

export async function deleteAnnotation(id: string, database: WorkbenchDatabase = db): Promise<DeletedAnnotation> {
  return withStorageErrors(() =>
    database.transaction('rw', database.annotations, database.links, async () => {
      const annotation = await database.annotations.get(id);
      if (!annotation) throw new Error('This annotation is no longer in the library.');
      const links = await linksOf([id], database);
      await database.links.bulkDelete(links.map((l) => l.id));
      await database.annotations.delete(id);
      return { annotation, links };
    }),
  );
}

/**
 * Brings a deleted annotation back with its links (undo of a delete, redo of a creation). It
 * returns as the very version it was, so it keeps that version's revision: a revision numbers
 * versions of content, and this content is the one that number already names.
 */
export async function restoreAnnotation(deleted: DeletedAnnotation, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() =>
    database.transaction('rw', database.annotations, database.links, async () => {
      if (await database.annotations.get(deleted.annotation.id)) throw new Error('This annotation is already in the library.');
      await checkedAdd(database.annotations, annotationSchema, [deleted.annotation], ANNOTATION);
      const present = new Set((await database.annotations.bulkGet(deleted.links.flatMap((l) => [l.fromId, l.toId]))).flatMap((a) => (a ? [a.id] : [])));
      // A link whose other end has gone since cannot come back; the rest do.
      const links = deleted.links.filter((l) => present.has(l.fromId) && present.has(l.toId));
      await checkedPut(database.links, annotationLinkSchema, links, LINK);
    }),
  );
}

/** Links with either end among `ids`, each once. */
export async function linksOf(ids: readonly string[], database: WorkbenchDatabase = db): Promise<AnnotationLink[]> {
  if (ids.length === 0) return [];
  const [from, to] = await Promise.all([
    database.links.where('fromId').anyOf([...ids]).toArray(),
    database.links.where('toId').anyOf([...ids]).toArray(),
  ]);
  const byId = new Map<string, AnnotationLink>();
  for (const link of [...from, ...to]) byId.set(link.id, link);
  return [...byId.values()];
}

export async function addLink(fromId: string, toId: string, type: LinkType, database: WorkbenchDatabase = db): Promise<AnnotationLink> {
  if (fromId === toId) throw new Error('An annotation cannot be linked to itself.');
  return withStorageErrors(() =>
    database.transaction('rw', database.annotations, database.links, async () => {
      const [from, to] = await Promise.all([database.annotations.get(fromId), database.annotations.get(toId)]);
      if (!from || !to) throw new Error('Both annotations must be in the library to link them.');
      const existing = await database.links.where('fromId').equals(fromId).filter((l) => l.toId === toId && l.type === type).first();
      if (existing) throw new Error('These annotations are already linked that way.');
      const link: AnnotationLink = { id: newId(), fromId, toId, type, createdAt: nowIso() };
      await checkedAdd(database.links, annotationLinkSchema, [link], LINK);
      return link;
    }),
  );
}

export async function removeLink(id: string, database: WorkbenchDatabase = db): Promise<AnnotationLink> {
  return withStorageErrors(() =>
    database.transaction('rw', database.links, async () => {
      const link = await database.links.get(id);
      if (!link) throw new Error('This link is no longer in the library.');
      await database.links.delete(id);
      return link;
    }),
  );
}

/** Puts a removed link back (undo of an unlink, redo of a link), if both its ends are still there. */
export async function restoreLink(link: AnnotationLink, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() =>
    database.transaction('rw', database.annotations, database.links, async () => {
      const [from, to] = await database.annotations.bulkGet([link.fromId, link.toId]);
      if (!from || !to) throw new Error('One end of this link is no longer in the library.');
      await checkedPut(database.links, annotationLinkSchema, [link], LINK);
    }),
  );
}

/** Actors already used anywhere in the library, for the actor picker. */
export async function knownActors(database: WorkbenchDatabase = db): Promise<string[]> {
  const keys = await database.annotations.orderBy('actor').uniqueKeys();
  return keys.map(String).filter(Boolean);
}

/**
 * Anchors a source's annotations in its current text and stores any outcome that changed
 * (state, score or position), so the reader, lists and exports all agree.
 */
export async function anchorSourceAnnotations(
  source: Pick<Source, 'id' | 'text' | 'textHash'>,
  annotations: readonly Annotation[],
  database: WorkbenchDatabase = db,
): Promise<number> {
  const results: AnchorResult[] = anchorMany(source.text, annotations);
  const checkedAt = nowIso();
  const changed: Annotation[] = [];
  annotations.forEach((annotation, index) => {
    const result = results[index];
    if (!result) return;
    // Found verbatim where it was last placed: keep the stored outcome (a passage that was
    // once re-anchored stays reported as moved or fuzzy until the text changes again).
    const samePlace = result.state !== 'orphan' && result.start === annotation.position.start && result.end === annotation.position.end;
    const unchanged =
      result.state === 'orphan'
        ? annotation.anchor.state === 'orphan'
        : samePlace &&
          ((result.state === 'exact' && annotation.anchor.state !== 'orphan') ||
            (result.state === annotation.anchor.state && Math.abs(result.score - annotation.anchor.score) < 1e-9));
    if (unchanged) return;
    const position = result.state === 'orphan' ? annotation.position : { start: result.start, end: result.end };
    changed.push({ ...annotation, position, anchor: { state: result.state, score: result.score, checkedAt } });
  });
  // Anchoring outcomes are the app's reading of the text, not the analyst's edit: no new revision.
  if (changed.length > 0) {
    await withStorageErrors(() => database.transaction('rw', database.annotations, () => checkedPut(database.annotations, annotationSchema, changed, ANNOTATION)));
  }
  return changed.length;
}

export async function getAnnotation(id: string, database: WorkbenchDatabase = db): Promise<Annotation | undefined> {
  return database.annotations.get(id);
}

/** The annotations of one source, in no particular order. */
export async function annotationsOfSource(sourceId: string, database: WorkbenchDatabase = db): Promise<Annotation[]> {
  return database.annotations.where('sourceId').equals(sourceId).toArray();
}

/** The ids of a source's annotations in text order, for "add the whole article". */
export async function annotationIdsInTextOrder(sourceId: string, database: WorkbenchDatabase = db): Promise<string[]> {
  return (await database.annotations.where('sourceId').equals(sourceId).sortBy('position.start')).map((a) => a.id);
}

export async function countAnnotationsOfSource(sourceId: string, database: WorkbenchDatabase = db): Promise<number> {
  return database.annotations.where('sourceId').equals(sourceId).count();
}

export async function countAllAnnotations(database: WorkbenchDatabase = db): Promise<number> {
  return database.annotations.count();
}

/**
 * The annotations at the ends of `links` that are still in the library, with their articles'
 * titles: what the editor's list of links says, read by key rather than with the whole library.
 */
export async function linkedAnnotations(
  links: readonly AnnotationLink[],
  database: WorkbenchDatabase = db,
): Promise<{ readonly annotations: ReadonlyMap<string, Annotation>; readonly titles: ReadonlyMap<string, string> }> {
  const ids = [...new Set(links.flatMap((link) => [link.fromId, link.toId]))];
  const found = (await database.annotations.bulkGet(ids)).filter((annotation): annotation is Annotation => annotation !== undefined);
  const sources = await database.sources.bulkGet([...new Set(found.map((annotation) => annotation.sourceId))]);
  const titles = new Map(sources.flatMap((source) => (source ? [[source.id, source.title] as const] : [])));
  return { annotations: new Map(found.map((annotation) => [annotation.id, annotation])), titles };
}

/** Every annotation with the title of its source, for the link picker. */
export async function linkableAnnotations(
  database: WorkbenchDatabase = db,
): Promise<{ readonly annotations: Annotation[]; readonly titles: ReadonlyMap<string, string> }> {
  const [annotations, sources] = await Promise.all([database.annotations.toArray(), database.sources.toArray()]);
  return { annotations, titles: new Map(sources.map((s) => [s.id, s.title])) };
}
