// Asks the browser to keep the library when disk space runs low, and records the answer.
import type { Settings } from '../../../shared/model';

export async function requestPersistentStorage(): Promise<Settings['storagePersistence']> {
  if (!navigator.storage?.persist) return 'unsupported';
  try {
    if (await navigator.storage.persisted()) return 'granted';
    return (await navigator.storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
