// A live query tied to a key (an article's or annotation's id). Dexie's hook keeps showing the
// previous key's result until the new one arrives; this reports "loading" instead, so a form
// never shows, and never saves into, the record that was open before.
import { useLiveQuery } from 'dexie-react-hooks';

/** undefined while loading; null when there is no key or no record. */
export function useKeyedLiveQuery<T>(key: string | null, query: (key: string) => Promise<T | undefined>): T | null | undefined {
  const result = useLiveQuery(async () => ({ key, value: key ? ((await query(key)) ?? null) : null }), [key]);
  if (!result || result.key !== key) return undefined;
  return result.value;
}
