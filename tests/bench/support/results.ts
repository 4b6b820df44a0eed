// How a benchmark test hands a figure to the results reporter: a test annotation whose
// description is the figure as JSON.
import type { TestInfo } from '@playwright/test';

export type BenchUnit = 'ms' | '%' | 'MB' | 'ratio';

export interface BenchFigure {
  readonly name: string;
  /** null while a figure cannot be measured yet (see `note`). */
  readonly value: number | null;
  readonly unit: BenchUnit;
  /** Per-run values the figure is the median of. */
  readonly runs?: readonly number[];
  readonly note?: string;
}

export const FIGURE_ANNOTATION = 'bench-figure';
export const META_ANNOTATION = 'bench-meta';

export function recordFigure(testInfo: TestInfo, figure: BenchFigure): void {
  testInfo.annotations.push({ type: FIGURE_ANNOTATION, description: JSON.stringify(figure) });
}

export function recordMeta(testInfo: TestInfo, meta: Readonly<Record<string, string>>): void {
  testInfo.annotations.push({ type: META_ANNOTATION, description: JSON.stringify(meta) });
}
