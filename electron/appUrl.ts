// The app's own origin, app://workbench, and the one parser-based test of whether a URL belongs
// to it. Security rules, IPC sender checks and the file protocol all ask this module.

export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses without throwing: hostile input is expected here, and "not a URL" is just "no". */
export function parseUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string' || value.length > 8_192) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * True only for app://workbench/… with no credentials or port. Compared on parsed parts, never
 * on the string, so `app://workbench.evil.com` and `app://evil@workbench` are both refused.
 */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value);
  return (
    url !== undefined &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}
