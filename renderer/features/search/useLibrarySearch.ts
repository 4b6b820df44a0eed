// The search field's state: the answer to the latest query (an older answer arriving late is
// dropped), the index's status, and the open query's answer renewed whenever the index takes in a
// change (the shard that took it in sends it with its notice), so an annotation tagged or edited
// shows up at once.
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SearchOutcome } from '../../../shared/search/searchResults';
import { currentSearchStatus, onSearchIndexUpdated, onSearchStatus, restrictSearch, searchInWorker, startSearchWorkers, unfollowSearch, type SearchAnswer, type SearchStatus } from '../../workers/searchClient';

export interface LibrarySearch {
  readonly outcome: SearchOutcome | null;
  readonly status: SearchStatus;
  /** Whether the answer shown is for an older query than the one typed. */
  readonly pending: boolean;
  /** Why the query typed could not be answered, if it could not (a search shard's error). */
  readonly failure: string | null;
  /**
   * Sends the query typed to the workers from the input event itself, before React draws the
   * keystroke (about a millisecond); the query's effect then waits for that answer rather than
   * asking again. Calling it is optional: without it the effect asks.
   */
  readonly ask: (query: string) => void;
}

/** A query sent ahead of its effect, with what the effect would have sent it under. */
interface AskedAhead {
  readonly query: string;
  readonly ready: boolean;
  readonly updates: number;
  readonly restriction: readonly string[] | null;
  readonly answer: Promise<SearchAnswer>;
}

/**
 * Commits an answer in the task that brought it: left to React's scheduler it would wait for a
 * task of its own, and an answer arriving just before a frame would then miss that frame (16 ms).
 */
function showNow(update: () => void): void {
  flushSync(update);
}

/** `restriction`: the annotations the filters let through, or null for no filter. */
export function useLibrarySearch(query: string, restriction: readonly string[] | null): LibrarySearch {
  const [status, setStatus] = useState<SearchStatus>(currentSearchStatus);
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [updates, setUpdates] = useState(0);
  const [failure, setFailure] = useState<{ readonly query: string; readonly message: string } | null>(null);
  const latest = useRef(query);
  latest.current = query;
  const ready = status.state === 'ready';
  /** What the last query sent was asked under (set where it is sent): a query asked ahead is asked under the same. */
  const asking = useRef({ ready, updates, restriction });
  const ahead = useRef<AskedAhead | null>(null);
  const show = useCallback((answered: SearchOutcome) => {
    setOutcome(answered);
    setFailure(null);
  }, []);
  const ask = useCallback((next: string) => {
    if (!next.trim()) return;
    const answer = searchInWorker(next, undefined, true);
    // Its effect may ask again instead (the query changed meanwhile): a failure then ends here.
    answer.catch(() => undefined);
    ahead.current = { query: next, ...asking.current, answer };
  }, []);

  useEffect(() => {
    startSearchWorkers();
    setStatus(currentSearchStatus());
    const stopStatus = onSearchStatus(setStatus);
    const stopUpdates = onSearchIndexUpdated((fresh) => {
      // The worker answered the open query itself: no second trip through this (busy) thread.
      if (fresh && fresh.outcome.query === latest.current) {
        performance.mark('dw:search-answered', { detail: { query: fresh.outcome.query, engineMs: fresh.engineMs, totalMs: fresh.totalMs } });
        showNow(() => show(fresh.outcome));
      } else setUpdates((n) => n + 1);
    });
    return () => {
      stopStatus();
      stopUpdates();
    };
  }, [show]);

  // Sent before the query effect below runs, so the worker applies it to that very query.
  useEffect(() => restrictSearch(restriction), [restriction]);

  useEffect(() => {
    // Runs after the restriction's effect above: the worker has this restriction now.
    asking.current = { ready, updates, restriction };
    const early = ahead.current;
    // A query asked ahead is this effect's when it is this query; one asked for a later keystroke
    // (this effect was still to run) is left for that keystroke's effect.
    if (early?.query === query) ahead.current = null;
    if (!query.trim()) {
      setOutcome(null);
      unfollowSearch();
      return;
    }
    let current = true;
    // Asked anew: an earlier failure of this query is not this ask's.
    setFailure(null);
    const sent = early?.query === query && early.ready === ready && early.updates === updates && early.restriction === restriction;
    (sent ? early.answer : searchInWorker(query, undefined, true)).then(
      (answer) => {
        if (!current || latest.current !== query) return;
        performance.mark('dw:search-answered', { detail: { query, engineMs: answer.engineMs, totalMs: answer.totalMs } });
        showNow(() => show(answer.outcome));
      },
      (error: unknown) => {
        if (current && latest.current === query) setFailure({ query, message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
    // `ready` and `updates`: ask again once the index is built, and after a change it took in
    // without answering this query (it had not been asked yet). `show` never changes.
  }, [query, ready, updates, restriction, show]);

  return { outcome: query.trim() ? outcome : null, status, pending: outcome !== null && outcome.query !== query, failure: failure?.query === query ? failure.message : null, ask };
}
