// Changes to the library held back while indexing is paused (a large import writing), merged
// into one batch for when it resumes: the import and the indexing do not share the two cores.
import type { SearchedWrites } from '../db/searchedWrites';
import type { ChangedKeys } from './searchIndexer';

export class DeferredChanges {
  private pauses = 0;
  private held: { sources: Set<string>; annotations: Set<string>; dossiers: Set<string> } | 'all' | null = null;

  get paused(): boolean {
    return this.pauses > 0;
  }

  pause(): void {
    this.pauses += 1;
  }

  /** Ends one pause; when the last ends, what was held (null for nothing). */
  resume(): ChangedKeys | 'all' | null {
    if (this.pauses === 0) return null;
    this.pauses -= 1;
    if (this.pauses > 0) return null;
    const held = this.held;
    this.held = null;
    return held;
  }

  hold(changes: ChangedKeys | 'all'): void {
    if (changes === 'all' || this.held === 'all') {
      this.held = 'all';
      return;
    }
    const held = this.held ?? { sources: new Set<string>(), annotations: new Set<string>(), dossiers: new Set<string>() };
    for (const key of changes.sources) held.sources.add(key);
    for (const key of changes.annotations) held.annotations.add(key);
    for (const key of changes.dossiers) held.dossiers.add(key);
    this.held = held;
  }

  /** A window's write, held as the keys it names (read again on resume, as they then are). */
  holdWritten(writes: SearchedWrites): void {
    if (writes.all) return this.hold('all');
    this.hold({
      sources: new Set(writes.sourceKeys),
      annotations: new Set([...writes.annotationKeys, ...writes.annotations.map((annotation) => annotation.id)]),
      dossiers: new Set([...writes.dossierKeys, ...writes.dossiers.map((dossier) => dossier.id)]),
    });
  }
}
