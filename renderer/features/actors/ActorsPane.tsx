// The Actors tab: every actor and target across the library with counts by kind and by article,
// sorted and filtered; suggested aliases to merge or dismiss; the list as CSV.
import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { actorListCsv, filterActorRows, sortActorRows, type ActorRow } from '../../../shared/actors';
import { hostBridge } from '../../bridge/hostBridge';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { ActorGrid, type ActorSort } from './ActorGrid';
import { AliasSuggestionList } from './AliasSuggestionList';
import { useActorActions } from './useActorActions';
import type { ActorLibraryView } from './useActorLibrary';
import './actors.css';

/** Rows drawn at once; a filter narrows a longer list. */
const ROWS_SHOWN = 500;

interface ActorsPaneProps {
  /** From `useActorLibrary`, held by the shell; undefined while loading. */
  readonly library: ActorLibraryView | undefined;
  /** The name of the actor whose page is open, if any. */
  readonly openActorName: string | null;
  readonly onOpenActor: (name: string) => void;
  readonly analystName: string;
}

export function ActorsPane({ library, openActorName, onOpenActor, analystName }: ActorsPaneProps): ReactNode {
  const actions = useActorActions(library, analystName);
  const { setStatus, notify } = useWorkbench();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<ActorSort>({ by: 'total', direction: 'descending' });
  const deferredFilter = useDeferredValue(filter);
  const visible = useMemo(
    () => sortActorRows(filterActorRows(library?.rows ?? [], deferredFilter), sort.by, sort.direction),
    [library, deferredFilter, sort],
  );
  const openKey = openActorName && library ? (library.directory.groupOf(openActorName)?.key ?? null) : null;

  const exportCsv = async (rows: readonly ActorRow[]): Promise<void> => {
    const result = await hostBridge.saveFile({ suggestedName: 'actors.csv', mediaType: 'text/csv', content: actorListCsv(rows) });
    if (result.status === 'saved') setStatus(`Saved the list of ${rows.length} actor${rows.length === 1 ? '' : 's'} as ${result.name}.`);
  };

  return (
    <nav className="pane actors-pane" aria-labelledby="actors-heading">
      <div className="pane-header">
        <h2 id="actors-heading">Actors</h2>
        <span className="count">{library ? library.rows.length : ''}</span>
      </div>
      <div className="library-controls">
        <input type="search" placeholder="Filter actors" aria-label="Filter actors" value={filter} onChange={(event) => setFilter(event.target.value)} />
        <button
          type="button"
          disabled={!library?.complete || visible.length === 0}
          onClick={() => void exportCsv(visible).catch((error: unknown) => notify({ tone: 'error', message: `The CSV could not be saved: ${errorMessage(error)}` }))}
        >
          Export CSV…
        </button>
      </div>
      {library === undefined ? (
        <p className="empty">Loading actors…</p>
      ) : library.rows.length === 0 ? (
        <p className="empty">No actors yet. Name the actor or target of an annotation, and it is listed here with everything it said and did.</p>
      ) : (
        <>
          <AliasSuggestionList
            suggestions={library.suggestions}
            onAccept={(s) => {
              const [keep, merge] = [library.directory.groupByKey(s.keep.key), library.directory.groupByKey(s.merge.key)];
              if (keep && merge) void actions.merge(keep, merge);
            }}
            onDismiss={(s) => void actions.dismiss(s)}
          />
          <ActorGrid rows={visible.slice(0, ROWS_SHOWN)} sort={sort} onSort={setSort} selectedKey={openKey} onOpen={(row) => onOpenActor(row.name)} />
          {visible.length > ROWS_SHOWN && <p className="empty">Showing {ROWS_SHOWN} of {visible.length}: filter to find the others.</p>}
          {visible.length === 0 && <p className="empty">No actor matches “{filter}”.</p>}
        </>
      )}
    </nav>
  );
}
