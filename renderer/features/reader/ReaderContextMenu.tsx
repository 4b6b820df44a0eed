// The reader's context menu at a selection: tag it, copy it, or copy it with its citation.
import type { ReactNode } from 'react';
import { ANNOTATION_KINDS, type AnnotationKind, type Source } from '../../../shared/model';
import { PopupMenu } from '../../ui/PopupMenu';
import { useCommands } from '../../commands/commandsContext';
import { shortcutProps, type ShortcutProps } from '../../commands/shortcutProps';
import { KIND_LABELS, TAG_COMMANDS } from '../common/kinds';
import { joinIsolated, quotedIsolated } from '../../../shared/text/bidiIsolation';
import { formatCalendarDate } from '../../../shared/text/dateDisplay';

interface ReaderContextMenuProps {
  readonly x: number;
  readonly y: number;
  readonly onTag: (kind: AnnotationKind) => void;
  readonly onCopy: (withCitation: boolean) => void;
  readonly onClose: () => void;
}

/**
 * The passage with where it comes from, as an analyst pastes it into a report. Quote, title and
 * publisher are isolated (FSI…PDI) so a Persian one cannot reorder the parenthesis around it.
 */
export function citeSelection(text: string, source: Pick<Source, 'title' | 'publisher' | 'publishedDate' | 'url'>): string {
  const where = joinIsolated([source.title, source.publisher, source.publishedDate && formatCalendarDate(source.publishedDate)], ', ');
  return `${quotedIsolated(text.replace(/\s+/g, ' ').trim())} (${where}${source.url ? `, ${source.url}` : ''})`;
}

export function ReaderContextMenu({ x, y, onTag, onCopy, onClose }: ReaderContextMenuProps): ReactNode {
  const { platform } = useCommands();
  const item = (label: string, run: () => void, keys?: ShortcutProps): ReactNode => (
    <button
      key={label}
      type="button"
      role="menuitem"
      aria-keyshortcuts={keys?.['aria-keyshortcuts']}
      onClick={() => {
        run();
        onClose();
      }}
    >
      {label}
    </button>
  );
  return (
    <PopupMenu label="Selection actions" x={x} y={y} onClose={onClose} keepSelection>
      {ANNOTATION_KINDS.map((kind) => item(`Tag as ${KIND_LABELS[kind].toLowerCase()}`, () => onTag(kind), shortcutProps(TAG_COMMANDS[kind], platform)))}
      {item('Copy', () => onCopy(false))}
      {item('Copy with citation', () => onCopy(true))}
    </PopupMenu>
  );
}
