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
