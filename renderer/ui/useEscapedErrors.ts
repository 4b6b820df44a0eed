// A promise rejection nobody caught, or an error thrown outside React, still reaches the analyst
// as a notice, and the console log for a report: nothing fails silently.
import { useEffect } from 'react';
import type { Notice } from './workbenchContext';
import { errorMessage } from './workbenchContext';

export function useEscapedErrors(notify: (notice: Omit<Notice, 'id'>) => void): void {
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent): void => {
      console.error('[dossier-workbench] unhandled rejection:', event.reason);
      notify({ tone: 'error', message: `Something failed without being handled: ${errorMessage(event.reason)}` });
    };
    const onError = (event: ErrorEvent): void => {
      console.error('[dossier-workbench] uncaught error:', event.error ?? event.message);
      notify({ tone: 'error', message: `Something failed without being handled: ${event.error ? errorMessage(event.error) : event.message}` });
    };
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    };
  }, [notify]);
}
