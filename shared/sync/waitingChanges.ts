// How many records this replica changed that the team server has not acknowledged, from the
// document alone and a state vector saved when the server last held everything: so the count is
// right after a restart, for changes made in an earlier session or while the app was closed.
import * as Y from 'yjs';
import { EDITS_MAP, asFieldEdit } from './teamLibrary';

/**
 * The records named by edits the acknowledged state vector does not cover (all of them when
 * nothing was ever acknowledged). Costs in proportion to what is waiting, not to the document.
 */
export function countWaitingRecords(doc: Y.Doc, acknowledged: Uint8Array | undefined): number {
  const missing = Y.encodeStateAsUpdate(doc, acknowledged);
  const records = new Set<string>();
  for (const struct of Y.decodeUpdate(missing).structs) {
    // A decoded update names a root type's parent by its name (typed as the type it becomes once integrated).
    if (!(struct instanceof Y.Item) || (struct.parent as unknown) !== EDITS_MAP || typeof struct.parentSub !== 'string') continue;
    for (const value of struct.content.getContent() as unknown[]) {
      const edit = asFieldEdit(struct.parentSub, value);
      if (edit) records.add(`${edit.table}\u0000${edit.recordId}`);
    }
  }
  return records.size;
}

/** What the server holds once it acknowledged everything: save it then, and count against it later. */
export function acknowledgedStateOf(doc: Y.Doc): Uint8Array {
  return Y.encodeStateVector(doc);
}
