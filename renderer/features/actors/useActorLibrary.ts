// The actors across the library, kept live by the views worker: the records, the table's rows and
// the alias suggestions. The worker paints counts from the indexes first while it reads the
// library, then the full rows (articles per actor); the window never holds the annotations.
import { useMemo } from 'react';
import { buildActorDirectory, nameKey, type ActorDirectory, type ActorGroup, type ActorRow, type AliasSuggestion } from '../../../shared/actors';
import type { Actor } from '../../../shared/model';
import { useViewAnswer } from '../common/viewLibrary';
import type { ActorState } from './useActorActions';

export interface ActorLibraryView extends ActorState {
  readonly rows: readonly ActorRow[];
  readonly suggestions: readonly AliasSuggestion[];
  /** Every spelling annotations use, most used first. */
  readonly usedNames: readonly string[];
  /** False while only the counts are read: articles per actor wait for the rest. */
  readonly complete: boolean;
}

const ACTORS_QUERY = { view: 'actors' } as const;

/**
 * undefined while loading or while `active` is false: the shell holds one for the Actors tab and
 * an actor's page together, and watches nothing while neither shows.
 */
export function useActorLibrary(active: boolean): ActorLibraryView | undefined {
  const { answer } = useViewAnswer(active ? ACTORS_QUERY : null, 'actors');
  return useMemo(() => {
    if (!answer || !active) return undefined;
    const records: readonly Actor[] = answer.records;
    const directory: ActorDirectory = buildActorDirectory(records, answer.overview.usedNames);
    return { records, directory, rows: answer.overview.rows, suggestions: answer.overview.suggestions, usedNames: answer.overview.usedNames, complete: answer.complete };
  }, [answer, active]);
}

/** The spellings annotations use for `group`'s actor (any case or spacing of any of its names). */
export function spellingsOf(group: ActorGroup, library: Pick<ActorLibraryView, 'usedNames' | 'directory'>): string[] {
  const keys = new Set(group.names.map(nameKey));
  return library.usedNames.filter((name) => keys.has(nameKey(name)) || library.directory.groupOf(name)?.key === group.key);
}
