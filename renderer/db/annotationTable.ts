// Reads for the library-wide annotation table: every annotation, every article (without its
// text) and how many links each annotation has, in one read transaction so they agree.
import type { Annotation } from '../../shared/model';
import { db, type SourceRecord, type WorkbenchDatabase } from './database';

export interface AnnotationTableData {
  readonly annotations: readonly Annotation[];
  readonly sources: readonly SourceRecord[];
  /** Links with the annotation at either end, by annotation id (absent: none). */
  readonly linkCounts: ReadonlyMap<string, number>;
}

export async function loadAnnotationTableData(database: WorkbenchDatabase = db): Promise<AnnotationTableData> {
  return database.transaction('r', database.annotations, database.sources, database.links, async () => {
    const [annotations, sources, links] = await Promise.all([database.annotations.toArray(), database.sources.toArray(), database.links.toArray()]);
    const linkCounts = new Map<string, number>();
    for (const link of links) {
      linkCounts.set(link.fromId, (linkCounts.get(link.fromId) ?? 0) + 1);
      linkCounts.set(link.toId, (linkCounts.get(link.toId) ?? 0) + 1);
    }
    return { annotations, sources, linkCounts };
  });
}
