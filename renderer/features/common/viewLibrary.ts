// What the cross-article views share: the whole library, read live, and CSV downloads.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { suggestedFileName } from '../../../shared/bridge/suggestedFileName';
import { hostBridge } from '../../bridge/hostBridge';
import { loadViewLibrary, type ViewLibrary } from '../../db/views';

export type { ViewLibrary } from '../../db/views';

/** The library as the views need it; undefined while it loads. Follows every change. */
export function useViewLibrary(): ViewLibrary | undefined {
  return useLiveQuery(() => loadViewLibrary(), []);
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
