// The toolbar that appears at a text selection: tag it as a claim, a denial or an action
// (also the keys C, D and A).
import type { ReactNode } from 'react';
import { ANNOTATION_KINDS, type AnnotationKind } from '../../../shared/model';
import { KIND_LABELS } from '../annotations/kinds';
import type { TextSelection } from './HighlightLayer';

interface SelectionToolbarProps {
  readonly selection: TextSelection;
  readonly onTag: (kind: AnnotationKind) => void;
}

export const KIND_KEYS: Readonly<Record<AnnotationKind, string>> = { claim: 'c', denial: 'd', action: 'a' };

export function SelectionToolbar({ selection, onTag }: SelectionToolbarProps): ReactNode {
  const above = selection.rect.top > 60;
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Tag selection"
      style={{
        left: Math.max(8, selection.rect.left - 120),
        top: above ? selection.rect.top - 44 : selection.rect.bottom + 8,
      }}
      // Keep the text selection when a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      {ANNOTATION_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`kind-button kind-${kind}`}
          aria-keyshortcuts={KIND_KEYS[kind].toUpperCase()}
          title={`Tag as ${KIND_LABELS[kind].toLowerCase()} (${KIND_KEYS[kind].toUpperCase()})`}
          onClick={() => onTag(kind)}
        >
          <span className="kind-icon" aria-hidden="true" />
          {KIND_LABELS[kind]}
        </button>
      ))}
    </div>
  );
}
