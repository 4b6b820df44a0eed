// What the cross-article views share: the whole library, read live, and CSV downloads.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { suggestedFileName } from '../../../shared/bridge/suggestedFileName';
import { hostBridge } from '../../bridge/hostBridge';
import { loadFirstPart, loadViewLibrary, type FirstPart, type ViewLibrary } from '../../db/views';

export type { FirstPart, ViewLibrary } from '../../db/views';

/** The library as the views need it; undefined while it loads. Follows every change. */
export function useViewLibrary(): ViewLibrary | undefined {
  return useLiveQuery(() => loadViewLibrary(), []);
}

/**
 * The first part of the library to paint while `useViewLibrary` reads the whole of it (read once,
 * when the view opens; undefined once the whole library is there or before the part is read).
 */
export function useFirstPart(size: { readonly claims: number; readonly annotations: number }, whole: ViewLibrary | undefined): FirstPart | undefined {
  const [part, setPart] = useState<FirstPart>();
  const { claims, annotations } = size;
  useEffect(() => {
    let current = true;
    // A failure here only costs the early paint: the whole library follows and reports its own.
    loadFirstPart({ claims, annotations }).then((loaded) => current && setPart(loaded), () => undefined);
    return () => {
      current = false;
    };
  }, [claims, annotations]);
  return whole ? undefined : part;
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
