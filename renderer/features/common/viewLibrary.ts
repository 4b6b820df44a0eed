// What the cross-article views share: the whole library, read live, and CSV downloads.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { suggestedFileName } from '../../../shared/bridge/suggestedFileName';
import { hostBridge } from '../../bridge/hostBridge';
import { loadFirstPart, loadViewLibrary, type FirstPart, type ViewLibrary } from '../../db/views';

export type { FirstPart, ViewLibrary } from '../../db/views';

/**
 * The library as the views need it; undefined while it loads (or until `start`). Follows every
 * change. A view starts it once its first part is read: IndexedDB serves one long read at a time,
 * so the whole library read first would hold the first part back.
 */
export function useViewLibrary(start = true): ViewLibrary | undefined {
  return useLiveQuery(() => (start ? loadViewLibrary() : undefined), [start]);
}

/**
 * The library in two steps: a first part to paint at once (read when the view opens), then the
 * whole library (`part` is undefined once `whole` is there).
 */
export function useProgressiveLibrary(size: { readonly claims: number; readonly annotations: number }): {
  readonly whole: ViewLibrary | undefined;
  readonly part: FirstPart | undefined;
} {
  const [part, setPart] = useState<FirstPart>();
  const [partDone, setPartDone] = useState(false);
  const { claims, annotations } = size;
  useEffect(() => {
    let current = true;
    // A failure here only costs the early paint: the whole library follows and reports its own.
    loadFirstPart({ claims, annotations })
      .then((loaded) => current && setPart(loaded), () => undefined)
      .finally(() => current && setPartDone(true));
    return () => {
      current = false;
    };
  }, [claims, annotations]);
  const whole = useViewLibrary(partDone);
  return { whole, part: whole ? undefined : part };
}

/** Article titles by id, for citing a passage's source. */
export function useSourceTitles(library: ViewLibrary | undefined): (sourceId: string) => string {
  return useMemo(() => {
    const titles = new Map((library?.sources ?? []).map((s) => [s.id, s.title]));
    return (sourceId: string) => titles.get(sourceId) ?? '';
  }, [library]);
}

/** Saves CSV text (the desktop asks where; the browser downloads it). */
export async function saveCsv(label: string, content: string): Promise<void> {
  await hostBridge.saveFile({ suggestedName: suggestedFileName(label, '.csv'), mediaType: 'text/csv', content });
}
