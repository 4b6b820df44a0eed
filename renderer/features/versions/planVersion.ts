// Plans a new version of an article from what the library holds: run in the exchange worker for
// large articles (see useVersionActions), in the window for small ones.
import { newVersionProblem, packPlan, planNewVersion, unpackPlan, type NewVersionPlan, type PackedPlan } from '../../../shared/versions';
import { loadNewVersionBasis } from '../../db/versions';
import { draftArticleOffThread } from '../library/import/draftArticle';

export interface NewVersionRequest {
  readonly sourceId: string;
  readonly newText: string;
  readonly newTextHash: string;
  readonly now: string;
}

/** The plan, or why this text cannot be the article's new version. */
export type PlannedVersion = { readonly status: 'planned'; readonly plan: NewVersionPlan } | { readonly status: 'refused'; readonly problem: string };

/** As planVersionFromLibrary, from the chosen file: an HTML page comes back for the window to read. */
export type PlannedVersionFromFile = PlannedVersion | { readonly status: 'html'; readonly text: string } | { readonly status: 'failed'; readonly problem: string };

/** Drafts the file and plans the version in one go: in the exchange worker, one worker for both. */
export async function planVersionFromFile(
  request: { readonly sourceId: string; readonly name: string; readonly bytes: Uint8Array; readonly now: string },
  onProgress?: (fraction: number) => void,
): Promise<PlannedVersionFromFile> {
  const drafted = await draftArticleOffThread(request.name, request.bytes);
  if (drafted.status !== 'draft') return drafted;
  return planVersionFromLibrary({ sourceId: request.sourceId, newText: drafted.draft.text, newTextHash: drafted.draft.textHash, now: request.now }, onProgress);
}

export async function planVersionFromLibrary(request: NewVersionRequest, onProgress?: (fraction: number) => void): Promise<PlannedVersion> {
  const basis = await loadNewVersionBasis(request.sourceId);
  const problem = newVersionProblem(basis.source, basis.earlier, request.newTextHash);
  if (problem) return { status: 'refused', problem };
  const plan = planNewVersion({
    source: basis.source,
    earlier: basis.earlier,
    annotations: basis.annotations,
    newText: request.newText,
    newTextHash: request.newTextHash,
    now: request.now,
    ...(onProgress ? { onProgress } : {}),
  });
  return { status: 'planned', plan };
}

/** A planned version as it crosses from the exchange worker to the window (shared/versions/planTransport.ts). */
export type Packed<T extends PlannedVersionFromFile> = T extends { readonly status: 'planned' } ? { readonly status: 'planned'; readonly packed: PackedPlan } : T;

export function packPlanned<T extends PlannedVersionFromFile>(planned: T): Packed<T> {
  // The casts restate the conditional type, which TypeScript does not narrow by the status.
  return (planned.status === 'planned' ? { status: 'planned', packed: packPlan(planned.plan) } : planned) as Packed<T>;
}

export function unpackPlanned<T extends PlannedVersionFromFile>(planned: Packed<T>): T {
  const packed = planned as Packed<PlannedVersionFromFile>;
  return (packed.status === 'planned' ? { status: 'planned', plan: unpackPlan(packed.packed) } : packed) as T;
}
