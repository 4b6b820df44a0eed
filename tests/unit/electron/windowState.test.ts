import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  loadWindowState,
  restoreWindowState,
  saveWindowState,
  type Rectangle,
} from '../../../electron/windowState';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 875 };
/** A second monitor to the left of the primary one: negative coordinates are real places. */
const leftMonitor: Rectangle = { x: -1920, y: 0, width: 1920, height: 1040 };

describe('restoreWindowState', () => {
  it('centres a default-sized window when nothing was saved', () => {
    expect(restoreWindowState(undefined, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, isMaximized: false });
    expect(restoreWindowState(undefined, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({
      width: 1024,
      height: 700,
      isMaximized: false,
    });
  });

  it('restores a window that fits where it was', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, isMaximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual(saved);
  });

  it('restores onto a monitor left of the primary one', () => {
    const saved = { x: -1800, y: 100, width: 1200, height: 800, isMaximized: true };
    expect(restoreWindowState(saved, [laptop, leftMonitor])).toEqual(saved);
  });

  it('centres a window whose monitor was unplugged, keeping it maximised if it was', () => {
    const saved = { x: -1800, y: 100, width: 1200, height: 800, isMaximized: true };
    expect(restoreWindowState(saved, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, isMaximized: true });
  });

  it('centres a window whose title bar is above every screen', () => {
    const saved = { x: 100, y: -600, width: 1000, height: 700, isMaximized: false };
    expect(restoreWindowState(saved, [laptop]).x).toBeUndefined();
  });

  it('shrinks a window larger than its screen and pulls it inside', () => {
    const saved = { x: 1000, y: 400, width: 3000, height: 2000, isMaximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875, isMaximized: false });
  });

  it('nudges a partly visible window fully onto its screen', () => {
    const saved = { x: 1200, y: 600, width: 800, height: 600, isMaximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({ x: 640, y: 275, width: 800, height: 600, isMaximized: false });
  });

  it('grows a tiny saved window to the minimum size', () => {
    const saved = { x: 10, y: 10, width: 200, height: 100, isMaximized: false };
    expect(restoreWindowState(saved, [laptop])).toMatchObject({ width: 720, height: 480 });
  });

  it('copes with no screens at all', () => {
    expect(restoreWindowState({ x: 0, y: 0, width: 800, height: 600, isMaximized: false }, [])).toEqual({
      ...DEFAULT_WINDOW_SIZE,
      isMaximized: false,
    });
  });
});

describe('loadWindowState and saveWindowState', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(tmpdir(), 'window-state-'));
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('round-trips, rounding fractional bounds', async () => {
    const file = path.join(folder, 'window-state.json');
    await saveWindowState(file, { x: 10.4, y: 20.6, width: 1000.2, height: 700.7 }, true);
    expect(await loadWindowState(file)).toEqual({ x: 10, y: 21, width: 1000, height: 701, isMaximized: true });
  });

  it('ignores a corrupt or absurd file', async () => {
    const file = path.join(folder, 'window-state.json');
    expect(await loadWindowState(file)).toBeUndefined();
    await fs.writeFile(file, '{"x":0,"y":0,"width":-5,"height":10,"isMaximized":false}');
    expect(await loadWindowState(file)).toBeUndefined();
    await fs.writeFile(file, '{"x":1e300,"y":0,"width":5,"height":10,"isMaximized":false}');
    expect(await loadWindowState(file)).toBeUndefined();
    await fs.writeFile(file, 'not json');
    expect(await loadWindowState(file)).toBeUndefined();
  });
});
