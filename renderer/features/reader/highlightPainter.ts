// Paints annotations over the article with the CSS Custom Highlight API: no change to the
// document, one Highlight per kind, static ranges only (live Ranges slow every DOM edit).
import type { AnnotationKind } from '../../../shared/model';
import { ANNOTATION_KINDS } from '../../../shared/model';
import type { Paragraph } from '../../../shared/text/normalise';
import { staticRangesFor, type TextNodeLookup } from './textOffsets';

export interface PaintedSpan {
  readonly id: string;
  readonly kind: AnnotationKind;
  readonly start: number;
  readonly end: number;
}

export const HIGHLIGHT_NAMES: Readonly<Record<AnnotationKind | 'selected', string>> = {
  claim: 'dw-claim',
  denial: 'dw-denial',
  action: 'dw-action',
  selected: 'dw-selected',
};

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/**
 * Replaces every workbench highlight with the given spans (the caller passes those worth
 * painting, see paintWindow.ts); returns the number of ranges painted.
 */
export function paintHighlights(
  root: HTMLElement,
  paragraphs: readonly Paragraph[],
  spans: readonly PaintedSpan[],
  selectedId: string | null,
  textNodeAt?: TextNodeLookup,
): number {
  if (!highlightsSupported()) return 0;
  const byKind = new Map<AnnotationKind, StaticRange[]>(ANNOTATION_KINDS.map((kind) => [kind, []]));
  const selected: StaticRange[] = [];
  for (const span of spans) {
    const ranges = staticRangesFor(root, paragraphs, span.start, span.end, textNodeAt);
    byKind.get(span.kind)?.push(...ranges);
    if (span.id === selectedId) selected.push(...ranges);
  }
  let painted = 0;
  for (const [kind, ranges] of byKind) {
    const highlight = new Highlight(...ranges);
    highlight.priority = 1;
    CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    painted += ranges.length;
  }
  const selection = new Highlight(...selected);
  selection.priority = 2;
  CSS.highlights.set(HIGHLIGHT_NAMES.selected, selection);
  return painted;
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}

/** Spans containing a text offset, innermost (shortest) first. */
export function spansAt(spans: readonly PaintedSpan[], offset: number): PaintedSpan[] {
  return spans.filter((s) => s.start <= offset && offset < s.end).sort((a, b) => a.end - a.start - (b.end - b.start));
}
