// Runs an exchange job in a fresh module worker, so reading a 40 MB file never holds the window's
// thread; aborting the signal terminates the worker at once. Without Worker (unit tests), in-process.
// One worker is kept loaded ahead of need, so a job does not wait for the worker's code to load.
import type { ParseStage } from '../../shared/exchange';
import type { ImportStage } from '../features/sharing/planSharedImport';
import type { ExchangeJob, JobResult } from './exchangeJobs';

export type WorkerReply =
  | { readonly type: 'progress'; readonly fraction: number; readonly stage: ParseStage | 'merging' | 'reanchoring' }
  | { readonly type: 'stage'; readonly stage: ImportStage }
  | { readonly type: 'done'; readonly result: unknown }
  | { readonly type: 'failed'; readonly message: string };

export interface JobOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (fraction: number, stage: ParseStage | 'merging') => void;
  /** Progress of a new version's re-anchoring (the plan-new-version job). */
  readonly onReanchoring?: (fraction: number) => void;
  readonly onStage?: (stage: ImportStage) => void;
}

export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

const REPLY_TYPES: ReadonlySet<unknown> = new Set<WorkerReply['type']>(['progress', 'stage', 'done', 'failed']);

let spare: Worker | null = null;

function startWorker(): Worker {
  return new Worker(new URL('./exchangeWorker.ts', import.meta.url), { type: 'module', name: 'exchange' });
}

/** Loads a worker for the next job when the window has a moment; each finished job loads the next. */
export function prepareExchangeWorker(): void {
  if (typeof Worker === 'undefined' || spare) return;
  const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback : (run: () => void) => setTimeout(run, 0);
  idle(() => {
    spare ??= startWorker();
  });
}

function takeWorker(): Worker {
  const worker = spare ?? startWorker();
  spare = null;
  return worker;
}

/** Marks each job's start and end on the window's timeline (`dw:job:draft-article:end` …) for the benchmark. */
export async function runExchangeJob<J extends ExchangeJob>(job: J, options: JobOptions = {}): Promise<JobResult<J>> {
  performance.mark(`dw:job:${job.type}:start`);
  try {
    return await runJobOnce(job, options);
  } finally {
    performance.mark(`dw:job:${job.type}:end`);
  }
}

async function runJobOnce<J extends ExchangeJob>(job: J, options: JobOptions): Promise<JobResult<J>> {
  if (options.signal?.aborted) throw new JobCancelled();
  if (typeof Worker === 'undefined') {
    const { runJob } = await import('./exchangeJobs');
    return runJob(job, {
      ...options,
      onProgress: (fraction, stage) => (stage === 'reanchoring' ? options.onReanchoring?.(fraction) : options.onProgress?.(fraction, stage)),
    });
  }
  const worker = takeWorker();
  return new Promise<JobResult<J>>((resolve, reject) => {
    const finish = (): void => {
      worker.terminate();
      prepareExchangeWorker();
      options.signal?.removeEventListener('abort', abort);
    };
    const abort = (): void => {
      finish();
      reject(new JobCancelled());
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      // pdf.js's worker code, loaded into this worker to read a PDF, also announces itself on the
      // worker's port ({ action: 'ready' }): only our own replies count.
      if (!REPLY_TYPES.has((reply as { type?: unknown }).type)) return;
      if (reply.type === 'progress') {
        const { stage, fraction } = reply;
        if (stage === 'reanchoring') options.onReanchoring?.(fraction);
        else options.onProgress?.(fraction, stage);
      }
      else if (reply.type === 'stage') options.onStage?.(reply.stage);
      else {
        finish();
        // The worker ran runJob on this very job, so its result has the job's result type.
        if (reply.type === 'done') resolve(reply.result as JobResult<J>);
        else reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the exchange worker failed to start'));
    };
    worker.postMessage(job);
  });
}
