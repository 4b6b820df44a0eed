// Remembers what was open (an article or a dossier) so the workbench reopens it on the next
// start. A remembered record that was deleted since simply opens nothing.

const STORAGE_KEY = 'dossier.lastView';

export interface LastView {
  readonly sourceId: string | null;
  readonly dossierId: string | null;
}

const NOTHING: LastView = { sourceId: null, dossierId: null };

export function readLastView(): LastView {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    if (typeof saved !== 'object' || saved === null) return NOTHING;
    const { sourceId, dossierId } = saved as Record<string, unknown>;
    return {
      sourceId: typeof sourceId === 'string' ? sourceId : null,
      dossierId: typeof dossierId === 'string' ? dossierId : null,
    };
  } catch {
    return NOTHING;
  }
}

export function writeLastView(view: LastView): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(view));
  } catch {
    // Reopening the last view is a convenience; a full or blocked store must not stop the app.
  }
}
