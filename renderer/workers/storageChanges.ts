// Which searched records a Dexie `storagemutated` notice names. Dexie sends one to every window and
// worker of the origin after each write transaction (over a BroadcastChannel): a map from
// `idb://<database>/<table>/<index>` to a key range set, a binary tree of { from, to, l, r }.
import type { ChangedKeys } from './searchIndexer';

interface RangeNode {
  readonly from?: unknown;
  readonly to?: unknown;
  readonly l?: RangeNode | null;
  readonly r?: RangeNode | null;
}

/** The keys named, or `all` when a range (a clear, a delete by range) leaves them unknown; null when none of the tables. */
export function changedSearchKeys(parts: Readonly<Record<string, unknown>>, databaseName: string): ChangedKeys | 'all' | null {
  const keys = { sources: new Set<string>(), annotations: new Set<string>(), dossiers: new Set<string>() };
  const tableOf: Readonly<Record<string, Set<string>>> = { sources: keys.sources, sourceTexts: keys.sources, annotations: keys.annotations, dossiers: keys.dossiers };
  let touched = false;
  if ('all' in parts) return 'all';
  for (const [part, tree] of Object.entries(parts)) {
    const match = /^idb:\/\/(.+)\/([^/]+)\/$/.exec(part);
    if (!match || match[1] !== databaseName) continue;
    const target = tableOf[match[2] ?? ''];
    if (!target) continue;
    touched = true;
    const stack: (RangeNode | null | undefined)[] = [tree as RangeNode];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!node || node.from === undefined) continue;
      if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
      target.add(node.from);
      stack.push(node.l, node.r);
    }
  }
  return touched ? keys : null;
}
