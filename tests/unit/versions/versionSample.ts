// A small article in two versions and annotations on the first, one for each re-anchoring outcome.
import { describeSelection } from '../../../shared/anchoring';
import { createAnnotation, type Annotation, type AnnotationKind } from '../../../shared/model';

export const OLD_TEXT = [
  'Baku accused Tehran of the drone strike on the border post.',
  'Tehran denied any role in the attack on the border post at once.',
  'Officials from both capitals met on Monday in Geneva.',
  'The talks ended late at night without a joint statement.',
].join('\n');

export const NEW_TEXT = [
  'Baku accused Tehran of the drone strike on the border post.',
  'Tehran denied any role in the attacks on the border post at once.',
  'A spokesman added that the investigation continues.',
  'Officials from both capitals met on Monday in Geneva.',
].join('\n');

/** The quotes, each expected to come back with the outcome named. */
export const QUOTES = {
  exact: 'Baku accused Tehran of the drone strike',
  fuzzy: 'Tehran denied any role in the attack on the border post',
  moved: 'Officials from both capitals met on Monday',
  orphan: 'The talks ended late at night without a joint statement',
} as const;

export function annotationsOn(source: { readonly id: string; readonly textHash: string }, text = OLD_TEXT): Annotation[] {
  const kinds: Record<keyof typeof QUOTES, AnnotationKind> = { exact: 'claim', fuzzy: 'denial', moved: 'action', orphan: 'claim' };
  return (Object.keys(QUOTES) as (keyof typeof QUOTES)[]).map((key) => {
    const start = text.indexOf(QUOTES[key]);
    return createAnnotation({
      id: `a-${key}`,
      source,
      placement: describeSelection(text, start, start + QUOTES[key].length),
      kind: kinds[key],
      author: 'Leyla',
      at: '2026-03-09T10:00:00.000Z',
      fields: { actor: key === 'fuzzy' ? 'Tehran' : 'Baku' },
    });
  });
}
