// A new version's plan in the form it crosses from the exchange worker to the window: each
// annotation's new place as four numbers instead of a second full record and a report row, which
// the window rebuilds from the records as they were and the new text. Structured clone of the
// big article's plan (2,000 annotations) then copies less than half as much, both ways.
import { ANCHOR_STATES, type Annotation } from '../model/annotation';
import type { AnchorResult } from '../anchoring';
import { outcomeOf, placedRecord, type NewVersionPlan } from './newVersionPlan';

export interface PackedPlan extends Omit<NewVersionPlan, 'annotationsAfter' | 'outcomes'> {
  /** Per annotation of `annotationsBefore`, in order: its outcome (index in ANCHOR_STATES), place and score. */
  readonly states: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly scores: Float64Array;
}

export function packPlan(plan: NewVersionPlan): PackedPlan {
  const { annotationsAfter, outcomes: _outcomes, ...rest } = plan;
  const count = annotationsAfter.length;
  const packed = { ...rest, states: new Uint8Array(count), starts: new Int32Array(count), ends: new Int32Array(count), scores: new Float64Array(count) };
  annotationsAfter.forEach((after, i) => {
    packed.states[i] = ANCHOR_STATES.indexOf(after.anchor.state);
    packed.starts[i] = after.position.start;
    packed.ends[i] = after.position.end;
    packed.scores[i] = after.anchor.score;
  });
  return packed;
}

export function unpackPlan(packed: PackedPlan): NewVersionPlan {
  const { states, starts, ends, scores, ...rest } = packed;
  // The plan's time: every placement's checkedAt is when the replaced text was replaced.
  const now = packed.replaced.replacedAt;
  const annotationsAfter: Annotation[] = packed.annotationsBefore.map((before, i) => {
    const state = ANCHOR_STATES[states[i] ?? -1] ?? 'orphan';
    const result: AnchorResult = state === 'orphan' ? { state, score: 0, start: null, end: null } : { state, score: scores[i] ?? 0, start: starts[i] ?? 0, end: ends[i] ?? 0 };
    return placedRecord(before, result, packed.newText, packed.toHash, now);
  });
  const outcomes = packed.annotationsBefore.map((before, i) => outcomeOf(before, annotationsAfter[i] ?? before));
  return { ...rest, annotationsAfter, outcomes };
}
