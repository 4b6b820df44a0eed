// The team document's state the server last acknowledged, kept in the library's settings as it
// changes, and the count of records changed here since: "Offline (n changes waiting)" stays right
// across restarts (shared/sync/waitingChanges.ts).
import type * as Y from 'yjs';
import { acknowledgedStateOf, countWaitingRecords } from '../../shared/sync/waitingChanges';
import { loadAcknowledgedState, saveAcknowledgedState } from '../db/teamSyncSettings';
import type { WorkbenchDatabase } from '../db/database';

export interface AcknowledgedState {
  /** Resolves once the saved state is read. */
  readonly loaded: Promise<void>;
  /** Records changed here that the server has not acknowledged. */
  waiting(): number;
  /** Takes the document's present state as acknowledged (call while in step with the server) and saves it. */
  save(): void;
}

export function trackAcknowledged(documentName: string, doc: Y.Doc, onError: (error: unknown) => void, database?: WorkbenchDatabase): AcknowledgedState {
  let state: Uint8Array | undefined;
  let saving: Promise<void> = Promise.resolve();
  let queued = false;
  const loaded = loadAcknowledgedState(documentName, database).then((stored) => {
    state = stored;
  });
  return {
    loaded,
    waiting: () => countWaitingRecords(doc, state),
    save: () => {
      state = acknowledgedStateOf(doc);
      // One write at a time, the latest state last: a burst of acknowledgements costs two writes.
      if (queued) return;
      queued = true;
      saving = saving
        .then(() => {
          queued = false;
          return state ? saveAcknowledgedState(documentName, state, database) : undefined;
        })
        .catch(onError);
    },
  };
}
