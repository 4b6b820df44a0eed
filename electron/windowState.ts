// Where the main window was (size, position, maximised), saved in userData/window-state.json and
// restored so it lands on a screen that still exists, at a size that fits it.
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './jsonFile';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const extent = z.number().int().min(1).max(100_000);

export const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: extent,
  height: extent,
  isMaximized: z.boolean(),
});
export type WindowState = Readonly<z.infer<typeof windowStateSchema>>;

export interface RestoredWindow {
  readonly width: number;
  readonly height: number;
  /** Absent means "let the system centre it". */
  readonly x?: number;
  readonly y?: number;
  readonly isMaximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

/** How much of the title-bar strip must lie on a screen for the analyst to grab and move it. */
const GRAB_STRIP_HEIGHT = 32;
const MIN_GRABBABLE_WIDTH = 120;

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function overlapWidth(a: Rectangle, b: Rectangle): number {
  return Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

function centred(workAreas: readonly Rectangle[], isMaximized: boolean): RestoredWindow {
  const primary = workAreas[0];
  const width = primary ? Math.min(DEFAULT_WINDOW_SIZE.width, primary.width) : DEFAULT_WINDOW_SIZE.width;
  const height = primary ? Math.min(DEFAULT_WINDOW_SIZE.height, primary.height) : DEFAULT_WINDOW_SIZE.height;
  return { width, height, isMaximized };
}

/**
 * Fits a saved state to the screens present now (work areas, primary first). The window goes to
 * the screen it overlaps most, shrinks to fit it, and is nudged inside it; if its title bar is
 * on no screen at all (a monitor was unplugged), it is centred on the primary screen instead.
 */
export function restoreWindowState(saved: WindowState | undefined, workAreas: readonly Rectangle[]): RestoredWindow {
  const primary = workAreas[0];
  if (saved === undefined || primary === undefined) return centred(workAreas, false);
  const grabStrip: Rectangle = { x: saved.x, y: saved.y, width: saved.width, height: GRAB_STRIP_HEIGHT };
  const grabbable = workAreas.some((area) => overlapWidth(grabStrip, area) >= MIN_GRABBABLE_WIDTH && overlapArea(grabStrip, area) > 0);
  if (!grabbable) return centred(workAreas, saved.isMaximized);

  let best = primary;
  for (const area of workAreas) {
    if (overlapArea(saved, area) > overlapArea(saved, best)) best = area;
  }
  const width = clamp(saved.width, Math.min(MIN_WINDOW_SIZE.width, best.width), best.width);
  const height = clamp(saved.height, Math.min(MIN_WINDOW_SIZE.height, best.height), best.height);
  return {
    width,
    height,
    x: clamp(saved.x, best.x, best.x + best.width - width),
    y: clamp(saved.y, best.y, best.y + best.height - height),
    isMaximized: saved.isMaximized,
  };
}

export async function loadWindowState(filePath: string): Promise<WindowState | undefined> {
  return readJsonFile(filePath, windowStateSchema);
}

/** Rounds first: some platforms report fractional bounds under display scaling. */
export async function saveWindowState(filePath: string, bounds: Rectangle, isMaximized: boolean): Promise<void> {
  const state: WindowState = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(1, Math.round(bounds.width)),
    height: Math.max(1, Math.round(bounds.height)),
    isMaximized,
  };
  await writeJsonFile(filePath, state);
}
