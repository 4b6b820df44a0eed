// Which searched records a Dexie `storagemutated` notice names. Dexie sends one to every window and
// worker of the origin after each write transaction (over a BroadcastChannel): a map from
// `idb://<database>/<table>/<index>` to a key range set (db/changeParts.ts reads it).
import { noticeParts } from '../db/changeParts';
import type { ChangedKeys } from './searchIndexer';

/** The keys named, or `all` when a range (a clear, a delete by range) leaves them unknown; null when none of the tables. */
export function changedSearchKeys(parts: Readonly<Record<string, unknown>>, databaseName: string): ChangedKeys | 'all' | null {
  const keys = { sources: new Set<string>(), annotations: new Set<string>(), dossiers: new Set<string>() };
  const tableOf: Readonly<Record<string, Set<string>>> = { sources: keys.sources, sourceTexts: keys.sources, annotations: keys.annotations, dossiers: keys.dossiers };
  const named = noticeParts(parts, databaseName, (table, index) => index === '' && table in tableOf);
  if (named === 'all') return 'all';
  let touched = false;
  for (const part of named) {
    const target = tableOf[part.table];
    if (!target) continue;
    touched = true;
    if (part.keys === 'all') return 'all';
    for (const key of part.keys) target.add(key);
  }
  return touched ? keys : null;
}
