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

scope.onmessage = (event) => {
  void runJob(event.data, {
    onProgress: (fraction, stage) => scope.postMessage({ type: 'progress', fraction, stage }),
    onStage: (stage) => scope.postMessage({ type: 'stage', stage }),
  }).then(
    (result) => scope.postMessage({ type: 'done', result }),
    (error: unknown) => scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
