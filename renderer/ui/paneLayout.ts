// Which side panes are shown. In a narrow window (below NARROW_WIDTH) each side pane collapses to a
// toggle, so the centre keeps room to read and compose; what the analyst chose there is remembered.
import { useCallback, useState, useSyncExternalStore } from 'react';
import { readJsonPreference, writeJsonPreference } from './viewPreferences';

/** Below this window width the side panes no longer all fit beside a readable centre. */
export const NARROW_WIDTH = 1200;
const NARROW_QUERY = `(max-width: ${NARROW_WIDTH - 1}px)`;
const PREFERENCE = 'narrowPanes';

export type SidePane = 'library' | 'details';

export interface PaneLayout {
  /** True when the window is narrow and the side panes collapse to toggles. */
  readonly narrow: boolean;
  readonly shown: Readonly<Record<SidePane, boolean>>;
  readonly toggle: (pane: SidePane) => void;
}

type NarrowChoice = Readonly<Record<SidePane, boolean>>;

/**
 * In a narrow window the details stay (tagging and editing happen there) and the library folds
 * away: it is visited to switch articles, and its toggle is always at hand in the toolbar. A start
 * with nothing open shows the library all the same: that is where the analyst begins.
 */
const NARROW_DEFAULT: NarrowChoice = { library: false, details: true };
const WIDE: NarrowChoice = { library: true, details: true };

function isNarrowChoice(value: unknown): value is NarrowChoice {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.library === 'boolean' && typeof record.details === 'boolean';
}

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isNarrow(): boolean {
  return window.matchMedia(NARROW_QUERY).matches;
}

/** `startsEmpty`: no article or dossier is open as the window starts. */
export function usePaneLayout(startsEmpty: boolean): PaneLayout {
  const narrow = useSyncExternalStore(subscribe, isNarrow);
  const [choice, setChoice] = useState<NarrowChoice>(() => {
    const remembered = readJsonPreference(PREFERENCE, isNarrowChoice) ?? NARROW_DEFAULT;
    return startsEmpty ? { ...remembered, library: true } : remembered;
  });
  const toggle = useCallback((pane: SidePane) => {
    setChoice((current) => {
      const next = { ...current, [pane]: !current[pane] };
      writeJsonPreference(PREFERENCE, next);
      return next;
    });
  }, []);
  return { narrow, shown: narrow ? choice : WIDE, toggle };
}
