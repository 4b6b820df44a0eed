// What the Actors tab paints, worked out where the annotations are (the views worker): the rows,
// the names in order of use (so the window rebuilds the same directory from the actor records
// alone) and the alias suggestions. The window never receives the annotations themselves.
import type { Actor } from '../model/actor';
import { summariseTallies, type ActorRow, type NameTally } from './actorTable';
import { suggestAliases, type AliasSuggestion } from './aliasSuggestions';

export interface ActorOverview {
  readonly rows: readonly ActorRow[];
  /** Every name annotations use, most used first: `buildActorDirectory(records, usedNames)` gives the rows' directory. */
  readonly usedNames: readonly string[];
  readonly suggestions: readonly AliasSuggestion[];
}

const used = (t: NameTally): number => t.claims + t.denials + t.actions + t.asTarget;

export function actorOverview(tallies: readonly NameTally[], records: readonly Actor[], dismissed: ReadonlySet<string>): ActorOverview {
  const { directory, rows } = summariseTallies(tallies, records);
  const candidates = rows.map((row) => ({ key: row.key, name: row.name, names: directory.groupByKey(row.key)?.names ?? [row.name], total: row.total }));
  return {
    rows,
    usedNames: [...tallies].sort((a, b) => used(b) - used(a)).map((t) => t.name),
    suggestions: suggestAliases(candidates, dismissed),
  };
}
