// The actors as a grid: one row per actor with its counts; column headers sort, arrow keys move
// between rows (Home/End to the ends), Enter or a click opens the actor's page.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { ActorRow, ActorSortKey, SortDirection } from '../../../shared/actors';

export interface ActorSort {
  readonly by: ActorSortKey;
  readonly direction: SortDirection;
}

const COLUMNS: readonly { readonly key: ActorSortKey; readonly label: string; readonly short: string }[] = [
  { key: 'name', label: 'Actor', short: 'Actor' },
  { key: 'claims', label: 'Claims', short: 'Cl.' },
  { key: 'denials', label: 'Denials', short: 'De.' },
  { key: 'actions', label: 'Actions', short: 'Ac.' },
  { key: 'asTarget', label: 'As target', short: 'Tg.' },
  { key: 'articles', label: 'Articles', short: 'Art.' },
  { key: 'total', label: 'Mentions', short: 'All' },
];

interface ActorGridProps {
  readonly rows: readonly ActorRow[];
  readonly sort: ActorSort;
  readonly onSort: (sort: ActorSort) => void;
  readonly selectedKey: string | null;
  readonly onOpen: (row: ActorRow) => void;
}

export function ActorGrid({ rows, sort, onSort, selectedKey, onOpen }: ActorGridProps): ReactNode {
  const body = useRef<HTMLTableSectionElement>(null);
  const focusRow = (index: number): void => {
    const all = body.current?.querySelectorAll<HTMLTableRowElement>('tr');
    if (!all || all.length === 0) return;
    all[Math.max(0, Math.min(all.length - 1, index))]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: ActorRow): void => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1, PageDown: index + 10, PageUp: index - 10 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusRow(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(row);
    }
  };
  // One row takes Tab (the open actor's, else the first): the grid is one stop, arrows do the rest.
  const tabStop = Math.max(0, rows.findIndex((r) => r.key === selectedKey));
  return (
    <table className="actor-grid" role="grid" aria-label="Actors" aria-rowcount={rows.length + 1}>
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const active = sort.by === column.key;
            const next: SortDirection = active ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : column.key === 'name' ? 'ascending' : 'descending';
            return (
              <th key={column.key} scope="col" aria-sort={active ? sort.direction : 'none'} className={column.key === 'name' ? 'actor-name-column' : 'count-column'}>
                <button type="button" title={`Sort by ${column.label.toLowerCase()}`} onClick={() => onSort({ by: column.key, direction: next })}>
                  {/* The pane is narrow: short words on screen, the whole word for screen readers. */}
                  <span aria-hidden="true">{column.short}</span>
                  <span className="full-label">{column.label}</span>
                  <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody ref={body}>
        {rows.map((row, index) => (
          <tr
            key={row.key}
            tabIndex={index === tabStop ? 0 : -1}
            aria-selected={row.key === selectedKey}
            aria-rowindex={index + 2}
            className={row.key === selectedKey ? 'selected' : undefined}
            onClick={() => onOpen(row)}
            onKeyDown={(event) => onKeyDown(event, index, row)}
          >
            <th scope="row" className="actor-name-column">
              <bdi>{row.name}</bdi>
              {row.aliases.length > 0 && (
                <span className="actor-aliases">
                  {' '}
                  (also {row.aliases.map((alias, i) => (
                    <span key={alias}>
                      {i > 0 ? ', ' : ''}
                      <bdi>{alias}</bdi>
                    </span>
                  ))})
                </span>
              )}
            </th>
            <td className="count-column">{row.claims}</td>
            <td className="count-column">{row.denials}</td>
            <td className="count-column">{row.actions}</td>
            <td className="count-column">{row.asTarget}</td>
            {/* Articles need every annotation read; the counts before them come from indexes. */}
            <td className="count-column" aria-busy={row.articles === null}>
              {row.articles ?? '…'}
            </td>
            <td className="count-column">{row.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
