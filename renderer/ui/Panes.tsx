// Three resizable panes separated by splitters that work with the mouse and the keyboard
// (arrow keys on a focused splitter). Widths are remembered as a view preference; a side pane
// that is folded away (see paneLayout.ts) stays mounted, hidden, so its drafts and scroll survive.
import { useCallback, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import type { PaneLayout } from './paneLayout';
import { readJsonPreference, writeJsonPreference } from './viewPreferences';

interface PanesProps {
  readonly left: ReactNode;
  readonly centre: ReactNode;
  readonly right: ReactNode;
  readonly layout: PaneLayout;
}

/** The side panes' element ids, for the toggles' aria-controls. */
export const PANE_IDS = { library: 'side-pane-library', details: 'side-pane-details' } as const;

const PREFERENCE = 'paneWidths';
const MIN_WIDTH = 180;
const MAX_WIDTH = 640;
const STEP = 16;

function isWidthPair(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number');
}

function loadWidths(): [number, number] {
  const saved = readJsonPreference(PREFERENCE, isWidthPair);
  return saved ? [clamp(saved[0]), clamp(saved[1])] : [300, 360];
}

function clamp(width: number): number {
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(width)));
}

function Splitter({ label, value, onChange }: { label: string; value: number; onChange: (delta: number) => void }): ReactNode {
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    const startX = event.clientX;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    let last = startX;
    const move = (e: globalThis.PointerEvent): void => {
      onChange(e.clientX - last);
      last = e.clientX;
    };
    const up = (): void => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'ArrowLeft') onChange(-STEP);
    else if (event.key === 'ArrowRight') onChange(STEP);
    else return;
    event.preventDefault();
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}

export function Panes({ left, centre, right, layout }: PanesProps): ReactNode {
  const [[leftWidth, rightWidth], setWidths] = useState(loadWidths);
  const resize = useCallback((side: 0 | 1, delta: number) => {
    setWidths((current) => {
      const next: [number, number] = [...current];
      next[side] = clamp(current[side] + (side === 0 ? delta : -delta));
      writeJsonPreference(PREFERENCE, next);
      return next;
    });
  }, []);
  const { library, details } = layout.shown;
  // Side columns may shrink below their set width: in the smallest window (720 px) the centre keeps 320 px.
  const columns = [library ? `minmax(0, ${leftWidth}px) 6px` : '', 'minmax(320px, 1fr)', details ? `6px minmax(0, ${rightWidth}px)` : ''].join(' ');
  return (
    <div className="panes" style={{ gridTemplateColumns: columns }}>
      <div className="pane-slot" id={PANE_IDS.library} hidden={!library}>
        {left}
      </div>
      {library && <Splitter label="Resize library pane" value={leftWidth} onChange={(d) => resize(0, d)} />}
      {centre}
      {details && <Splitter label="Resize details pane" value={rightWidth} onChange={(d) => resize(1, d)} />}
      <div className="pane-slot" id={PANE_IDS.details} hidden={!details}>
        {right}
      </div>
    </div>
  );
}
