// View preferences kept across restarts (pane widths, the open tab, the last view…) in
// localStorage, behind one guard: a full, blocked or tampered store never stops the app, it only
// forgets. Library data never goes here; it lives in IndexedDB.

const PREFIX = 'dossier.';

/** The stored string, or null when absent or unreadable. */
export function readPreference(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

/** Stores (or, with null, forgets) a preference; failures are ignored on purpose. */
export function writePreference(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
  } catch {
    // A preference is a convenience: without storage it lasts for this session only.
  }
}

/** A JSON preference, checked by `accept` (anything else reads as null). */
export function readJsonPreference<T>(key: string, accept: (value: unknown) => value is T): T | null {
  const text = readPreference(key);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return accept(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeJsonPreference(key: string, value: unknown): void {
  writePreference(key, JSON.stringify(value));
}
