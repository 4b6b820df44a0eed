// Security rules for every web page the app creates: where it may navigate, what opens outside,
// which permissions it gets. Electron types only, so the rules load and test without the binary.
import type { Session, WebContents } from 'electron';
import { isAppUrl, parseUrl } from './appUrl';

/** Permissions the renderer actually uses; everything else is refused. */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set([
  // "Copy citation" writes plain text to the clipboard.
  'clipboard-sanitized-write',
  // Dexie data must not be evicted under storage pressure: it is the analyst's work.
  'persistent-storage',
]);

const MAX_EXTERNAL_URL_LENGTH = 4_096;

/** Rule: the window only ever shows our own bundle; any other page could reach the host bridge. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Rule: only plain web links leave the app, to the system browser. `file:`, `javascript:`, custom
 * schemes and links with embedded credentials stay refused; they can launch programs or phish.
 * Returns the normalised address to open, or undefined.
 */
export function externalLinkTarget(url: string): string | undefined {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return undefined;
  const parsed = parseUrl(url);
  if (parsed === undefined) return undefined;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return undefined;
  return parsed.href;
}

/** Rule: a permission is granted only when listed above and asked for by our own page. */
export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

export type OpenExternal = (url: string) => Promise<void>;

/** Follows a link in the system browser when the rules allow it; failures are reported, not thrown. */
function openOutside(url: string, openExternal: OpenExternal, onRefused: (message: string) => void): void {
  const target = externalLinkTarget(url);
  if (target === undefined) {
    onRefused(`Refused to open ${JSON.stringify(url.slice(0, 200))} outside the app`);
    return;
  }
  openExternal(target).catch((error: unknown) => onRefused(`Could not open ${target}: ${String(error)}`));
}

/** Applies the navigation and window rules to one web page (window, devtools or otherwise). */
export function hardenWebContents(
  contents: WebContents,
  openExternal: OpenExternal,
  onRefused: (message: string) => void,
): void {
  // Rule: no new windows. A second window would be a page the host never hardened.
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url, openExternal, onRefused);
    return { action: 'deny' };
  });
  // Rule: links clicked inside the page open in the browser instead of replacing the app.
  contents.on('will-navigate', (event) => {
    if (isNavigationAllowed(event.url)) return;
    event.preventDefault();
    openOutside(event.url, openExternal, onRefused);
  });
  // Rule: no frame, top-level or nested, may be steered to another origin, even by a redirect.
  contents.on('will-frame-navigate', (event) => {
    if (isNavigationAllowed(event.url)) return;
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (isNavigationAllowed(event.url)) return;
    event.preventDefault();
  });
  // Rule: <webview> embeds a page with its own preferences; the app never needs one.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onRefused('Refused to attach a <webview>');
  });
}

/** Applies the permission rules to a session (both the asynchronous request and the synchronous check). */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
}
