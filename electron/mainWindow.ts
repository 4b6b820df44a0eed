// Electron adapter for the workbench window: hardened web preferences, the saved size and
// position restored onto today's screens, and kept up to date as the analyst moves it.
import { app, BrowserWindow, dialog, screen } from 'electron';
import { APP_ENTRY_URL } from './appUrl';
import type { MainLog } from './mainLog';
import { loadWindowState, MIN_WINDOW_SIZE, restoreWindowState, saveWindowState, type Rectangle } from './windowState';

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly stateFile: string;
  readonly log: MainLog;
}

/** Saving on every move event would write many times a second while dragging. */
const SAVE_DELAY_MS = 500;

function screenWorkAreas(): Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

function trackWindowState(window: BrowserWindow, stateFile: string, log: MainLog): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    // Normal bounds: what to restore to, even when the window is maximised or minimised now.
    saveWindowState(stateFile, window.getNormalBounds(), window.isMaximized()).catch((error: unknown) =>
      log.warn('Could not save the window state', error),
    );
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}

/** Offers a reload when the page's process dies, rather than leaving a blank window. */
function watchRendererCrashes(window: BrowserWindow, log: MainLog): void {
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error(`The page process ended: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    void dialog
      .showMessageBox(window, {
        type: 'error',
        message: 'The workbench page stopped unexpectedly.',
        detail: `Reloading restores the library from its saved data. Details are in ${log.filePath}.`,
        buttons: ['Reload', 'Close window'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      })
      .then(({ response }) => {
        if (window.isDestroyed()) return;
        if (response === 0) window.webContents.reload();
        else window.close();
      });
  });
}

export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const restored = restoreWindowState(await loadWindowState(options.stateFile), screenWorkAreas());
  const window = new BrowserWindow({
    width: restored.width,
    height: restored.height,
    ...(restored.x !== undefined && restored.y !== undefined ? { x: restored.x, y: restored.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: app.getName(),
    // Shown once painted, so the analyst never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      devTools: !app.isPackaged,
    },
  });
  if (restored.isMaximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  trackWindowState(window, options.stateFile, options.log);
  watchRendererCrashes(window, options.log);
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => options.log.error('Could not load the workbench page', error));
  return window;
}

/** Resolves once the page (and so the preload that queues commands) has loaded. */
export function whenPageLoaded(window: BrowserWindow): Promise<void> {
  const contents = window.webContents;
  if (!contents.isLoading() && contents.getURL() !== '') return Promise.resolve();
  return new Promise((resolve) => contents.once('did-finish-load', () => resolve()));
}
