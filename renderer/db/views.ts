// Reads for the cross-article views (claims, timeline): the whole library's annotations, links
// and sources in one read transaction, and the claim suggestions the analyst dismissed.
import type { Annotation, AnnotationLink } from '../../shared/model';
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

/** Annotations per read transaction when the views worker reads the whole library. */
const ANNOTATIONS_PER_READ = 5000;

/**
 * The same records as `loadViewLibrary`, the annotations read in steps (one read transaction
 * each, in key order): Chromium's IndexedDB serves an origin's requests one at a time, and a single read of
 * 50,000 annotations held every other reader (the window, the search worker) for over a second.
 * The steps are not one snapshot: the caller takes the change notices from the start of the read
 * and applies them afterwards.
 */
export async function loadViewLibraryInSteps(database: WorkbenchDatabase = db, perRead = ANNOTATIONS_PER_READ): Promise<ViewLibrary> {
  const [links, sources] = await database.transaction('r', database.links, database.sources, () => Promise.all([database.links.toArray(), database.sources.toArray()]));
  const annotations: Annotation[] = [];
  for (;;) {
    const last = annotations.at(-1)?.id;
    const step = await (last === undefined ? database.annotations.orderBy(':id') : database.annotations.where(':id').above(last)).limit(perRead).toArray();
    annotations.push(...step);
    if (step.length < perRead) return { annotations, links, sources };
  }
}

export interface FirstPart {
  readonly library: ViewLibrary;
  /** The claims the part was read for (the library also holds their answers). */
  readonly claimIds: ReadonlySet<string>;
}

/**
 * The first `count` claims in key order, read a block of annotations at a time (blocks doubling):
 * a filtered cursor costs a request per record, and each request waits its turn behind whatever
 * else the database is serving (at start: the library's counts, the search worker's reads).
 */
async function firstClaims(count: number, database: WorkbenchDatabase): Promise<Annotation[]> {
  const found: Annotation[] = [];
  let block = count * 3;
  let last: string | undefined;
  for (;;) {
    const part = await (last === undefined ? database.annotations.orderBy(':id') : database.annotations.where(':id').above(last)).limit(block).toArray();
    found.push(...part.filter((a) => a.kind === 'claim'));
    last = part.at(-1)?.id;
    if (found.length >= count || part.length < block) return found.slice(0, count);
    block *= 2;
  }
}

/** Links with either end among `ids`: one request per id and end, all sent at once (an `anyOf` walks its cursor a request at a time). */
async function linksByEnds(ids: readonly string[], database: WorkbenchDatabase): Promise<AnnotationLink[]> {
  const lists = await Promise.all(ids.flatMap((id) => [database.links.where('fromId').equals(id).toArray(), database.links.where('toId').equals(id).toArray()]));
  return [...new Map(lists.flat().map((link) => [link.id, link])).values()];
}

/**
 * What a view paints while the whole library is still being read: the first `claims` claims in
 * key order with their answers and sources, or (for the timeline, `claims` 0) simply the first
 * `annotations` annotations. Reading 50,000 records takes seconds on a busy machine; this, a few
 * rounds of requests.
 */
export async function loadFirstPart({ claims, annotations }: { readonly claims: number; readonly annotations: number }, database: WorkbenchDatabase = db): Promise<FirstPart> {
  return database.transaction('r', database.annotations, database.links, database.sources, async () => {
    const first = claims > 0 ? await firstClaims(claims, database) : await database.annotations.limit(annotations).toArray();
    const ids = first.map((a) => a.id);
    const links = claims > 0 ? await linksByEnds(ids, database) : [];
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
