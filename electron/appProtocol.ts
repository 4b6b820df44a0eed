// Electron adapter for the app:// scheme: registers it as a privileged standard scheme (before
// ready) and serves dist/renderer through it, so the page gets a real origin instead of file://.
import { protocol } from 'electron';
import { APP_SCHEME } from './appUrl';
import { serveRendererRequest } from './rendererFiles';

/** Must run before the app is ready; privileges cannot be granted later. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        // standard: relative URLs, a proper origin, and IndexedDB storage for Dexie.
        standard: true,
        // secure: a secure context, which crypto.subtle (text hashes) requires.
        secure: true,
        supportFetchAPI: true,
        codeCache: true,
      },
    },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveRendererRequest(rendererDir, request));
}
