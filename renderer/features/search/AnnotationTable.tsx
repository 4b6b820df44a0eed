// The library-wide table of annotations (what filters without a query show): kind, quote, actor,
// target, event date, article, credibility and links, sortable by each column, in date order at
// first. A row's quote opens the passage; an actor narrows the table to that actor.
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { Annotation } from '../../../shared/model';
import { DEFAULT_SORT, sortRows, TABLE_COLUMNS, type AnnotationRow, type TableColumn, type TableSort } from '../../../shared/search/annotationRows';
import { formatPreciseDate } from '../../../shared/text/dateDisplay';
import { KIND_LABELS, shortQuote } from '../common/kinds';
import { scrollParentOf } from '../../ui/scrollParent';
import { useRowWindow } from '../../ui/useRowWindow';
import './annotationTable.css';

interface AnnotationTableProps {
  readonly rows: readonly AnnotationRow[];
  /** Opens the annotation's article scrolled to the passage, with it selected. */
  readonly onOpen: (annotation: Annotation) => void;
  /** Narrows the table to one actor (the actor cell's button); absent: actors are plain text. */
  readonly onFilterActor?: (actor: string) => void;
  /** The order to start in; the table keeps the analyst's choice from then on. */
  readonly initialSort?: TableSort;
}

export const COLUMN_LABELS: Readonly<Record<TableColumn, string>> = {
  kind: 'Kind',
  quote: 'Quote',
  actor: 'Actor',
  target: 'Target',
  eventDate: 'Event date',
  article: 'Article',
  credibility: 'Credibility',
  links: 'Links',
};

/** Before the first row is measured; rows are styled to one line (see annotationTable.css). */
const ESTIMATED_ROW_HEIGHT = 34;

export function AnnotationTable({ rows, onOpen, onFilterActor, initialSort = DEFAULT_SORT }: AnnotationTableProps): ReactNode {
  const [sort, setSort] = useState<TableSort>(initialSort);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const body = useRef<HTMLTableSectionElement>(null);
  const { first, last, rowHeight } = useRowWindow(body, sorted.length, ESTIMATED_ROW_HEIGHT);
  const pendingFocus = useRef<number | null>(null);

  const sortBy = (column: TableColumn): void =>
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: 'ascending' },
    );

  // Arrow keys walk the rows' quotes, scrolling rows that are not rendered yet into view.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const button = body.current?.querySelector<HTMLButtonElement>(`[data-row="${index}"] .table-quote`);
    if (!button) return;
    pendingFocus.current = null;
    button.focus({ preventScroll: true });
    button.scrollIntoView({ block: 'nearest' });
  });
  const moveFocus = (event: KeyboardEvent<HTMLTableSectionElement>): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    const from = Number(row?.dataset.row);
    if (!row || !Number.isInteger(from)) return;
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const to = Math.max(0, Math.min(sorted.length - 1, from + step));
    pendingFocus.current = to;
    const target = body.current?.querySelector<HTMLElement>(`[data-row="${to}"]`);
    if (target) {
      target.querySelector<HTMLButtonElement>('.table-quote')?.focus();
      pendingFocus.current = null;
    } else {
      const scroller = body.current ? scrollParentOf(body.current) : null;
      scroller?.scrollBy({ top: step * rowHeight });
    }
  };
  // A click anywhere on a row but its buttons opens the passage too.
  const openFromRow = (event: MouseEvent<HTMLTableRowElement>, annotation: Annotation): void => {
    if ((event.target as HTMLElement).closest('button, a')) return;
    onOpen(annotation);
  };

  return (
    <table className="annotation-table" aria-label="Annotations" aria-rowcount={sorted.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
          {TABLE_COLUMNS.map((column) => (
            <th
              key={column}
              scope="col"
              className={`column-${column}`}
              aria-sort={sort.column === column ? sort.direction : undefined}
            >
              <button type="button" className="column-sort" onClick={() => sortBy(column)}>
                {COLUMN_LABELS[column]}
                <span className="sort-mark" aria-hidden="true">
                  {sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody ref={body} onKeyDown={moveFocus}>
        {first > 0 && <tr className="table-spacer" aria-hidden="true" style={{ height: first * rowHeight }} />}
        {sorted.slice(first, last).map((row, offset) => (
          <TableRow
            key={row.annotation.id}
            row={row}
            index={first + offset}
            onOpen={onOpen}
            onRowClick={openFromRow}
            onFilterActor={onFilterActor}
          />
        ))}
        {last < sorted.length && <tr className="table-spacer" aria-hidden="true" style={{ height: (sorted.length - last) * rowHeight }} />}
      </tbody>
    </table>
  );
}

interface TableRowProps {
  readonly row: AnnotationRow;
  readonly index: number;
  readonly onOpen: (annotation: Annotation) => void;
  readonly onRowClick: (event: MouseEvent<HTMLTableRowElement>, annotation: Annotation) => void;
  readonly onFilterActor: ((actor: string) => void) | undefined;
}

function TableRow({ row, index, onOpen, onRowClick, onFilterActor }: TableRowProps): ReactNode {
  const { annotation, articleTitle, linkCount } = row;
  return (
    <tr data-row={index} aria-rowindex={index + 2} className={`kind-${annotation.kind}`} onClick={(event) => onRowClick(event, annotation)}>
      <td className="column-kind">
        <span className="kind-tag">
          <span className="kind-icon" aria-hidden="true" />
          {KIND_LABELS[annotation.kind]}
        </span>
      </td>
      <td className="column-quote">
        <button type="button" className="table-quote" dir="auto" title="Open the passage" onClick={() => onOpen(annotation)}>
          <bdi>{shortQuote(annotation.quote.exact, 120)}</bdi>
        </button>
      </td>
      <td className="column-actor" dir="auto">
        {annotation.actor && onFilterActor ? (
          <button type="button" className="table-actor" aria-label={`Only ${annotation.actor}`} onClick={() => onFilterActor(annotation.actor)}>
            <bdi>{annotation.actor}</bdi>
          </button>
        ) : (
          <bdi>{annotation.actor}</bdi>
        )}
      </td>
      <td className="column-target" dir="auto">
        <bdi>{annotation.target}</bdi>
      </td>
      <td className="column-eventDate">{formatPreciseDate(annotation.eventDate)}</td>
      <td className="column-article" dir="auto">
        <bdi>{articleTitle}</bdi>
      </td>
      <td className="column-credibility">{annotation.credibility ?? ''}</td>
      <td className="column-links">{linkCount > 0 ? linkCount : ''}</td>
    </tr>
  );
}
