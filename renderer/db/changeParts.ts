// Reading a Dexie `storagemutated` notice, which Dexie sends to every window and worker of the
// origin after each write transaction: a map from `idb://<database>/<table>/<index>` (the primary
// key's part has an empty index name) to a key range set, a binary tree of { from, to, l, r }.

interface RangeNode {
  readonly from?: unknown;
  readonly to?: unknown;
  readonly l?: RangeNode | null;
  readonly r?: RangeNode | null;
}

export interface NoticePart {
  readonly table: string;
  /** '' for the primary key; Dexie's own ':dels' part names keys whose earlier values it did not see. */
  readonly index: string;
  /** The single string keys named, or 'all' when a range (a clear, a delete by range) leaves them unknown. */
  readonly keys: ReadonlySet<string> | 'all';
}

function keysOf(tree: RangeNode): ReadonlySet<string> | 'all' {
  const keys = new Set<string>();
  const stack: (RangeNode | null | undefined)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || node.from === undefined) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    keys.add(node.from);
    stack.push(node.l, node.r);
  }
  return keys;
}

/**
 * The notice's parts for `databaseName` that `wanted` asks for (a write names every index of each
 * record it touches, and a caller reads only some), or 'all' when it says everything may have changed.
 */
export function noticeParts(parts: Readonly<Record<string, unknown>>, databaseName: string, wanted: (table: string, index: string) => boolean): readonly NoticePart[] | 'all' {
  if ('all' in parts) return 'all';
  const found: NoticePart[] = [];
  for (const [part, tree] of Object.entries(parts)) {
    const match = /^idb:\/\/(.+)\/([^/]+)\/([^/]*)$/.exec(part);
    if (!match || match[1] !== databaseName) continue;
    const table = match[2] ?? '';
    const index = match[3] ?? '';
    if (wanted(table, index)) found.push({ table, index, keys: keysOf(tree as RangeNode) });
  }
  return found;
}
