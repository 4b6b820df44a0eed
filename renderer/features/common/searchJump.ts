// Where a search result asked the reader to go: the article, the stretch of its text to scroll to
// and paint as the search hit. The search feature sets it, the reader follows it; neither imports
// the other.
import { useSyncExternalStore } from 'react';

export interface SearchJump {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  /** Counts jumps, so the same place asked for twice scrolls twice. */
  readonly serial: number;
}

let current: SearchJump | null = null;
let serial = 0;
const listeners = new Set<() => void>();

export function jumpToSearchHit(sourceId: string, start: number, end: number): void {
  serial += 1;
  current = { sourceId, start, end, serial };
  for (const listener of listeners) listener();
}

export function clearSearchJump(): void {
  current = null;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSearchJump(): SearchJump | null {
  return useSyncExternalStore(subscribe, () => current);
}
