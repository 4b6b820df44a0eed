// The actor list as CSV, as the Actors view shows it (its sort and filter).
import { csvText } from '../csv/csvText';
import type { ActorRow } from './actorTable';

export const ACTOR_CSV_HEADER = ['Actor', 'Aliases', 'Claims', 'Denials', 'Actions', 'As target', 'Articles', 'Total'] as const;

export function actorListCsv(rows: readonly ActorRow[]): string {
  return csvText(
    ACTOR_CSV_HEADER,
    rows.map((r) => [r.name, r.aliases.join('; '), r.claims, r.denials, r.actions, r.asTarget, r.articles, r.total]),
  );
}
