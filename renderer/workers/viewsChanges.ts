// Which records of the views' tables a Dexie `storagemutated` notice names (a map from
// `idb://<database>/<table>/<index>` to a key range set, a binary tree of { from, to, l, r }).
export const VIEW_TABLES = ['annotations', 'links', 'sources', 'actors', 'aliasDismissals'] as const;
export type ViewTable = (typeof VIEW_TABLES)[number];

/** Per table: the keys named, or 'all' when a range (a clear, a delete by range) leaves them unknown. */
export type ViewChanges = Partial<Record<ViewTable, Set<string> | 'all'>>;

interface RangeNode {
  readonly from?: unknown;
  readonly to?: unknown;
  readonly l?: RangeNode | null;
  readonly r?: RangeNode | null;
}

/** The changes to the views' tables, or null when the notice names none of them. */
export function changedViewKeys(parts: Readonly<Record<string, unknown>>, databaseName: string): ViewChanges | null {
  if ('all' in parts) return Object.fromEntries(VIEW_TABLES.map((t) => [t, 'all'])) as ViewChanges;
  const changes: ViewChanges = {};
  let touched = false;
  for (const [part, tree] of Object.entries(parts)) {
    const match = /^idb:\/\/(.+)\/([^/]+)\/$/.exec(part);
    const table = VIEW_TABLES.find((t) => t === match?.[2]);
    if (!match || match[1] !== databaseName || !table) continue;
    touched = true;
    const current = changes[table];
    if (current === 'all') continue;
    const keys = current ?? new Set<string>();
    changes[table] = keys;
    const stack: (RangeNode | null | undefined)[] = [tree as RangeNode];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!node || node.from === undefined) continue;
      if (typeof node.from !== 'string' || node.from !== node.to) {
        changes[table] = 'all';
        break;
      }
      keys.add(node.from);
      stack.push(node.l, node.r);
    }
  }
  return touched ? changes : null;
}
