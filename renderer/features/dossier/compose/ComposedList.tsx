// The dossier as composed: its items in order, in full or as an outline (one line each), reordered
// by drag and drop (native HTML5, from each item's handle; the pane scrolls when the drag nears its
// edge), by Alt+ArrowUp/Down on a focused item, or with the Move buttons.
import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Annotation } from '../../../../shared/model';
import { useCommandHandler } from '../../../commands/commandsContext';
import { isTextEntry } from '../../../commands/textEntry';
import type { DossierEntry } from '../model/dossierEntries';
import type { DossierActions } from '../useDossierActions';
import { ComposedItem, type FocusControl, type ItemController } from './ComposedItem';
import { createDragAutoScroll } from './dragAutoScroll';
import './outline.css';

interface ComposedListProps {
  readonly dossierId: string;
  readonly entries: readonly DossierEntry[];
  readonly selectedAnnotationId: string | null;
  readonly actions: DossierActions;
  readonly onSelectAnnotation: (id: string) => void;
  readonly onShowInArticle: (annotation: Annotation) => void;
  /** Told which item focus is in, so "Add narrative section" can go after it. */
  readonly onItemFocus?: (itemId: string) => void;
  /** One line per item, for reordering a long dossier. */
  readonly outline?: boolean;
}

const DRAG_TYPE = 'application/x-dossier-item';

interface DropPoint {
  readonly id: string;
  readonly after: boolean;
}

function moveLabel(entry: DossierEntry, up: boolean): string {
  const name = entry.type === 'narrative' ? 'narrative section' : entry.type === 'view' ? 'view section' : `passage${entry.number === null ? '' : ` ${entry.number}`}`;
  return `Move ${name} ${up ? 'up' : 'down'}`;
}

/** Memoised: the status line and other shell updates redraw the app, not a long dossier. */
export const ComposedList = memo(function ComposedList(props: ComposedListProps): ReactNode {
  const { dossierId, entries, selectedAnnotationId, actions, onSelectAnnotation, onShowInArticle, onItemFocus, outline = false } = props;
  const hintId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<DropPoint | null>(null);
  const [autoScroll] = useState(createDragAutoScroll);
  /** Where focus goes once a move has been stored and the list drawn again. */
  const refocus = useRef<{ readonly id: string; readonly control: FocusControl } | null>(null);
  /** The latest state, for the controller's stable callbacks (which only run after a commit). */
  const latest = useRef({ entries, dragId, drop });
  useLayoutEffect(() => {
    latest.current = { entries, dragId, drop };
  });

  // Before paint: a moved item may have lost focus while the list was redrawn.
  useLayoutEffect(() => {
    const pending = refocus.current;
    if (!pending || !listRef.current) return;
    const item = listRef.current.querySelector<HTMLElement>(`li[data-item-id="${CSS.escape(pending.id)}"]`);
    if (!item) return;
    refocus.current = null;
    const button = pending.control === 'item' ? null : item.querySelector<HTMLButtonElement>(`[data-control="${pending.control}"]`);
    (button && !button.disabled ? button : item).focus();
  }, [entries]);

  /** The entry whose item holds focus, outside its text fields. */
  const focusedEntry = (): DossierEntry | undefined => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || isTextEntry(focused)) return undefined;
    const item = focused.closest<HTMLElement>('li[data-item-id]');
    if (!item || !listRef.current?.contains(item)) return undefined;
    return latest.current.entries.find((e) => e.item.id === item.dataset.itemId);
  };
  const moveFocused = (step: -1 | 1): void => {
    const entry = focusedEntry();
    if (!entry) return;
    const to = latest.current.entries.indexOf(entry) + step;
    if (to >= 0 && to < latest.current.entries.length) controller.move(entry, { delta: step }, step < 0, 'item');
  };
  useCommandHandler('dossier.moveItemUp', () => moveFocused(-1), () => focusedEntry() !== undefined);
  useCommandHandler('dossier.moveItemDown', () => moveFocused(1), () => focusedEntry() !== undefined);

  const controller = useMemo<ItemController>(() => {
    const indexOf = (id: string | null | undefined): number => latest.current.entries.findIndex((e) => e.item.id === id);
    const move: ItemController['move'] = (entry, to, up, control) => {
      refocus.current = { id: entry.item.id, control };
      void actions.moveItem(dossierId, entry.item.id, to, moveLabel(entry, up));
    };
    const endDrag = (): void => {
      autoScroll.stop();
      setDragId(null);
      setDrop(null);
    };
    return {
      move,
      remove: (entry) => void actions.removeItem(dossierId, entry.item.id, entry.type === 'narrative' ? 'Remove narrative section' : entry.type === 'view' ? 'Remove view section' : 'Remove passage'),
      keyDown: (event) => {
        // Plain arrows walk the items, so a long dossier is quick to traverse from the keyboard
        // (Alt+arrows, which move the item, are registry commands).
        if (event.altKey || event.target !== event.currentTarget || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
        event.preventDefault();
        const sibling = event.key === 'ArrowUp' ? event.currentTarget.previousElementSibling : event.currentTarget.nextElementSibling;
        if (sibling instanceof HTMLElement) sibling.focus();
      },
      dragStart: (event, entry) => {
        event.dataTransfer.setData(DRAG_TYPE, entry.item.id);
        event.dataTransfer.effectAllowed = 'move';
        const item = event.currentTarget.closest('li');
        if (item) event.dataTransfer.setDragImage(item, 16, 16);
        setDragId(entry.item.id);
      },
      dragEnd: endDrag,
      dragOver: (event, entry) => {
        if (!latest.current.dragId || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const box = event.currentTarget.getBoundingClientRect();
        const after = event.clientY > box.top + box.height / 2;
        const current = latest.current.drop;
        if (current?.id !== entry.item.id || current.after !== after) setDrop({ id: entry.item.id, after });
      },
      dragLeave: (event, entry) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDrop((d) => (d?.id === entry.item.id ? null : d));
      },
      drop: (event, over) => {
        event.preventDefault();
        // From the drop itself: the pane may have scrolled under a resting pointer since the last dragover.
        const box = event.currentTarget.getBoundingClientRect();
        const point: DropPoint = { id: over.item.id, after: event.clientY > box.top + box.height / 2 };
        const { dragId: moving, entries: all } = latest.current;
        const from = indexOf(moving);
        const entry = all[from];
        const target = indexOf(point.id);
        if (entry && target >= 0 && point.id !== entry.item.id) move(entry, { nextTo: point.id, after: point.after }, target < from, 'item');
        endDrag();
      },
      commentary: (entry, text) => void actions.setCommentary(dossierId, entry.item.id, text),
      draftNarrative: (entry, value) => actions.draftNarrative(dossierId, entry.item.id, value),
      finishNarrative: (entry, before, after) => void actions.finishNarrative(dossierId, entry.item.id, before, after),
      edit: (annotation) => onSelectAnnotation(annotation.id),
      showInArticle: onShowInArticle,
    };
  }, [dossierId, actions, onSelectAnnotation, onShowInArticle, autoScroll]);

  if (entries.length === 0) {
    return (
      <p className="empty">
        This dossier is empty. Add annotations with “Add to dossier” in the annotation editor, the annotation list or the library, and write your own text
        with “Add narrative section”.
      </p>
    );
  }

  let narratives = 0;
  return (
    <>
      <p id={hintId} className="visually-hidden">
        Alt+Up and Alt+Down move the item; Up and Down go to the previous or next item.
      </p>
      <ol
        className={`dossier-items${outline ? ' outline' : ''}`}
        aria-label="Dossier items"
        ref={listRef}
        onDragOver={(event) => {
          if (latest.current.dragId) autoScroll.follow(event.currentTarget, event.clientY);
        }}
        onFocus={(event) => {
          const item = event.target.closest<HTMLElement>('li[data-item-id]');
          if (item?.dataset.itemId) onItemFocus?.(item.dataset.itemId);
        }}
      >
        {entries.map((entry, index) => (
          <ComposedItem
            key={entry.item.id}
            entry={entry}
            index={index}
            count={entries.length}
            ordinal={entry.type === 'narrative' ? ++narratives : 0}
            selected={entry.type === 'passage' && entry.annotation !== null && entry.annotation.id === selectedAnnotationId}
            dragging={dragId === entry.item.id}
            dropSide={drop?.id === entry.item.id ? (drop.after ? 'after' : 'before') : null}
            hintId={hintId}
            outline={outline}
            controller={controller}
          />
        ))}
      </ol>
    </>
  );
});
