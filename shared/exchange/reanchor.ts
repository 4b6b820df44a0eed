// Places an incoming annotation on the library's copy of its text: as it is when the text is the
// one it was made on, else found again with the anchoring that "Highlight and tag" uses.
import { anchorAnnotation, describeSelection } from '../anchoring';
import type { AnchorState, Annotation } from '../model/annotation';

export interface Placement {
  readonly annotation: Annotation;
  /** Set when the annotation had to be found again; its outcome goes into the import report. */
  readonly reanchored: { readonly state: AnchorState; readonly score: number } | null;
}

export interface PlacementTarget {
  readonly id: string;
  readonly textHash: string;
  /** Absent only for a source a file carried without text (the CLI keeps those as they are). */
  readonly text?: string;
}

/** True when the stored quote, with its context, sits at the stored offsets of `text`. */
export function quoteFits(annotation: Annotation, text: string): boolean {
  const { start, end } = annotation.position;
  const { exact, prefix, suffix } = annotation.quote;
  return (
    end <= text.length &&
    text.slice(start, end) === exact &&
    text.slice(Math.max(0, start - prefix.length), start) === prefix &&
    text.slice(end, end + suffix.length) === suffix
  );
}

export function placeAnnotation(annotation: Annotation, target: PlacementTarget, now: string): Placement {
  const onTarget: Annotation = { ...annotation, sourceId: target.id };
  if (target.text === undefined) return { annotation: onTarget, reanchored: null };
  const sameText = annotation.sourceHash === target.textHash;
  // An orphan on its own text stays an orphan: anchoring it again would find nothing new.
  if (sameText && (annotation.anchor.state === 'orphan' || quoteFits(annotation, target.text))) {
    return { annotation: onTarget, reanchored: null };
  }
  const result = anchorAnnotation(target.text, { quote: annotation.quote, position: annotation.position });
  if (result.state === 'orphan') {
    // Quote and offsets stay as they were: the analyst re-attaches the passage by hand.
    return {
      annotation: { ...onTarget, sourceHash: target.textHash, anchor: { state: 'orphan', score: 0, checkedAt: now } },
      reanchored: { state: 'orphan', score: 0 },
    };
  }
  // Fresh selectors from the text as it is, so quote, offsets and hash agree again.
  const selectors = describeSelection(target.text, result.start, result.end);
  return {
    annotation: {
      ...onTarget,
      sourceHash: target.textHash,
      quote: selectors.quote,
      position: selectors.position,
      anchor: { state: result.state, score: result.score, checkedAt: now },
    },
    reanchored: { state: result.state, score: result.score },
  };
}
