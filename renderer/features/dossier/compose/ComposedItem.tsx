// One item of the composed dossier: its bar (drag handle, position, move and remove buttons) and
// its card, or in outline mode the bar alone with the item's name on one line. Memoised on what it
// shows, so a 300-passage dossier redraws only what changed.
import { memo, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Annotation } from '../../../../shared/model';
import type { RichTextValue } from '../../../ui/richText/RichTextEditor';
import type { DossierEntry } from '../model/dossierEntries';
import type { MoveTarget } from '../useDossierActions';
import { NarrativeCard } from './NarrativeCard';
import { ViewSectionCard } from './ViewSectionCard';
import { PassageCard, passageLabel } from './PassageCard';

export type FocusControl = 'item' | 'up' | 'down';

/** Stable callbacks from the list; each reads the list's latest state when called. */
export interface ItemController {
  readonly move: (entry: DossierEntry, to: MoveTarget, up: boolean, control: FocusControl) => void;
  readonly remove: (entry: DossierEntry) => void;
  readonly keyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  readonly dragStart: (event: DragEvent<HTMLElement>, entry: DossierEntry) => void;
  readonly dragEnd: () => void;
  readonly dragOver: (event: DragEvent<HTMLLIElement>, entry: DossierEntry) => void;
  readonly dragLeave: (event: DragEvent<HTMLLIElement>, entry: DossierEntry) => void;
  readonly drop: (event: DragEvent<HTMLLIElement>, entry: DossierEntry) => void;
  readonly commentary: (entry: DossierEntry, text: string) => void;
  readonly draftNarrative: (entry: DossierEntry, value: RichTextValue) => void;
  readonly finishNarrative: (entry: DossierEntry, before: RichTextValue, after: RichTextValue) => void;
  readonly edit: (annotation: Annotation) => void;
  readonly showInArticle: (annotation: Annotation) => void;
}

interface ComposedItemProps {
  readonly entry: DossierEntry;
  readonly index: number;
  readonly count: number;
  /** 1-based among narrative sections; 0 for a passage. */
  readonly ordinal: number;
  readonly selected: boolean;
  readonly dragging: boolean;
  readonly dropSide: 'before' | 'after' | null;
  readonly hintId: string;
  readonly outline: boolean;
  readonly controller: ItemController;
}

export function entryName(entry: DossierEntry, ordinal: number): string {
  if (entry.type === 'view') return `View section: ${entry.item.title}`;
  return entry.type === 'narrative' ? `Narrative section ${ordinal}: ${entry.title}` : passageLabel(entry);
}

/** What an item shows: entries are rebuilt on every change of the dossier, so compare contents. */
function signature(entry: DossierEntry): string {
  if (entry.type === 'narrative') return `n|${entry.item.id}|${entry.item.content}|${entry.title}`;
  if (entry.type === 'view') return `v|${entry.item.id}|${entry.item.title}|${JSON.stringify(entry.item.filter)}`;
  const { item, annotation: a, source: s } = entry;
  const annotation = a ? `${a.id}|${a.revision}|${a.updatedAt}|${a.anchor.state}|${a.anchor.score}` : '-';
  const source = s ? `${s.id}|${s.updatedAt}` : '-';
  return `p|${item.id}|${item.commentary}|${entry.number}|${annotation}|${source}|${entry.links.map((l) => l.text).join('|')}`;
}

function sameItem(before: ComposedItemProps, after: ComposedItemProps): boolean {
  return (
    before.index === after.index &&
    before.count === after.count &&
    before.ordinal === after.ordinal &&
    before.selected === after.selected &&
    before.dragging === after.dragging &&
    before.dropSide === after.dropSide &&
    before.hintId === after.hintId &&
    before.outline === after.outline &&
    before.controller === after.controller &&
    (before.entry === after.entry || signature(before.entry) === signature(after.entry))
  );
}

export const ComposedItem = memo(function ComposedItem(props: ComposedItemProps): ReactNode {
  const { entry, index, count, ordinal, selected, dragging, dropSide, hintId, outline, controller } = props;
  const name = entryName(entry, ordinal);
  return (
    <li
      data-item-id={entry.item.id}
      tabIndex={0}
      aria-label={name}
      aria-describedby={hintId}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      className={`dossier-item${outline ? ' outline-item' : ''}${dragging ? ' dragging' : ''}${dropSide ? ` drop-${dropSide}` : ''}`}
      onKeyDown={controller.keyDown}
      onDragOver={(e) => controller.dragOver(e, entry)}
      onDragLeave={(e) => controller.dragLeave(e, entry)}
      onDrop={(e) => controller.drop(e, entry)}
    >
      <div className="item-bar">
        <span className="drag-handle" draggable aria-hidden="true" title="Drag to move" onDragStart={(e) => controller.dragStart(e, entry)} onDragEnd={controller.dragEnd}>
          ⠿
        </span>
        <span className="item-position">{index + 1}</span>
        {outline ? (
          <span className="outline-name" dir="auto" title={name}>
            {name}
          </span>
        ) : (
          <span className="toolbar-spacer" />
        )}
        <button type="button" data-control="up" aria-label={`Move up: ${name}`} disabled={index === 0} onClick={() => controller.move(entry, { delta: -1 }, true, 'up')}>
          Move up
        </button>
        <button
          type="button"
          data-control="down"
          aria-label={`Move down: ${name}`}
          disabled={index === count - 1}
          onClick={() => controller.move(entry, { delta: 1 }, false, 'down')}
        >
          Move down
        </button>
        <button type="button" className="danger" aria-label={`Remove from dossier: ${name}`} onClick={() => controller.remove(entry)}>
          Remove
        </button>
      </div>
      {outline ? null : entry.type === 'view' ? (
        <ViewSectionCard item={entry.item} />
      ) : entry.type === 'narrative' ? (
        <NarrativeCard
          entry={entry}
          ordinal={ordinal}
          onDraft={(value) => controller.draftNarrative(entry, value)}
          onDone={(before, after) => controller.finishNarrative(entry, before, after)}
        />
      ) : (
        <PassageCard
          entry={entry}
          selected={selected}
          onCommentary={(text) => controller.commentary(entry, text)}
          onEdit={controller.edit}
          onShowInArticle={controller.showInArticle}
        />
      )}
    </li>
  );
}, sameItem);
