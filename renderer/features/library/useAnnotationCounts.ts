// The library list's annotation count per article (db/annotationCounts.ts keeps them), shared by
// every list on screen.
import { useSyncExternalStore } from 'react';
import { AnnotationCounts } from '../../db/annotationCounts';

const counts = new AnnotationCounts();
const subscribe = (listener: () => void): (() => void) => counts.subscribe(listener);
const current = (): ReadonlyMap<string, number> | undefined => counts.current();

/** Counts per article id; undefined until first counted. */
export function useAnnotationCounts(): ReadonlyMap<string, number> | undefined {
  return useSyncExternalStore(subscribe, current);
}
