// Entry of the exchange worker: one job per worker, so Cancel can end it at any moment by
// terminating it, whatever it is doing. Started by exchangeClient.ts.
import { runJob, type ExchangeJob } from './exchangeJobs';
import type { WorkerReply } from './exchangeClient';

/** The part of a dedicated worker's global scope used here; the renderer's types describe a window. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ExchangeJob>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = globalThis as unknown as WorkerScope;

/**
 * Least time between two progress messages of one stage. Checking a shared file reports every 200
 * records: over a hundred messages, each a re-render of the window's progress dialog, where a
 * few a second draw the same bar.
 */
const PROGRESS_INTERVAL_MS = 100;

scope.onmessage = (event) => {
  let last: { readonly at: number; readonly stage: string } | null = null;
  void runJob(event.data, {
    onProgress: (fraction, stage) => {
      const at = performance.now();
      if (last && last.stage === stage && at - last.at < PROGRESS_INTERVAL_MS && fraction < 1) return;
      last = { at, stage };
      scope.postMessage({ type: 'progress', fraction, stage });
    },
    onStage: (stage) => scope.postMessage({ type: 'stage', stage }),
  }).then(
    (result) => scope.postMessage({ type: 'done', result }),
    (error: unknown) => scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
