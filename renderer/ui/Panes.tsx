// Three resizable panes separated by splitters that work with the mouse and the keyboard
// (arrow keys on a focused splitter). Widths are remembered in localStorage.
import { useCallback, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

interface PanesProps {
  readonly left: ReactNode;
  readonly centre: ReactNode;
  readonly right: ReactNode;
}

const STORAGE_KEY = 'dossier.paneWidths';
const MIN_WIDTH = 180;
const MAX_WIDTH = 640;
const STEP = 16;

function loadWidths(): [number, number] {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    if (Array.isArray(saved) && saved.length === 2 && saved.every((n) => typeof n === 'number')) {
      return [clamp(saved[0] as number), clamp(saved[1] as number)];
    }
  } catch {
    // A damaged preference falls back to the defaults.
  }
  return [300, 360];
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

export function Panes({ left, centre, right }: PanesProps): ReactNode {
  const [[leftWidth, rightWidth], setWidths] = useState(loadWidths);
  const resize = useCallback((side: 0 | 1, delta: number) => {
    setWidths((current) => {
      const next: [number, number] = [...current];
      next[side] = clamp(current[side] + (side === 0 ? delta : -delta));
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return (
    <div className="panes" style={{ gridTemplateColumns: `${leftWidth}px 6px minmax(320px, 1fr) 6px ${rightWidth}px` }}>
      {left}
      <Splitter label="Resize library pane" value={leftWidth} onChange={(d) => resize(0, d)} />
      {centre}
      <Splitter label="Resize details pane" value={rightWidth} onChange={(d) => resize(1, d)} />
      {right}
    </div>
  );
}
