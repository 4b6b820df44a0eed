// Anchoring runner: times shared/anchoring's anchorMany over the benchmark article in a fresh
// page, on the text the annotations were made on and on an edited copy.
import { anchorMany, type AnnotationSelectors } from '../../../shared/anchoring';
import type { AnchoringInput, AnchoringResult } from './anchoringContract';

function run(input: AnchoringInput): AnchoringResult {
  const selectors: readonly AnnotationSelectors[] = input.annotations;
  const started = performance.now();
  const results = anchorMany(input.text, selectors);
  const ms = performance.now() - started;
  const states: Record<string, number> = {};
  for (const result of results) states[result.state] = (states[result.state] ?? 0) + 1;
  return { ms, states };
}

window.anchoringBench = { run };
