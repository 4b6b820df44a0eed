// What the benchmark passes to the anchoring page and gets back.
import type { AnnotationSelectors } from '../../../shared/anchoring';

export interface AnchoringInput {
  readonly text: string;
  readonly annotations: readonly AnnotationSelectors[];
}

export interface AnchoringResult {
  readonly ms: number;
  /** How many annotations came out exact, moved, fuzzy or orphaned. */
  readonly states: Readonly<Record<string, number>>;
}

declare global {
  interface Window {
    anchoringBench: { run: (input: AnchoringInput) => AnchoringResult };
  }
}
