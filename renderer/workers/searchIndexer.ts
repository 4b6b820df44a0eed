// A search worker's index of its shard of the library (searchShards.ts; the whole library when
// there is one shard): loaded from IndexedDB or built from the library with progress, brought up
// to date with the records changed since (by comparing each record's version with the one
// indexed), updated as records change, and saved back a moment after the last change.
import type { Annotation, Dossier } from '../../shared/model';
import { SEARCH_FORMAT_VERSION, createLibraryIndex, documentOf, holdsDocument, indexSnapshot, loadLibraryIndex, type IndexSnapshot, putDocuments, removeDocuments, type LibraryIndex, type StoredDocument } from '../../shared/search/libraryIndex';
import { annotationDocument, annotationDocumentId, articleDocument, articleDocumentId, dossierDocumentIdPrefix, dossierDocuments, passageDocuments } from '../../shared/search/searchDocuments';
import { searchLibrary, type SearchLimits, type SearchOutcome } from '../../shared/search/searchResults';
import { shardOf } from '../../shared/search/searchShards';
import type { SourceRecord, WorkbenchDatabase } from '../db/database';
import type { SearchedWrites } from '../db/searchedWrites';
import { readAllSearched, readSearchIndex, readSearchedByKey, readTexts, searchIndexKey, writeSearchIndex, type SearchedRecords } from '../db/searchIndex';

export type IndexStatus =
  | { readonly state: 'loading' }
  | { readonly state: 'building'; readonly done: number; readonly total: number }
  /** `buildMs`: how long the last whole build took, when this status ends one. */
  | { readonly state: 'ready'; readonly documents: number; readonly buildMs?: number }
  | { readonly state: 'failed'; readonly message: string };

/** Which part of the library this index holds (searchShards.ts): shard `shard` of `shards`. */
export interface IndexShard {
  readonly shard: number;
  readonly shards: number;
}

const WHOLE_LIBRARY: IndexShard = { shard: 0, shards: 1 };

export interface ChangedKeys {
  readonly sources: ReadonlySet<string>;
  readonly annotations: ReadonlySet<string>;
  readonly dossiers: ReadonlySet<string>;
}

const SOURCE_BATCH = 25;
const ANNOTATION_BATCH = 2_000;
/**
 * Saving serialises the whole index (about 50 MB for the analyst year), which holds the worker for
 * seconds on a busy machine, and a change arriving meanwhile waits: so it waits for a quiet spell.
 * A change not yet saved is not lost: the next start compares every record with the index.
 */
const SAVE_DELAY_MS = 30_000;
/** Records in one change from which the index reports its progress, and takes its turn (`oneShardAtATime`). */
const LARGE_CHANGE = 500;

function sourceSignature(source: SourceRecord): string {
  return `${source.updatedAt}|${source.textHash}`;
}
function annotationSignature(annotation: Annotation): string {
  return `${annotation.updatedAt}|${annotation.revision}|${annotation.position.start}`;
}
function dossierSignature(dossier: Dossier): string {
  return dossier.updatedAt;
}

function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Lets queries and change notices in between batches of a long build. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Large indexing work (a build, a catch-up at start, an import taken in) and saves run in one
 * shard at a time: both at once would take both cores from the window and the views worker, which
 * is what an analyst would feel (the Timeline view took 318 ms instead of 189 in the benchmark,
 * opened while both shards caught up). Loading a saved index at start is not held back: a start
 * is faster with both. A shard answers queries while it waits, from the index it has. Web Locks
 * are shared by every worker of the origin, and are not re-entrant: work holding the lock must
 * not ask for it again. Without them (unit tests in Node) the work runs at once.
 */
function oneShardAtATime(work: () => Promise<void>): Promise<void> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? locks.request('dossier-workbench-search-indexing', work) : work();
}

/** The saved index, or null when it cannot be read back (it is derived data: the caller builds it again). */
function loadedOrNull(snapshot: IndexSnapshot): LibraryIndex | null {
  try {
    return loadLibraryIndex(snapshot);
  } catch {
    return null;
  }
}

export class SearchIndexer {
  private index: LibraryIndex = createLibraryIndex();
  private signatures = new Map<string, string>();
  /** Document ids per source and per dossier, to take them out when the record goes or changes. */
  private documentsOf = new Map<string, string[]>();
  private work: Promise<void> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly database: WorkbenchDatabase,
    private readonly onStatus: (status: IndexStatus) => void,
    /**
     * `receivedAt`: when the change reached the worker (epoch ms); `added`: the documents of
     * annotations new to the index, when the change was only that (a tag), else empty.
     */
    private readonly onUpdated: (receivedAt: number, added: readonly StoredDocument[]) => void = () => undefined,
    private readonly part: IndexShard = WHOLE_LIBRARY,
  ) {}

  /** Loads the saved index (or builds one), then catches up with what changed since it was saved. */
  start(): Promise<void> {
    return this.enqueue(async () => {
      this.onStatus({ state: 'loading' });
      const saved = await readSearchIndex(this.database, this.key);
      const loaded = saved?.formatVersion === SEARCH_FORMAT_VERSION ? loadedOrNull(saved.snapshot) : null;
      if (saved && loaded) {
        this.index = loaded;
        this.signatures = new Map(Object.entries(saved.signatures));
        this.rememberOwners([...this.index.numberOf.keys()]);
        await this.reconcile();
      } else {
        await this.build();
      }
    });
  }

  rebuild(): Promise<void> {
    return this.enqueue(() => this.build());
  }

  /** Re-reads the records named (or, for `all`, every record whose version differs from the one indexed). */
  update(changes: ChangedKeys | 'all'): Promise<void> {
    const receivedAt = epochNow();
    return this.enqueue(async () => {
      if (changes === 'all') await this.reconcile();
      else if (!(await this.apply(changes))) return;
      this.onUpdated(receivedAt, []);
    });
  }

  /**
   * Takes in what the window wrote, as written: no read of IndexedDB, so a tag is findable as soon
   * as its transaction commits. The change notice for the same transaction then finds nothing new.
   */
  takeWritten(writes: SearchedWrites): Promise<void> {
    const receivedAt = epochNow();
    return this.enqueue(async () => {
      let changed = writes.all;
      const mine = this.own({ sources: [], annotations: writes.annotations, dossiers: writes.dossiers });
      const fresh = mine.annotations.filter((annotation) => !this.holds(annotation));
      const dossiers = mine.dossiers.filter((dossier) => this.signatures.get(`d:${dossier.id}`) !== dossierSignature(dossier));
      const added = fresh.map(annotationDocument).filter((document) => !this.index.numberOf.has(document.id));
      if (fresh.length > 0 || dossiers.length > 0) {
        changed = true;
        await this.indexRecords([], fresh, dossiers, () => undefined);
        this.scheduleSave();
      }
      const keys = { sources: new Set(writes.sourceKeys), annotations: new Set(writes.annotationKeys), dossiers: new Set(writes.dossierKeys) };
      if (keys.sources.size + keys.annotations.size + keys.dossiers.size > 0 && (await this.apply(keys))) changed = true;
      if (writes.all) await this.reconcile();
      const onlyAdded = !writes.all && dossiers.length === 0 && keys.sources.size + keys.annotations.size + keys.dossiers.size === 0 && added.length === fresh.length;
      if (changed) this.onUpdated(receivedAt, onlyAdded ? added : []);
    });
  }

  search(query: string, limits?: SearchLimits, filter?: (document: StoredDocument) => boolean): SearchOutcome {
    return searchLibrary(this.index, query, limits, filter);
  }

  get engineIndex(): LibraryIndex {
    return this.index;
  }

  /** Resolves when every queued load, build and update has run (tests). */
  settled(): Promise<void> {
    return this.work;
  }

  /** Writes the index now (tests, and after a build). */
  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await oneShardAtATime(() =>
      writeSearchIndex(
        { formatVersion: SEARCH_FORMAT_VERSION, savedAt: new Date().toISOString(), snapshot: indexSnapshot(this.index), signatures: Object.fromEntries(this.signatures) },
        this.database,
        this.key,
        Array.from({ length: this.part.shards }, (_, shard) => searchIndexKey(shard, this.part.shards)),
      ),
    );
  }

  /** The key this index is saved under: one record per shard, and a different layout's records are not read. */
  private get key(): string {
    return searchIndexKey(this.part.shard, this.part.shards);
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const run = this.work.then(job).catch((error: unknown) => {
      this.onStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
    this.work = run;
    return run;
  }

  private ready(buildMs?: number): void {
    this.onStatus({ state: 'ready', documents: this.index.numberOf.size, ...(buildMs === undefined ? {} : { buildMs }) });
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.enqueue(() => this.save());
    }, SAVE_DELAY_MS);
  }

  /** Whether the index holds the annotation as it is now (its version noted for the next start). */
  private holds(annotation: Annotation): boolean {
    if (!holdsDocument(this.index, annotationDocument(annotation))) return false;
    this.signatures.set(`a:${annotation.id}`, annotationSignature(annotation));
    return true;
  }

  /** Whether this index holds the records of the group keyed `groupKey`. */
  private holdsGroup(groupKey: string): boolean {
    return this.part.shards === 1 || shardOf(groupKey, this.part.shards) === this.part.shard;
  }

  /** The records whose groups this index holds: every shard is offered every record read or written. */
  private own(records: SearchedRecords): SearchedRecords {
    if (this.part.shards === 1) return records;
    return {
      sources: records.sources.filter((source) => this.holdsGroup(source.id)),
      annotations: records.annotations.filter((annotation) => this.holdsGroup(annotation.sourceId)),
      dossiers: records.dossiers.filter((dossier) => this.holdsGroup(dossierDocumentIdPrefix(dossier.id))),
    };
  }

  private rememberOwners(ids: readonly string[]): void {
    for (const id of ids) {
      const document = documentOf(this.index, id);
      if (!document) continue;
      const owner = document.sourceId ? `s:${document.sourceId}` : `d:${document.dossierId}`;
      if (document.kind === 'annotation') continue;
      const list = this.documentsOf.get(owner) ?? [];
      list.push(id);
      this.documentsOf.set(owner, list);
    }
  }

  private dropOwner(owner: string): void {
    removeDocuments(this.index, this.documentsOf.get(owner) ?? []);
    this.documentsOf.delete(owner);
  }

  private async build(): Promise<void> {
    const started = performance.now();
    const records = this.own(await readAllSearched(this.database));
    const total = records.sources.length + records.annotations.length + records.dossiers.length;
    this.onStatus({ state: 'building', done: 0, total });
    // The index it had answers queries until this shard's turn comes.
    await oneShardAtATime(async () => {
      this.index = createLibraryIndex();
      this.signatures = new Map();
      this.documentsOf = new Map();
      await this.indexEach(records.sources, records.annotations, records.dossiers, (done) => this.onStatus({ state: 'building', done, total }));
    });
    const buildMs = performance.now() - started;
    await this.save();
    this.ready(buildMs);
  }

  private async reconcile(): Promise<void> {
    const records = this.own(await readAllSearched(this.database));
    const current = new Set<string>();
    const changed = {
      sources: records.sources.filter((s) => (current.add(`s:${s.id}`), this.signatures.get(`s:${s.id}`) !== sourceSignature(s))),
      annotations: records.annotations.filter((a) => (current.add(`a:${a.id}`), this.signatures.get(`a:${a.id}`) !== annotationSignature(a))),
      dossiers: records.dossiers.filter((d) => (current.add(`d:${d.id}`), this.signatures.get(`d:${d.id}`) !== dossierSignature(d))),
    };
    const gone = [...this.signatures.keys()].filter((key) => !current.has(key));
    for (const key of gone) this.forget(key);
    const total = changed.sources.length + changed.annotations.length + changed.dossiers.length;
    if (total > 0) await this.indexRecords(changed.sources, changed.annotations, changed.dossiers, (done) => this.onStatus({ state: 'building', done, total }));
    if (total > 0 || gone.length > 0) this.scheduleSave();
    this.ready();
  }

  private forget(key: string): void {
    this.signatures.delete(key);
    const id = key.slice(2);
    if (key.startsWith('a:')) removeDocuments(this.index, [annotationDocumentId(id)]);
    else {
      this.dropOwner(key);
      if (key.startsWith('s:')) removeDocuments(this.index, [articleDocumentId(id)]);
    }
  }

  /** Reads the records named and indexes what differs from the index; whether anything did. */
  private async apply(changes: ChangedKeys): Promise<boolean> {
    const found = await readSearchedByKey({ sources: [...changes.sources], annotations: [...changes.annotations], dossiers: [...changes.dossiers] }, this.database);
    const present = <T>(list: readonly (T | undefined)[]): T[] => list.filter((r): r is T => r !== undefined);
    // Named but no longer there: deleted. Only what the index holds is news.
    const missing = (prefix: string, keys: ReadonlySet<string>, records: readonly unknown[]): string[] =>
      [...keys].map((key) => `${prefix}:${key}`).filter((key, i) => records[i] === undefined && this.signatures.has(key));
    const gone = [...missing('s', changes.sources, found.sources), ...missing('a', changes.annotations, found.annotations), ...missing('d', changes.dossiers, found.dossiers)];
    for (const key of gone) this.forget(key);
    const mine = this.own({ sources: present(found.sources), annotations: present(found.annotations), dossiers: present(found.dossiers) });
    const sources = mine.sources;
    // Taken in already from the window's write (takeWritten), or written again unchanged: nothing to do.
    const annotations = mine.annotations.filter((annotation) => !this.holds(annotation));
    const dossiers = mine.dossiers.filter((dossier) => this.signatures.get(`d:${dossier.id}`) !== dossierSignature(dossier));
    const total = sources.length + annotations.length + dossiers.length;
    if (total === 0 && gone.length === 0) return false;
    // A large change (an import) is indexing work worth saying, with progress; a tag is not.
    const progress = total >= LARGE_CHANGE ? (done: number): void => this.onStatus({ state: 'building', done, total }) : (): void => undefined;
    progress(0);
    await this.indexRecords(sources, annotations, dossiers, progress);
    this.scheduleSave();
    this.ready();
    return true;
  }

  private async indexRecords(sources: readonly SourceRecord[], annotations: readonly Annotation[], dossiers: readonly Dossier[], progress: (done: number) => void): Promise<void> {
    const total = sources.length + annotations.length + dossiers.length;
    if (total >= LARGE_CHANGE) await oneShardAtATime(() => this.indexEach(sources, annotations, dossiers, progress));
    else await this.indexEach(sources, annotations, dossiers, progress);
  }

  private async indexEach(sources: readonly SourceRecord[], annotations: readonly Annotation[], dossiers: readonly Dossier[], progress: (done: number) => void): Promise<void> {
    let done = 0;
    for (let i = 0; i < sources.length; i += SOURCE_BATCH) {
      const batch = sources.slice(i, i + SOURCE_BATCH);
      const texts = await readTexts(batch.map((s) => s.id), this.database);
      batch.forEach((source, n) => {
        this.dropOwner(`s:${source.id}`);
        const passages = passageDocuments(source.id, texts[n] ?? '');
        putDocuments(this.index, [articleDocument(source), ...passages]);
        this.rememberOwners(passages.map((p) => p.id));
        this.signatures.set(`s:${source.id}`, sourceSignature(source));
      });
      done += batch.length;
      progress(done);
      await nextTask();
    }
    for (let i = 0; i < annotations.length; i += ANNOTATION_BATCH) {
      const batch = annotations.slice(i, i + ANNOTATION_BATCH);
      putDocuments(this.index, batch.map(annotationDocument));
      for (const annotation of batch) this.signatures.set(`a:${annotation.id}`, annotationSignature(annotation));
      done += batch.length;
      progress(done);
      await nextTask();
    }
    for (const dossier of dossiers) {
      this.dropOwner(`d:${dossier.id}`);
      const documents = dossierDocuments(dossier);
      putDocuments(this.index, documents);
      this.rememberOwners(documents.map((d) => d.id));
      this.signatures.set(`d:${dossier.id}`, dossierSignature(dossier));
    }
    progress(done + dossiers.length);
  }
}
