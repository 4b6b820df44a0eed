// Plans a new version of an article from what the library holds: run in the exchange worker for
// large articles (see useVersionActions), in the window for small ones.
import { newVersionProblem, planNewVersion, type NewVersionPlan } from '../../../shared/versions';
import { loadNewVersionBasis } from '../../db/versions';

export interface NewVersionRequest {
  readonly sourceId: string;
  readonly newText: string;
  readonly newTextHash: string;
  readonly now: string;
}

/** The plan, or why this text cannot be the article's new version. */
export type PlannedVersion = { readonly status: 'planned'; readonly plan: NewVersionPlan } | { readonly status: 'refused'; readonly problem: string };

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
