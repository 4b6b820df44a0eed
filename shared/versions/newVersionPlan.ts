// Plans a new version of an article: the earlier text kept as a version record, and every
// annotation found again in the new text with the shared anchoring (exact, moved, fuzzy, orphan).
// Pure: the app writes the plan in one Dexie transaction and keeps it to undo the step.
import { anchorAnnotation, describeSelection, prefixSimilarity, suffixSimilarity, type AnchorResult, type TextQuote } from '../anchoring';
import type { AnchorState, Annotation, AnnotationKind } from '../model/annotation';
import { mapOffsets, type OffsetMap } from './offsetMap';
import type { Source } from '../model/source';
import { currentVersionSince, type SourceVersion } from './sourceVersion';

export interface NewVersionInput {
  readonly source: Pick<Source, 'id' | 'title' | 'textHash' | 'text' | 'importedAt'>;
  /** The article's versions kept so far (to date the one being replaced). */
  readonly earlier: readonly Pick<SourceVersion, 'textHash' | 'replacedAt'>[];
  readonly annotations: readonly Annotation[];
  readonly newText: string;
  readonly newTextHash: string;
  readonly now: string;
  /** Called every few hundred annotations with the share done (0..1). */
  readonly onProgress?: (fraction: number) => void;
}

/** One annotation's outcome, as the report lists it. */
export interface ReanchorOutcome {
  readonly annotationId: string;
  readonly kind: AnnotationKind;
  readonly state: AnchorState;
  readonly score: number;
  /** The passage as it was; shown as text, never markup. */
  readonly quoteBefore: string;
  /** The passage found in the new text (absent for an orphan). */
  readonly quoteAfter?: string;
}

export type OutcomeCounts = Readonly<Record<AnchorState, number>>;

export interface NewVersionPlan {
  readonly sourceId: string;
  readonly fromHash: string;
  readonly toHash: string;
  readonly newText: string;
  /** The text being replaced, as it is kept. */
  readonly replaced: SourceVersion;
  /** Every annotation of the article as stored before: undo writes these back exactly. */
  readonly annotationsBefore: readonly Annotation[];
  /** The same annotations placed on the new text (orphans keep the text they were made on). */
  readonly annotationsAfter: readonly Annotation[];
  readonly outcomes: readonly ReanchorOutcome[];
  readonly counts: OutcomeCounts;
}

const PROGRESS_EVERY = 200;

/** Why a text cannot become the article's new version, or null when it can. */
export function newVersionProblem(source: Pick<Source, 'textHash'>, earlier: readonly Pick<SourceVersion, 'textHash'>[], newTextHash: string): string | null {
  if (newTextHash === source.textHash) return 'This text is the article’s current version already.';
  if (earlier.some((v) => v.textHash === newTextHash)) return 'This text is one of the article’s earlier versions.';
  return null;
}

export function planNewVersion(input: NewVersionInput): NewVersionPlan {
  const { source, newText, now } = input;
  const counts: Record<AnchorState, number> = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  const outcomes: ReanchorOutcome[] = [];
  const after: Annotation[] = [];
  const offsets = mapOffsets(source.text, newText);
  input.annotations.forEach((annotation, index) => {
    const result = placeNearMapped(newText, annotation, offsets) ?? anchorFromMapped(newText, annotation, offsets);
    const placed = placedRecord(annotation, result, newText, input.newTextHash, now);
    after.push(placed);
    counts[result.state] += 1;
    outcomes.push(outcomeOf(annotation, placed));
    if ((index + 1) % PROGRESS_EVERY === 0) input.onProgress?.((index + 1) / input.annotations.length);
  });
  return {
    sourceId: source.id,
    fromHash: source.textHash,
    toHash: input.newTextHash,
    newText,
    replaced: {
      sourceId: source.id,
      textHash: source.textHash,
      text: source.text,
      title: source.title,
      importedAt: currentVersionSince(source.importedAt, input.earlier),
      replacedAt: now,
    },
    annotationsBefore: input.annotations,
    annotationsAfter: after,
    outcomes,
    counts,
  };
}

/** How far from its mapped place a verbatim passage is looked for before the whole text is searched. */
const NEAR = 2_000;
/** Units on each side of its mapped place an edited passage is looked for first (the edits' own shift). */
const FUZZY_NEAR = 128;

/**
 * The shared anchoring's first two answers (exact, moved) found near where the line comparison
 * puts the passage, else null. Each search reads a few thousand characters instead of the whole
 * article. Among occurrences near, one with its prefix and suffix intact wins (the nearest);
 * else one at the mapped place itself; else the one whose context agrees best (then the nearest),
 * as the shared anchoring chooses among occurrences, but among the near ones only: the article
 * repeats phrases, and a far copy is not the passage the line comparison points at.
 */
function placeNearMapped(text: string, annotation: Annotation, offsets: OffsetMap): AnchorResult | null {
  const { quote, position } = annotation;
  const length = quote.exact.length;
  if (position.end - position.start === length && text.startsWith(quote.exact, position.start)) {
    return { state: 'exact', score: 1, start: position.start, end: position.end };
  }
  if (length === 0) return null;
  const mapped = offsets.toNew(position.start);
  const from = Math.max(0, mapped - NEAR);
  // Searched in a slice: a quote that is not near must not cost a scan to the end of the text.
  const near = text.slice(from, mapped + NEAR + length);
  const found: number[] = [];
  for (let at = near.indexOf(quote.exact); at !== -1; at = near.indexOf(quote.exact, at + 1)) found.push(from + at);
  if (found.length === 0) return null;
  const closer = (a: number, b: number): boolean => Math.abs(a - mapped) < Math.abs(b - mapped);
  let best: number | null = null;
  for (const at of found) if (contextIntact(text, quote, at) && (best === null || closer(at, best))) best = at;
  if (best === null && found.includes(mapped)) best = mapped;
  if (best === null) {
    let bestAgreement = -1;
    for (const at of found) {
      const agreement = prefixSimilarity(text, at, quote.prefix) + suffixSimilarity(text, at + length, quote.suffix);
      if (agreement > bestAgreement || (agreement === bestAgreement && best !== null && closer(at, best))) {
        best = at;
        bestAgreement = agreement;
      }
    }
  }
  return best === null ? null : { state: 'moved', score: 1, start: best, end: best + length };
}

function contextIntact(text: string, quote: TextQuote, start: number): boolean {
  return text.startsWith(quote.prefix, start - quote.prefix.length) && start >= quote.prefix.length && text.startsWith(quote.suffix, start + quote.exact.length);
}

/** The shared anchoring over the whole text, looking first where the line comparison puts the passage. */
function anchorFromMapped(text: string, annotation: Annotation, offsets: OffsetMap): AnchorResult {
  const { quote, position } = annotation;
  const mapped = offsets.toNew(position.start);
  // An edited passage is sought first within the shift its edits can cause; the usual search follows.
  const result = anchorAnnotation(text, { quote, position: { start: mapped, end: mapped + quote.exact.length } }, { fuzzyNearWindow: FUZZY_NEAR + quote.exact.length });
  // Found verbatim at its mapped place: moved there (exact means at the offsets it had).
  return result.state === 'exact' && result.start !== position.start ? { ...result, state: 'moved' } : result;
}

/** The annotation as placed on the new text by `result` (what undo's counterpart, redo, writes). */
export function placedRecord(annotation: Annotation, result: AnchorResult, text: string, textHash: string, now: string): Annotation {
  if (result.state === 'orphan') {
    // Quote, offsets and hash stay those of the version it was made on, where it can still be read.
    return { ...annotation, anchor: { state: 'orphan', score: 0, checkedAt: now } };
  }
  // Fresh selectors from the new text, so quote, offsets and hash agree (as the shared-file import does).
  const selectors = describeSelection(text, result.start, result.end);
  return { ...annotation, sourceHash: textHash, quote: selectors.quote, position: selectors.position, anchor: { state: result.state, score: result.score, checkedAt: now } };
}

/** The report's row for one annotation, from its record before and after. */
export function outcomeOf(before: Annotation, after: Annotation): ReanchorOutcome {
  const { state, score } = after.anchor;
  return {
    annotationId: before.id,
    kind: before.kind,
    state,
    score,
    quoteBefore: before.quote.exact,
    ...(state === 'orphan' ? {} : { quoteAfter: after.quote.exact }),
  };
}
