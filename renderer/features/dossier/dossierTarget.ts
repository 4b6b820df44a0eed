// Which dossier "Add to dossier" adds to: the one last opened or chosen, remembered across
// restarts. A tiny store so the annotation editor, the list and the library agree without props.
import { useCallback, useSyncExternalStore } from 'react';

const STORAGE_KEY = 'dossier.addTarget';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setDossierTarget(id: string | null): void {
  try {
    if (id) localStorage.setItem(STORAGE_KEY, id);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Without storage the choice lasts for this session only; nothing else depends on it.
  }
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
