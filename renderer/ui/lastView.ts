// Remembers what was open (an article or a dossier) so the workbench reopens it on the next
// start. A remembered record that was deleted since simply opens nothing.
import { readJsonPreference, writeJsonPreference } from './viewPreferences';

const PREFERENCE = 'lastView';

export interface LastView {
  readonly sourceId: string | null;
  readonly dossierId: string | null;
}

const NOTHING: LastView = { sourceId: null, dossierId: null };

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

export function readLastView(): LastView {
  const saved = readJsonPreference(PREFERENCE, isObject);
  if (!saved) return NOTHING;
  return {
    sourceId: typeof saved.sourceId === 'string' ? saved.sourceId : null,
    dossierId: typeof saved.dossierId === 'string' ? saved.dossierId : null,
  };
}

export function writeLastView(view: LastView): void {
  writeJsonPreference(PREFERENCE, view);
}
