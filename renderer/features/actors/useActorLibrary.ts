// The actors across the library, kept live: the records, the table's rows and the alias
// suggestions, recomputed when annotations or actor records change. The rows come in two steps:
// counts by index first (painted at once), then the annotations themselves (articles per actor,
// and what an actor's page lists), read only once the counts are on screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { suggestAliases, summariseTallies, tallyNames, type ActorRow, type AliasSuggestion } from '../../../shared/actors';
import { loadActorRecords, loadAnnotatedLibrary, loadNameTallies } from '../../db/actors';
import type { ActorState } from './useActorActions';

export interface ActorLibraryView extends ActorState {
  readonly rows: readonly ActorRow[];
  readonly suggestions: readonly AliasSuggestion[];
  readonly titles: ReadonlyMap<string, string>;
  /** False while only the counts are read: articles per actor and actors' pages wait for the rest. */
  readonly complete: boolean;
}

/**
 * undefined while loading or while `active` is false: the shell holds one for the Actors tab and
 * an actor's page together, and reads nothing while neither shows.
 */
export function useActorLibrary(active: boolean): ActorLibraryView | undefined {
  const counted = useLiveQuery(() => (active ? loadNameTallies() : undefined), [active]);
  const records = useLiveQuery(() => (active ? loadActorRecords() : undefined), [active]);
  // Started once the counts are in, so reading every annotation never holds up the first paint.
  const readAll = active && counted !== undefined;
  const annotated = useLiveQuery(() => (readAll ? loadAnnotatedLibrary() : undefined), [readAll]);
  const fullTallies = useMemo(() => (annotated ? tallyNames(annotated.annotations) : undefined), [annotated]);
  return useMemo(() => {
    const tallies = fullTallies ?? counted;
    if (!tallies || !records) return undefined;
    const { directory, rows } = summariseTallies(tallies, records.actors);
    const candidates = rows.map((row) => ({ key: row.key, name: row.name, names: directory.groupByKey(row.key)?.names ?? [row.name], total: row.total }));
    return {
      records: records.actors,
      annotations: annotated?.annotations ?? [],
      directory,
      rows,
      titles: annotated?.titles ?? new Map<string, string>(),
      suggestions: suggestAliases(candidates, records.dismissed),
      complete: annotated !== undefined,
    };
  }, [counted, fullTallies, annotated, records]);
}
