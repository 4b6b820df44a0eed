// The two directions between the library's tables and the team document, running together:
// the library's own writes go into the document; colleagues' changes come out of it, gathered
// while a write is under way and written as one transaction per batch, one batch at a time.
import type { TeamSyncScope } from '../../shared/sync/dossierScope';
import type { RecordChange, TeamLibrary } from '../../shared/sync/teamLibrary';
import type { WorkbenchDatabase } from '../db/database';
import { captureLocalWrites } from './localCapture';
import { applyRemoteChanges } from './remoteApply';

export interface TeamBridgeOptions {
  /** The analyst's name: their own edit is "Yours" in a conflict. */
  readonly analyst: string;
  readonly database?: WorkbenchDatabase;
  /** What the team document holds: the whole library (the default) or one dossier's material. */
  readonly scope?: TeamSyncScope;
  readonly canWrite: () => boolean;
  readonly onError: (error: unknown) => void;
}

export interface TeamBridge {
  /** Resolves once every colleague's change received so far is in the library. */
  settled(): Promise<void>;
  stop(): void;
}

export function startTeamBridge(library: TeamLibrary, options: TeamBridgeOptions): TeamBridge {
  const pending = new Map<string, RecordChange>();
  let running: Promise<void> = Promise.resolve();
  let scheduled = false;
  let stopped = false;

  const applyPending = async (): Promise<void> => {
    scheduled = false;
    if (stopped || pending.size === 0) return;
    const batch = [...pending.values()];
    pending.clear();
    await applyRemoteChanges(library, batch, options.analyst, options.database, !options.canWrite(), options.scope?.kind === 'dossier');
  };

  const stopCapture = captureLocalWrites(library, options);
  const stopListening = library.onChange((changes, remote) => {
    if (!remote || stopped) return;
    for (const change of changes) pending.set(`${change.table}\u0000${change.recordId}`, change);
    if (scheduled) return;
    scheduled = true;
    running = running.then(applyPending).catch(options.onError);
  });

  return {
    settled: async () => {
      // A batch may arrive while the last one is written: wait until none is left.
      while (scheduled || pending.size > 0) await running;
      await running;
    },
    stop: () => {
      stopped = true;
      stopCapture();
      stopListening();
    },
  };
}
