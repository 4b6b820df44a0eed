// What the cross-article views share: their answers from the views worker, kept live, and CSV
// downloads.
import { useEffect, useState } from 'react';
import { suggestedFileName } from '../../../shared/bridge/suggestedFileName';
import { hostBridge } from '../../bridge/hostBridge';
import type { ViewAnswer, ViewQuery } from '../../workers/viewsMessages';
import { watchView } from '../../workers/viewsClient';


type AnswerOf<V extends ViewQuery['view']> = Extract<ViewAnswer, { readonly view: V }>;

/**
 * The views worker's latest answer to `query` (undefined until the first; an error message if it
 * failed). `key` says when the query changed: a new one is watched, the old one dropped.
 */
export function useViewAnswer<Q extends ViewQuery>(query: Q | null, key: string): { readonly answer: AnswerOf<Q['view']> | undefined; readonly error: string | null } {
  const [state, setState] = useState<{ readonly key: string; readonly answer: AnswerOf<Q['view']> | undefined; readonly error: string | null }>({ key, answer: undefined, error: null });
  useEffect(() => {
    // Nothing watched: forget the answer, so a later visit paints only what the worker says then.
    if (!query) {
      setState((current) => (current.answer === undefined ? current : { key, answer: undefined, error: null }));
      return undefined;
    }
    return watchView(
      query,
      (answer) => setState({ key, answer: answer as AnswerOf<Q['view']>, error: null }),
      (error) => setState((current) => ({ ...current, error })),
    );
    // The key stands for the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, query === null]);
  // An answer to an earlier query is kept on screen until the new one comes (no flash of "Reading").
  return { answer: state.answer, error: state.error };
}

/** Saves CSV text (the desktop asks where; the browser downloads it). */
export async function saveCsv(label: string, content: string): Promise<void> {
  await hostBridge.saveFile({ suggestedName: suggestedFileName(label, '.csv'), mediaType: 'text/csv', content });
}
