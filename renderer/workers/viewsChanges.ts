// Which records of the views' tables a Dexie `storagemutated` notice names (a map from
// `idb://<database>/<table>/<index>` to a key range set; db/changeParts.ts reads it).
import { noticeParts } from '../db/changeParts';
export const VIEW_TABLES = ['annotations', 'links', 'sources', 'actors', 'aliasDismissals'] as const;
export type ViewTable = (typeof VIEW_TABLES)[number];

/** Per table: the keys named, or 'all' when a range (a clear, a delete by range) leaves them unknown. */
export type ViewChanges = Partial<Record<ViewTable, Set<string> | 'all'>>;

/** The changes to the views' tables, or null when the notice names none of them. */
export function changedViewKeys(parts: Readonly<Record<string, unknown>>, databaseName: string): ViewChanges | null {
  const named = noticeParts(parts, databaseName, (table, index) => index === '' && (VIEW_TABLES as readonly string[]).includes(table));
  if (named === 'all') return Object.fromEntries(VIEW_TABLES.map((t) => [t, 'all'])) as ViewChanges;
  const changes: ViewChanges = {};
  let touched = false;
  for (const part of named) {
    const table = VIEW_TABLES.find((t) => t === part.table);
    if (!table) continue;
    touched = true;
    const current = changes[table];
    if (current === 'all') continue;
    if (part.keys === 'all') {
      changes[table] = 'all';
      continue;
    }
    const keys = current ?? new Set<string>();
    for (const key of part.keys) keys.add(key);
    changes[table] = keys;
  }
  return touched ? changes : null;
}
