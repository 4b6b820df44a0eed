// The choices the filters offer, read from the library: every actor, target and tag in use, and
// every article by title. Sorted for people (Intl.Collator), each name once.
import type { Annotation } from '../../../shared/model';

export interface FilterOptions {
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly tags: readonly string[];
  readonly articles: readonly { readonly id: string; readonly title: string }[];
}

export const NO_OPTIONS: FilterOptions = { actors: [], targets: [], tags: [], articles: [] };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function sortedUnique(values: Iterable<string>): readonly string[] {
  const unique = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed !== '') unique.add(trimmed);
  }
  return [...unique].sort(collator.compare);
}

export function filterOptionsOf(
  annotations: readonly Annotation[],
  sources: readonly { readonly id: string; readonly title: string; readonly tags: readonly string[] }[],
): FilterOptions {
  return {
    actors: sortedUnique(annotations.map((a) => a.actor)),
    targets: sortedUnique(annotations.map((a) => a.target)),
    tags: sortedUnique([...annotations.flatMap((a) => a.tags), ...sources.flatMap((s) => s.tags)]),
    articles: [...sources].sort((a, b) => collator.compare(a.title, b.title)).map(({ id, title }) => ({ id, title })),
  };
}
