// Imports one shared file: the exchange worker reads, checks and plans it off the window's thread,
// then writes the plan there in one transaction (writeSharedImport); the window gets the report.
// Cancel stops the worker at any moment; a write it interrupts never commits.
import type { OpenedFile } from '../../../shared/bridge/hostBridge';
import { checkExchangeSize, type ParseStage } from '../../../shared/exchange';
import { nowIso } from '../../../shared/model';
import { undoImportRecord } from '../../db/exchange';
import { runExchangeJob } from '../../workers/exchangeClient';
import { withSearchIndexingPaused } from '../../workers/searchClient';
import type { ImportStage } from './planSharedImport';
import type { WrittenImport } from './writeSharedImport';

/** What an import ends in: the worker's written import or its refusal, as the window receives it. */
export type SharedImportOutcome = WrittenImport;

export interface SharedImportOptions {
  readonly analystName: string;
  readonly onProgress?: (fraction: number, stage: ParseStage | 'merging' | 'saving') => void;
  /** A cancelled import changes nothing: the worker is stopped, or a finished write taken back. */
  readonly signal?: AbortSignal;
  /** A redo passes the ids its first import gave, so it writes the very same records again. */
  readonly reuseIds?: readonly string[];
}

export class ImportCancelled extends Error {
  constructor(fileName: string) {
    super(`The import of ${fileName} was cancelled; nothing was changed.`);
    this.name = 'ImportCancelled';
  }
}

/**
 * Marks each stage's end on the window's performance timeline (`dw:import:read` …), so the
 * benchmark (tests/bench/import.bench.ts) and the browser's performance panel show where the time goes.
 */
function markStage(stage: ImportStage): void {
  performance.mark(`dw:import:${stage}`);
}

export async function importSharedFile(file: OpenedFile, options: SharedImportOptions): Promise<SharedImportOutcome> {
  const { name } = file;
  if (file.status === 'too-large') {
    return { status: 'refused', fileName: name, problems: [checkExchangeSize(file.size, name) ?? { path: '$', message: `${name} is too large.` }] };
  }
  const cancelled = new ImportCancelled(name);
  let written;
  try {
    // Search indexing waits while the worker writes, so indexing 20,000 imported records does not
    // compete with writing them on the same two cores; the import is indexed in one batch after.
    written = await withSearchIndexingPaused(() =>
      runExchangeJob(
        { type: 'import-shared-file', name, bytes: file.bytes, analystName: options.analystName, now: nowIso(), reuseIds: options.reuseIds },
        {
          signal: options.signal,
          onProgress: options.onProgress,
          onStage: (stage) => {
            markStage(stage);
            if (stage === 'planned') options.onProgress?.(0.95, 'saving');
          },
        },
      ),
    );
  } catch (error) {
    // Stopped mid-write, the worker's transaction never commits: nothing was changed.
    if (options.signal?.aborted) throw cancelled;
    throw error;
  }
  if (written.status === 'refused') return written;
  if (options.signal?.aborted) {
    // Cancel pressed as the write finished: take the import back, as promised.
    await undoImportRecord(written.importId, options.analystName);
    throw cancelled;
  }
  options.onProgress?.(1, 'saving');
  return written;
}
