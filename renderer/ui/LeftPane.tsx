// The left pane's faces (Library, Dossiers, Actors, and the cross-article views) as tabs (arrow keys move between them). The
// chosen tab is remembered; each panel keeps its own landmark inside.
import { useCallback, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { readPreference, writePreference } from './viewPreferences';

export type LeftTab = 'library' | 'dossiers' | 'actors' | 'claims' | 'timeline';

interface LeftPaneProps {
  readonly library: ReactNode;
  readonly dossiers: ReactNode;
  readonly actors: ReactNode;
  /** A cross-article view's tab shows its note here; the view itself fills the centre pane. */
  readonly claims: ReactNode;
  readonly timeline: ReactNode;
  /** Set by the shell when something (opening a dossier from a command) should show a tab. */
  readonly tab: LeftTab;
  readonly onTabChange: (tab: LeftTab) => void;
}

const PREFERENCE = 'leftTab';
const TABS: readonly { readonly id: LeftTab; readonly label: string }[] = [
  { id: 'library', label: 'Library' },
  { id: 'dossiers', label: 'Dossiers' },
  { id: 'actors', label: 'Actors' },
  { id: 'claims', label: 'Claims' },
  { id: 'timeline', label: 'Timeline' },
];

function loadLeftTab(): LeftTab {
  const saved = readPreference(PREFERENCE);
  return TABS.find((t) => t.id === saved)?.id ?? 'library';
}

export function useLeftTab(): readonly [LeftTab, (tab: LeftTab) => void] {
  const [tab, setTab] = useState<LeftTab>(loadLeftTab);
  const choose = useCallback((next: LeftTab): void => {
    writePreference(PREFERENCE, next);
    setTab(next);
  }, []);
  return [tab, choose] as const;
}

export function LeftPane({ library, dossiers, actors, claims, timeline, tab, onTabChange }: LeftPaneProps): ReactNode {
  const baseId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    // Arrows go round the tabs, Home and End to the first and last.
    const index = TABS.findIndex((t) => t.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const nextIndex = event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : (index + step + TABS.length) % TABS.length;
    const next: LeftTab = TABS[nextIndex]?.id ?? 'library';
    onTabChange(next);
    document.getElementById(`${baseId}-${next}-tab`)?.focus();
  };
  return (
    <div className="left-pane">
      <div className="left-tabs" role="tablist" aria-label="Left pane">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`${baseId}-${id}-tab`}
            aria-selected={tab === id}
            // Only the chosen tab's panel exists, and aria-controls must name an element that does.
            aria-controls={tab === id ? `${baseId}-${id}-panel` : undefined}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => onTabChange(id)}
            onKeyDown={onKeyDown}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="left-panel" role="tabpanel" id={`${baseId}-${tab}-panel`} aria-labelledby={`${baseId}-${tab}-tab`}>
        {{ library, dossiers, actors, claims, timeline }[tab]}
      </div>
    </div>
  );
}
