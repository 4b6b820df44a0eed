// Which dossier "Add to dossier" adds to: the one last opened or chosen, remembered across
// restarts. A tiny store so the annotation editor, the list and the library agree without props.
import { useCallback, useSyncExternalStore } from 'react';
import { readPreference, writePreference } from '../../ui/viewPreferences';

const PREFERENCE = 'addTarget';
const listeners = new Set<() => void>();

function read(): string | null {
  return readPreference(PREFERENCE);
}

export function setDossierTarget(id: string | null): void {
  writePreference(PREFERENCE, id);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDossierTarget(): readonly [string | null, (id: string | null) => void] {
  const target = useSyncExternalStore(subscribe, read);
  return [target, useCallback((id: string | null) => setDossierTarget(id), [])] as const;
}
