// Where highlights overlap, a click offers each annotation under the pointer.
import { useEffect, useRef, type ReactNode } from 'react';
import type { Annotation } from '../../../shared/model';
import { KIND_LABELS, shortQuote } from '../annotations/kinds';
import type { HitChoice } from './HighlightLayer';

interface OverlapChooserProps {
  readonly choice: HitChoice;
  readonly annotations: ReadonlyMap<string, Annotation>;
  readonly onChoose: (id: string) => void;
  readonly onClose: () => void;
}

export function OverlapChooser({ choice, annotations, onChoose, onClose }: OverlapChooserProps): ReactNode {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus();
  }, []);
  return (
    <div
      ref={menu}
      className="overlap-chooser"
      role="menu"
      aria-label="Choose an annotation"
      style={{ left: choice.x, top: choice.y + 12 }}
      onKeyDown={(event) => {
        const items = Array.from(menu.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? []);
        const index = items.indexOf(document.activeElement as HTMLButtonElement);
        if (event.key === 'Escape') onClose();
        else if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
        else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
        else return;
        event.preventDefault();
      }}
    >
      {choice.spans.map((span) => {
        const annotation = annotations.get(span.id);
        return (
          <button key={span.id} type="button" role="menuitem" className={`kind-${span.kind}`} onClick={() => onChoose(span.id)}>
            <span className="kind-icon" aria-hidden="true" />
            {KIND_LABELS[span.kind]}: “{shortQuote(annotation?.quote.exact ?? '', 60)}”
          </button>
        );
      })}
    </div>
  );
}
