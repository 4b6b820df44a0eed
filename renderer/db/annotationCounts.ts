// The annotation count of every article, for the library list, kept in step with the library by
// Dexie's change notices: a tag or an edit recounts only its own article. Counting all 2,000
// articles of an analyst's year again after every write (a live query) held the window's thread
// for 80 ms after each tag, as 2,000 index counts; the whole count is now made only at the start
// and when a notice cannot say which articles changed, in slices that let other work in.
import Dexie from 'dexie';
import { noticeParts } from './changeParts';
import { db, type WorkbenchDatabase } from './database';

/** What a notice means for the counts: nothing, these articles' counts, or every count. */
export type CountChange = { readonly kind: 'none' } | { readonly kind: 'sources'; readonly ids: ReadonlySet<string> } | { readonly kind: 'all' };

const NONE: CountChange = { kind: 'none' };
const ALL: CountChange = { kind: 'all' };

/**
 * An annotation written names its article in the notice's `sourceId` part (Dexie adds the index
 * keys of what it writes). A write whose records Dexie did not have in hand (a delete by key,
 * more than 50 records at once) names no article, and an article added or removed changes the
 * list itself: those count everything again.
 */
export function countChangeOf(parts: Readonly<Record<string, unknown>>, databaseName: string): CountChange {
  const named = noticeParts(parts, databaseName, (table, index) => (table === 'sources' && index === '') || (table === 'annotations' && (index === '' || index === 'sourceId')));
  if (named === 'all') return ALL;
  const ids = new Set<string>();
  let annotationsWritten = false;
  let articlesNamed = false;
  for (const part of named) {
    if (part.table === 'sources' && part.index === '' && (part.keys === 'all' || part.keys.size > 0)) return ALL;
    if (part.table !== 'annotations') continue;
    if (part.index === '' && (part.keys === 'all' || part.keys.size > 0)) annotationsWritten = true;
    if (part.index !== 'sourceId') continue;
    if (part.keys === 'all') return ALL;
    articlesNamed = true;
    for (const id of part.keys) ids.add(id);
  }
  if (annotationsWritten && !articlesNamed) return ALL;
  return ids.size > 0 ? { kind: 'sources', ids } : NONE;
}

/** Articles counted per read transaction in a whole count; between two, the window's other work runs. */
const SLICE = 200;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The counts and their listeners. Changes are applied one after another; those arriving meanwhile
 * are merged and applied next, each reading the library as it is then, so the counts end where
 * the library is.
 */
export class AnnotationCounts {
  private counts: ReadonlyMap<string, number> | undefined;
  private readonly listeners = new Set<() => void>();
  private pending: CountChange = NONE;
  private running = false;
  /** The latest run applying the pending changes (changes arriving during a run join it). */
  private draining: Promise<void> = Promise.resolve();
  private stopNotices: (() => void) | null = null;

  constructor(private readonly database: WorkbenchDatabase = db) {}

  /** Counts per article id (articles without annotations are absent); undefined until first counted. */
  current(): ReadonlyMap<string, number> | undefined {
    return this.counts;
  }

  /** Listens for count changes; the first listener starts the counting and the notices. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    if (!this.stopNotices) {
      const onNotice = (parts: Readonly<Record<string, unknown>>): void => this.apply(countChangeOf(parts, this.database.name));
      Dexie.on('storagemutated', onNotice);
      this.stopNotices = () => Dexie.on('storagemutated').unsubscribe(onNotice);
      this.apply(ALL);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.stopNotices?.();
        this.stopNotices = null;
        this.counts = undefined;
      }
    };
  }

  /** Resolves once every change asked for so far is counted. */
  async settled(): Promise<void> {
    await this.draining;
  }

  private apply(change: CountChange): void {
    this.pending = merged(this.pending, change);
    if (this.running || this.pending.kind === 'none') return;
    this.running = true;
    this.draining = this.drain();
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.kind !== 'none') {
        const change = this.pending;
        this.pending = NONE;
        try {
          // Some articles' counts need the others' first: a failed whole count is made again.
          if (change.kind === 'all' || !this.counts) this.publish(await this.countAll());
          else this.publish(await this.countSome(change.ids));
        } catch {
          // The database closed or failed: the counts stay as they were; the next notice tries again.
        }
      }
    } finally {
      this.running = false;
    }
  }

  /** The given articles' counts, in one read transaction. */
  private async countOf(ids: readonly string[]): Promise<number[]> {
    const { database } = this;
    return database.transaction('r', database.annotations, () => Promise.all(ids.map((id) => database.annotations.where('sourceId').equals(id).count())));
  }

  private async countAll(): Promise<Map<string, number>> {
    const ids = await this.database.sources.toCollection().primaryKeys();
    const counts = new Map<string, number>();
    for (let from = 0; from < ids.length; from += SLICE) {
      if (from > 0) await nextTask();
      const slice = ids.slice(from, from + SLICE);
      const tallies = await this.countOf(slice);
      slice.forEach((id, i) => {
        const tally = tallies[i] ?? 0;
        if (tally > 0) counts.set(id, tally);
      });
    }
    return counts;
  }

  private async countSome(ids: ReadonlySet<string>): Promise<Map<string, number>> {
    const list = [...ids];
    const tallies = await this.countOf(list);
    const counts = new Map(this.counts ?? []);
    list.forEach((id, i) => {
      const tally = tallies[i] ?? 0;
      if (tally > 0) counts.set(id, tally);
      else counts.delete(id);
    });
    return counts;
  }

  private publish(counts: ReadonlyMap<string, number>): void {
    if (this.listeners.size === 0) return;
    this.counts = counts;
    for (const listener of this.listeners) listener();
  }
}

function merged(a: CountChange, b: CountChange): CountChange {
  if (a.kind === 'all' || b.kind === 'all') return ALL;
  if (a.kind === 'none') return b;
  if (b.kind === 'none') return a;
  return { kind: 'sources', ids: new Set([...a.ids, ...b.ids]) };
}
