// The views worker's copy of what the Actors, Claims and Timeline views group: annotations,
// links, article titles and dates, actor records and dismissed alias suggestions. Read once in
// full, then kept up to date record by record from the change notices; the groupings are
// derived from it on demand and kept until the records they come from change.
import type { Actor, Annotation, AnnotationLink } from '../../shared/model';
import { loadActorRecords } from '../db/actors';
import type { SourceRecord, WorkbenchDatabase } from '../db/database';
import { loadViewLibrary, loadViewLibraryInSteps, readChangedRecords } from '../db/views';
import type { ViewChanges, ViewTable } from './viewsChanges';

type Versions = Record<ViewTable, number>;

export class ViewsStore {
  private readonly annotationMap = new Map<string, Annotation>();
  private readonly linkMap = new Map<string, AnnotationLink>();
  private readonly sourceMap = new Map<string, SourceRecord>();
  private actorRecords: readonly Actor[] = [];
  private dismissedKeys: ReadonlySet<string> = new Set();
  private loading: Promise<void> | null = null;
  private loaded = false;
  /** Changes noticed while the first read runs: applied after it, since it may have missed them. */
  private early: ViewChanges[] = [];
  private readonly memo = new Map<string, { readonly at: string; readonly value: unknown }>();
  readonly versions: Versions = { annotations: 0, links: 0, sources: 0, actors: 0, aliasDismissals: 0 };

  constructor(private readonly database: WorkbenchDatabase) {}

  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Reads everything once; later calls wait for that read. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      const [library, records] = await Promise.all([loadViewLibraryInSteps(this.database), loadActorRecords(this.database)]);
      for (const a of library.annotations) this.annotationMap.set(a.id, a);
      for (const l of library.links) this.linkMap.set(l.id, l);
      for (const s of library.sources) this.sourceMap.set(s.id, s);
      this.actorRecords = records.actors;
      this.dismissedKeys = records.dismissed;
      this.loaded = true;
      const early = this.early;
      this.early = [];
      for (const changes of early) await this.apply(changes);
    })();
    return this.loading;
  }

  /** Takes in a change notice; true when the views' data changed (false before the first read). */
  async apply(changes: ViewChanges): Promise<boolean> {
    if (!this.loaded) {
      if (this.loading) this.early.push(changes);
      return false;
    }
    const keysOf = (table: 'annotations' | 'links' | 'sources'): string[] => {
      const keys = changes[table];
      return keys === undefined || keys === 'all' ? [] : [...keys];
    };
    const whole = (['annotations', 'links', 'sources'] as const).filter((t) => changes[t] === 'all');
    if (whole.length > 0) {
      const library = await loadViewLibrary(this.database);
      const refill = <T extends { readonly id: string }>(map: Map<string, T>, records: readonly T[]): void => {
        map.clear();
        for (const r of records) map.set(r.id, r);
      };
      if (whole.includes('annotations')) refill(this.annotationMap, library.annotations);
      if (whole.includes('links')) refill(this.linkMap, library.links);
      if (whole.includes('sources')) refill(this.sourceMap, library.sources);
    }
    const changed = await readChangedRecords({ annotations: keysOf('annotations'), links: keysOf('links'), sources: keysOf('sources') }, this.database);
    const put = <T>(map: Map<string, T>, pairs: readonly (readonly [string, T | undefined])[]): void => {
      for (const [id, record] of pairs) {
        if (record) map.set(id, record);
        else map.delete(id);
      }
    };
    put(this.annotationMap, changed.annotations);
    put(this.linkMap, changed.links);
    put(this.sourceMap, changed.sources);
    if (changes.actors !== undefined || changes.aliasDismissals !== undefined) {
      // A few records at most: read them whole rather than key by key.
      const records = await loadActorRecords(this.database);
      this.actorRecords = records.actors;
      this.dismissedKeys = records.dismissed;
    }
    for (const table of Object.keys(changes) as ViewTable[]) this.versions[table] += 1;
    return true;
  }

  /** `compute`'s value, kept until a table in `tables` changes or `key` differs. */
  derived<T>(name: string, tables: readonly ViewTable[], key: string, compute: () => T): T {
    const at = `${tables.map((t) => this.versions[t]).join('.')}|${key}`;
    const kept = this.memo.get(name);
    if (kept && kept.at === at) return kept.value as T;
    const value = compute();
    this.memo.set(name, { at, value });
    return value;
  }

  get annotations(): readonly Annotation[] {
    return this.derived('annotations', ['annotations'], '', () => [...this.annotationMap.values()]);
  }

  get links(): readonly AnnotationLink[] {
    return this.derived('links', ['links'], '', () => [...this.linkMap.values()]);
  }

  get sources(): readonly SourceRecord[] {
    return this.derived('sources', ['sources'], '', () => [...this.sourceMap.values()]);
  }

  get actors(): readonly Actor[] {
    return this.actorRecords;
  }

  get dismissed(): ReadonlySet<string> {
    return this.dismissedKeys;
  }

  titleOf(sourceId: string): string {
    return this.sourceMap.get(sourceId)?.title ?? '';
  }
}
