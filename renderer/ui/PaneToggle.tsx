// The toolbar button that shows or folds away a side pane in a narrow window.
import type { ReactNode } from 'react';
import type { PaneLayout, SidePane } from './paneLayout';
import { PANE_IDS } from './Panes';

const LABELS: Readonly<Record<SidePane, string>> = { library: 'Show library', details: 'Show details' };

/** Nothing in a wide window, where both side panes always show. */
export function PaneToggle({ pane, layout }: { readonly pane: SidePane; readonly layout: PaneLayout }): ReactNode {
  if (!layout.narrow) return null;
  const shown = layout.shown[pane];
  return (
    <button type="button" className="pane-toggle" aria-expanded={shown} aria-controls={PANE_IDS[pane]} onClick={() => layout.toggle(pane)}>
      {LABELS[pane]}
    </button>
  );
}
