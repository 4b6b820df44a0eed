// Reads for the cross-article views (claims, timeline): the whole library's annotations, links
// and sources in one read transaction, and the claim suggestions the analyst dismissed.
import type { Annotation, AnnotationLink } from '../../shared/model';
import { linksOf } from './annotations';
import { db, type SourceRecord, type WorkbenchDatabase } from './database';
import { withStorageErrors } from './storageErrors';

export interface ViewLibrary {
  readonly annotations: readonly Annotation[];
  readonly links: readonly AnnotationLink[];
  readonly sources: readonly SourceRecord[];
}

export async function loadViewLibrary(database: WorkbenchDatabase = db): Promise<ViewLibrary> {
  return database.transaction('r', database.annotations, database.links, database.sources, async () => {
    const [annotations, links, sources] = await Promise.all([database.annotations.toArray(), database.links.toArray(), database.sources.toArray()]);
    return { annotations, links, sources };
  });
}

export interface FirstPart {
  readonly library: ViewLibrary;
  /** The claims the part was read for (the library also holds their answers). */
  readonly claimIds: ReadonlySet<string>;
}

/**
 * What a view paints while the whole library is still being read: the first `claims` claims in
 * storage order with their answers and sources, or (for the timeline, `claims` 0) simply the first
 * `annotations` annotations. Reading 50,000 records takes seconds on a busy machine; this, a blink.
 */
export async function loadFirstPart({ claims, annotations }: { readonly claims: number; readonly annotations: number }, database: WorkbenchDatabase = db): Promise<FirstPart> {
  return database.transaction('r', database.annotations, database.links, database.sources, async () => {
    const first = claims > 0 ? await database.annotations.filter((a) => a.kind === 'claim').limit(claims).toArray() : await database.annotations.limit(annotations).toArray();
    const ids = first.map((a) => a.id);
    const links = claims > 0 ? await linksOf(ids, database) : [];
    const known = new Set(ids);
    const others = [...new Set(links.flatMap((l) => [l.fromId, l.toId]))].filter((id) => !known.has(id));
    const answers = (await database.annotations.bulkGet(others)).filter((a): a is Annotation => a !== undefined);
    const everything = [...first, ...answers];
    const sources = (await database.sources.bulkGet([...new Set(everything.map((a) => a.sourceId))])).filter((s): s is SourceRecord => s !== undefined);
    return { library: { annotations: everything, links, sources }, claimIds: new Set(claims > 0 ? ids : []) };
  });
}

/** The records of the named keys as stored now (undefined where deleted): what the views worker re-reads after a change. */
export interface ChangedViewRecords {
  readonly annotations: readonly (readonly [string, Annotation | undefined])[];
  readonly links: readonly (readonly [string, AnnotationLink | undefined])[];
  readonly sources: readonly (readonly [string, SourceRecord | undefined])[];
}

export async function readChangedRecords(
  keys: { readonly annotations: readonly string[]; readonly links: readonly string[]; readonly sources: readonly string[] },
  database: WorkbenchDatabase = db,
): Promise<ChangedViewRecords> {
  return database.transaction('r', database.annotations, database.links, database.sources, async () => {
    const [annotations, links, sources] = await Promise.all([
      database.annotations.bulkGet([...keys.annotations]),
      database.links.bulkGet([...keys.links]),
      database.sources.bulkGet([...keys.sources]),
    ]);
    const pair = <T>(ids: readonly string[], records: readonly (T | undefined)[]): (readonly [string, T | undefined])[] => ids.map((id, i) => [id, records[i]] as const);
    return { annotations: pair(keys.annotations, annotations), links: pair(keys.links, links), sources: pair(keys.sources, sources) };
  });
}

/** Annotations by id, in the order asked (missing ones left out): the rows a view shows. */
export async function annotationsById(ids: readonly string[], database: WorkbenchDatabase = db): Promise<Annotation[]> {
  return (await database.annotations.bulkGet([...ids])).filter((a): a is Annotation => a !== undefined);
}

const DISMISSED_KEY = 'dismissedClaimSuggestions';

/** The `suggestionKey`s of suggestions the analyst dismissed (kept in the settings table). */
export async function loadDismissedSuggestions(database: WorkbenchDatabase = db): Promise<string[]> {
  const record = await database.settings.get(DISMISSED_KEY);
  return Array.isArray(record?.value) ? record.value.filter((v): v is string => typeof v === 'string') : [];
}

export async function setSuggestionDismissed(key: string, dismissed: boolean, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() =>
    database.transaction('rw', database.settings, async () => {
      const keys = new Set(await loadDismissedSuggestions(database));
      if (dismissed) keys.add(key);
      else keys.delete(key);
      await database.settings.put({ key: DISMISSED_KEY, value: [...keys] });
    }),
  );
}
