// Electron adapter for main-process failures: log them, tell the analyst, and keep running
// unless they choose to quit. An abrupt exit could cut off a save in progress.
import { app, dialog } from 'electron';
import type { MainLog } from './mainLog';

export function installCrashHandlers(log: MainLog): void {
  let dialogOpen = false;

  process.on('uncaughtException', (error: Error) => {
    log.error('Uncaught exception in the main process', error);
    // A burst of errors gets one dialog, not a stack of them.
    if (dialogOpen) return;
    const detail = `${error.message}\n\nThe details were written to ${log.filePath}.`;
    if (!app.isReady()) {
      // Before ready only the synchronous error box is available.
      dialog.showErrorBox('Dossier Workbench hit an unexpected error', detail);
      return;
    }
    dialogOpen = true;
    dialog
      .showMessageBox({
        type: 'error',
        title: app.getName(),
        message: 'Dossier Workbench hit an unexpected error.',
        detail,
        buttons: ['Keep working', 'Quit'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      })
      .then(({ response }) => {
        dialogOpen = false;
        if (response === 1) app.quit();
      })
      .catch((failure: unknown) => {
        dialogOpen = false;
        log.error('Could not show the error dialog', failure);
      });
  });

  process.on('unhandledRejection', (reason: unknown) => {
    log.error('Unhandled promise rejection in the main process', reason);
  });
}
