// Where highlights overlap, a click offers each annotation under the pointer.
import type { ReactNode } from 'react';
import type { Annotation } from '../../../shared/model';
import { PopupMenu } from '../../ui/PopupMenu';
import { KIND_LABELS, shortQuote } from '../common/kinds';
import type { HitChoice } from './HighlightLayer';

interface OverlapChooserProps {
  readonly choice: HitChoice;
  readonly annotations: ReadonlyMap<string, Annotation>;
  readonly onChoose: (id: string) => void;
  readonly onClose: () => void;
}

export function OverlapChooser({ choice, annotations, onChoose, onClose }: OverlapChooserProps): ReactNode {
  return (
    <PopupMenu label="Choose an annotation" x={choice.x} y={choice.y + 12} onClose={onClose}>
      {choice.spans.map((span) => (
        <button key={span.id} type="button" role="menuitem" className={`kind-${span.kind}`} onClick={() => onChoose(span.id)}>
          <span className="kind-icon" aria-hidden="true" />
          {KIND_LABELS[span.kind]}: “{shortQuote(annotations.get(span.id)?.quote.exact ?? '', 60)}”
        </button>
      ))}
    </PopupMenu>
  );
}
