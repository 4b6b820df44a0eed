// The work the exchange worker does, as plain async functions: import a shared file, turn an
// article file into a draft, build an export. The worker runs them; so do tests, in-process.
import type { ArticleDraft } from '../../shared/import/articleDraft';
import type { ParseStage } from '../../shared/exchange';
import { loadLibrarySnapshot } from '../db/exchange';
import { draftArticleOffThread, type OffThreadDraft } from '../features/library/import/draftArticle';
import { buildExport, type BuiltExport, type ExportRequest, type ExportSigner } from '../features/sharing/buildExport';
import type { ImportStage } from '../features/sharing/planSharedImport';
import { packPlanned, planVersionFromFile, planVersionFromLibrary, type NewVersionRequest, type Packed, type PlannedVersion, type PlannedVersionFromFile } from '../features/versions/planVersion';
import { writeSharedImport, type WrittenImport } from '../features/sharing/writeSharedImport';

export type ExchangeJob =
  | {
      readonly type: 'import-shared-file';
      readonly name: string;
      readonly bytes: Uint8Array;
      readonly analystName: string;
      readonly now: string;
      /** A redo's ids from its first import (planSharedImport's reuseIds). */
      readonly reuseIds?: readonly string[];
    }
  | { readonly type: 'draft-article'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly type: 'build-export'; readonly request: ExportRequest; readonly signer: ExportSigner }
  | { readonly type: 'plan-new-version'; readonly request: NewVersionRequest }
  | { readonly type: 'plan-new-version-file'; readonly sourceId: string; readonly name: string; readonly bytes: Uint8Array; readonly now: string };

export interface ExchangeJobResults {
  readonly 'import-shared-file': WrittenImport;
  readonly 'draft-article': OffThreadDraft;
  readonly 'build-export': BuiltExport;
  /** Packed to cross to the window; unpackPlanned opens it. */
  readonly 'plan-new-version': Packed<PlannedVersion>;
  readonly 'plan-new-version-file': Packed<PlannedVersionFromFile>;
}

export type JobResult<J extends ExchangeJob> = ExchangeJobResults[J['type']];

export interface JobReporter {
  readonly onProgress?: (fraction: number, stage: ParseStage | 'merging' | 'reanchoring') => void;
  readonly onStage?: (stage: ImportStage) => void;
}

export async function runJob<J extends ExchangeJob>(job: J, reporter: JobReporter): Promise<JobResult<J>> {
  // Each branch returns the result its job type promises; the casts only tell TypeScript so.
  switch (job.type) {
    case 'import-shared-file':
      return (await writeSharedImport(
        { name: job.name, bytes: job.bytes },
        { analystName: job.analystName, now: job.now, reuseIds: job.reuseIds, loadLibrary: () => loadLibrarySnapshot(), ...reporter },
      )) as JobResult<J>;
    case 'draft-article':
      // A PDF reports the share of its pages read.
      return (await draftArticleOffThread(job.name, job.bytes, (fraction) => reporter.onProgress?.(fraction, 'reading'))) as JobResult<J>;
    case 'plan-new-version-file':
      return packPlanned(await planVersionFromFile(job, (fraction) => reporter.onProgress?.(fraction, 'reanchoring'))) as JobResult<J>;
    case 'plan-new-version':
      return packPlanned(await planVersionFromLibrary(job.request, (fraction) => reporter.onProgress?.(fraction, 'reanchoring'))) as JobResult<J>;
    default: {
      const { request, signer } = job as Extract<ExchangeJob, { type: 'build-export' }>;
      return (await buildExport(request, signer)) as JobResult<J>;
    }
  }
}

export type { ArticleDraft };
