// Main-process entry: single instance, the app:// scheme, security rules, host IPC, the menu and
// the workbench window. Each piece lives in its own module; this file only orders them.
import path from 'node:path';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { installApplicationMenu } from './applicationMenu';
import { installCrashHandlers } from './crashHandling';
import { createFileOpener } from './fileOpening';
import { createFolderMemory } from './folderMemory';
import { registerHostIpc } from './hostIpc';
import { dossierPathsFromArgv } from './launchFiles';
import { createMainLog } from './mainLog';
import { createMainWindow } from './mainWindow';
import { hardenSession, hardenWebContents } from './security';

// Tests and development runs keep their data apart from the analyst's real library.
const userDataOverride = process.env.DOSSIER_WORKBENCH_USER_DATA_DIR;
if (!app.isPackaged && userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

const userData = app.getPath('userData');
const log = createMainLog({ directory: path.join(userData, 'logs') });
installCrashHandlers(log);

// dist-electron/main.js sits beside preload.js, and dist/renderer one level up (also inside app.asar).
const RENDERER_DIR = path.join(__dirname, '..', 'dist', 'renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.js');

// Before ready: scheme privileges cannot be granted later.
registerAppScheme();

function start(): void {
  let mainWindow: BrowserWindow | undefined;
  const fileOpener = createFileOpener(log);
  fileOpener.open(dossierPathsFromArgv(process.argv, process.cwd()));

  // macOS hands files over by event, possibly before ready; the opener queues them until the window exists.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    fileOpener.open(dossierPathsFromArgv([filePath], process.cwd()));
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    fileOpener.open(dossierPathsFromArgv(argv, workingDirectory));
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => shell.openExternal(url), (message) => log.warn(message));
  });

  const openMainWindow = async (): Promise<void> => {
    mainWindow = await createMainWindow({
      preloadPath: PRELOAD_PATH,
      stateFile: path.join(userData, 'window-state.json'),
      log,
    });
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
    fileOpener.attach(mainWindow);
  };

  app.on('window-all-closed', () => {
    // macOS apps stay running without windows; elsewhere closing the last window quits.
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      openMainWindow().catch((error: unknown) => log.error('Could not reopen the window', error));
    }
  });

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession);
      serveRenderer(RENDERER_DIR);
      registerHostIpc(createFolderMemory(path.join(userData, 'last-folder.json')), log);
      installApplicationMenu(() => mainWindow, log);
      await openMainWindow();
      log.info(`Started ${app.getName()} ${app.getVersion()} (Electron ${process.versions.electron})`);
    })
    .catch((error: unknown) => {
      // Without a window there is nothing to keep running for; say why rather than linger invisibly.
      log.error('Start-up failed', error);
      dialog.showErrorBox('Dossier Workbench could not start', `${String(error)}\n\nDetails are in ${log.filePath}.`);
      app.quit();
    });
}

// A second launch (e.g. double-clicking a .dossier file) hands its argv to the running instance and exits.
if (app.requestSingleInstanceLock()) start();
else app.quit();
