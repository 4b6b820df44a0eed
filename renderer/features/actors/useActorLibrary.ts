// The actors across the library, kept live: the records, the annotations, the table's rows and
// the alias suggestions, recomputed when annotations or actor records change.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { suggestAliases, summariseActors, type ActorRow, type AliasSuggestion } from '../../../shared/actors';
import { loadActorLibrary } from '../../db/actors';
import type { ActorState } from './useActorActions';

export interface ActorLibraryView extends ActorState {
  readonly rows: readonly ActorRow[];
  readonly suggestions: readonly AliasSuggestion[];
  readonly titles: ReadonlyMap<string, string>;
}

/**
 * undefined while loading or while `active` is false: the shell holds one for the Actors tab and
 * an actor's page together, and reads nothing while neither shows.
 */
export function useActorLibrary(active: boolean): ActorLibraryView | undefined {
  const library = useLiveQuery(() => (active ? loadActorLibrary() : undefined), [active]);
  return useMemo(() => {
    if (!library) return undefined;
    const { directory, rows } = summariseActors(library.annotations, library.actors);
    const candidates = rows.map((row) => ({ key: row.key, name: row.name, names: directory.groupByKey(row.key)?.names ?? [row.name], total: row.total }));
    return { records: library.actors, annotations: library.annotations, directory, rows, titles: library.titles, suggestions: suggestAliases(candidates, library.dismissed) };
  }, [library]);
}
