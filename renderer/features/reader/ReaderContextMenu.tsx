// The reader's context menu at a selection: tag it, copy it, or copy it with its citation.
import { useEffect, useRef, type ReactNode } from 'react';
import { ANNOTATION_KINDS, type AnnotationKind, type Source } from '../../../shared/model';
import { KIND_LABELS } from '../annotations/kinds';

interface ReaderContextMenuProps {
  readonly x: number;
  readonly y: number;
  readonly onTag: (kind: AnnotationKind) => void;
  readonly onCopy: (withCitation: boolean) => void;
  readonly onClose: () => void;
}

/** The passage with where it comes from, as an analyst pastes it into a report. */
export function citeSelection(text: string, source: Pick<Source, 'title' | 'publisher' | 'publishedDate' | 'url'>): string {
  const where = [source.title, source.publisher, source.publishedDate].filter(Boolean).join(', ');
  return `“${text.replace(/\s+/g, ' ').trim()}” (${where}${source.url ? `, ${source.url}` : ''})`;
}

export function ReaderContextMenu({ x, y, onTag, onCopy, onClose }: ReaderContextMenuProps): ReactNode {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus();
    const close = (event: MouseEvent): void => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [onClose]);
  const item = (label: string, run: () => void): ReactNode => (
    <button
      type="button"
      role="menuitem"
      onClick={() => {
        run();
        onClose();
      }}
    >
      {label}
    </button>
  );
  return (
    <div
      ref={menu}
      className="overlap-chooser reader-context-menu"
      role="menu"
      aria-label="Selection actions"
      style={{ left: x, top: y }}
      onMouseDown={(event) => event.preventDefault()}
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
      {ANNOTATION_KINDS.map((kind: AnnotationKind) => (
        <span key={kind}>{item(`Tag as ${KIND_LABELS[kind].toLowerCase()}`, () => onTag(kind))}</span>
      ))}
      {item('Copy', () => onCopy(false))}
      {item('Copy with citation', () => onCopy(true))}
    </div>
  );
}
