// Says what the search is doing: loading or building the index (with progress), failed, waiting
// for a query, a query that could not be answered, nothing found, or how many hits in how many
// articles.
import type { ReactNode } from 'react';
import type { SearchOutcome } from '../../../shared/search/searchResults';
import type { SearchStatus } from '../../workers/searchClient';

interface SearchStatusLineProps {
  readonly status: SearchStatus;
  readonly outcome: SearchOutcome | null;
  readonly query: string;
  /** Whether filters narrow the results to annotations. */
  readonly filtering: boolean;
  /** Why the query could not be answered, if it could not. */
  readonly failure?: string | null;
}

/** One formatter for the whole window: `toLocaleString` makes a new one on every call (a fifth of a millisecond each). */
const COUNT = new Intl.NumberFormat('en');

function indexState(status: SearchStatus): ReactNode {
  switch (status.state) {
    case 'loading':
      return 'Loading the search index…';
    case 'building':
      return (
        <>
          Indexing the library: {COUNT.format(status.done)} of {COUNT.format(status.total)} records. Results may be incomplete until it is done.{' '}
          <progress max={status.total} value={status.done} aria-label="Indexing progress" />
        </>
      );
    case 'failed':
      return `The search index failed: ${status.message}`;
    case 'unavailable':
      return 'Search is not available in this window.';
    default:
      return null;
  }
}

export function SearchStatusLine({ status, outcome, query, filtering, failure = null }: SearchStatusLineProps): ReactNode {
  const trimmed = query.trim();
  let answer: ReactNode;
  if (!trimmed && filtering) answer = 'The annotations that match the filters are in the table below; type to search among them.';
  else if (!trimmed) answer = 'Type to search titles, text, notes, actors, tags and dossiers across the library. "Quoted words" match as a phrase; -word leaves out.';
  else if (failure) answer = `The search could not answer “${trimmed}” (${failure}).`;
  else if (outcome && outcome.total === 0) answer = `No results for “${trimmed}”${filtering ? ' among the annotations that pass the filters' : ''}.`;
  else if (outcome) {
    const articles = outcome.groupCount;
    answer = `${COUNT.format(outcome.total)} ${outcome.total === 1 ? 'hit' : 'hits'} in ${COUNT.format(articles)} ${articles === 1 ? 'place' : 'places'}${articles > outcome.groups.length ? `, the first ${outcome.groups.length} shown` : ''}.`;
  } else answer = 'Searching…';
  const state = indexState(status);
  return (
    <div className="search-status" role="status">
      {state && <p className="search-index-state">{state}</p>}
      <p>{answer}</p>
    </div>
  );
}
