// The toolbar that appears at a text selection: tag it as a claim, a denial or an action
// (also the keys C, D and A).
import type { ReactNode } from 'react';
import { ANNOTATION_KINDS, type AnnotationKind } from '../../../shared/model';
import { useCommands } from '../../commands/commandsContext';
import { shortcutProps } from '../../commands/shortcutProps';
import { KIND_LABELS, TAG_COMMANDS } from '../common/kinds';
import type { TextSelection } from './HighlightLayer';

interface SelectionToolbarProps {
  readonly selection: TextSelection;
  readonly onTag: (kind: AnnotationKind) => void;
}

export function SelectionToolbar({ selection, onTag }: SelectionToolbarProps): ReactNode {
  const { platform } = useCommands();
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
          {...shortcutProps(TAG_COMMANDS[kind], platform)}
          onClick={() => onTag(kind)}
        >
          <span className="kind-icon" aria-hidden="true" />
          {KIND_LABELS[kind]}
        </button>
      ))}
    </div>
  );
}
