// Serves the built renderer (dist/renderer) for the app:// protocol: maps a request URL to a file
// strictly inside the renderer folder, and answers with the content type and security headers.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/bridge/contentSecurityPolicy';
import { APP_HOST, APP_SCHEME, parseUrl } from './appUrl';

/** One definition for the header here and the web build's meta tag (shared/bridge/contentSecurityPolicy.ts). */
export { CONTENT_SECURITY_POLICY };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type RendererFileRoute =
  | { readonly kind: 'file'; readonly filePath: string }
  | { readonly kind: 'refused'; readonly status: 400 | 403 | 404; readonly reason: string };

/**
 * Maps an app://workbench URL to a file under `rootDir`. Refuses other hosts, encoded or literal
 * `..`, backslashes and NUL bytes before touching the disk, then re-checks containment on the
 * resolved path so no spelling can escape the folder.
 */
export function routeRendererRequest(rootDir: string, requestUrl: string): RendererFileRoute {
  const url = parseUrl(requestUrl);
  if (url === undefined || url.protocol !== `${APP_SCHEME}:`) {
    return { kind: 'refused', status: 400, reason: 'not an app:// URL' };
  }
  if (url.host !== APP_HOST || url.username !== '' || url.password !== '' || url.port !== '') {
    return { kind: 'refused', status: 403, reason: `unknown host ${JSON.stringify(url.host)}` };
  }
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed percent-encoding' };
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  if (relative.includes('\0') || relative.includes('\\')) {
    return { kind: 'refused', status: 400, reason: 'forbidden character in path' };
  }
  const segments = relative.split('/').slice(1);
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return { kind: 'refused', status: 403, reason: 'path traversal refused' };
  }
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
    return { kind: 'refused', status: 403, reason: 'path outside the renderer folder' };
  }
  return { kind: 'file', filePath };
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    // Stops the page guessing a script out of a file served as something else.
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
}

/** Answers one protocol request; never throws, so a bad request cannot crash the main process. */
export async function serveRendererRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: securityHeaders('text/plain; charset=utf-8') });
  }
  const route = routeRendererRequest(rootDir, request.url);
  if (route.kind === 'refused') {
    return new Response(route.reason, { status: route.status, headers: securityHeaders('text/plain; charset=utf-8') });
  }
  try {
    const bytes = await readFile(route.filePath);
    const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
    return new Response(body, { status: 200, headers: securityHeaders(contentTypeFor(route.filePath)) });
  } catch {
    // Missing file and unreadable file look the same to the page: nothing there.
    return new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
  }
}
