// Which annotations the link picker offers for a query: every word of the query must appear in
// the passage's quote, its article's title, its actor or its kind, in any order and case.
import type { Annotation } from '../../../shared/model';
import { KIND_LABELS, shortQuote } from '../common/kinds';
import { isolateText, quotedIsolated } from '../../../shared/text/bidiIsolation';

/** Enough to choose from at a glance; more would slow the editor and say nothing. */
export const MAX_SHOWN_TARGETS = 50;

export interface LinkTargets {
  readonly shown: readonly Annotation[];
  /** How many matched in all, shown or not. */
  readonly total: number;
}

/** One annotation with the lower-cased words it can be found by. */
export interface LinkSearchEntry {
  readonly annotation: Annotation;
  readonly text: string;
}

export function describeAnnotation(annotation: Annotation | undefined, titles: ReadonlyMap<string, string>): string {
  if (!annotation) return 'a deleted annotation';
  // Quote and title isolated (FSI…PDI): a Persian quote cannot pull the English title into it.
  return `${KIND_LABELS[annotation.kind]}: ${quotedIsolated(shortQuote(annotation.quote.exact, 70))} (${isolateText(titles.get(annotation.sourceId) ?? 'unknown article')})`;
}

/** Built once per library load, so a keystroke only compares strings (thousands of annotations). */
export function linkSearchIndex(annotations: readonly Annotation[], titles: ReadonlyMap<string, string>): readonly LinkSearchEntry[] {
  return annotations.map((annotation) => ({
    annotation,
    text: [KIND_LABELS[annotation.kind], annotation.quote.exact, titles.get(annotation.sourceId) ?? '', annotation.actor].join('\n').toLocaleLowerCase(),
  }));
}

export function matchLinkTargets(index: readonly LinkSearchEntry[], query: string, excludeId: string, max = MAX_SHOWN_TARGETS): LinkTargets {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const shown: Annotation[] = [];
  let total = 0;
  for (const { annotation, text } of index) {
    if (annotation.id === excludeId || !words.every((word) => text.includes(word))) continue;
    total += 1;
    if (shown.length < max) shown.push(annotation);
  }
  return { shown, total };
}
