import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  routeRendererRequest,
  serveRendererRequest,
} from '../../../electron/rendererFiles';
import { CONTENT_SECURITY_POLICY_META } from '../../../shared/bridge/contentSecurityPolicy';

let sandbox: string;
let root: string;

beforeAll(async () => {
  sandbox = await mkdtemp(path.join(tmpdir(), 'renderer-files-'));
  root = path.join(sandbox, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Workbench</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'a b.css'), 'body{}');
  await writeFile(path.join(sandbox, 'secret.txt'), 'secret');
  await mkdir(path.join(sandbox, 'renderer-evil'));
  await writeFile(path.join(sandbox, 'renderer-evil', 'x.js'), 'evil');
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

describe('routeRendererRequest', () => {
  it('maps the root and files under it', () => {
    expect(routeRendererRequest(root, 'app://workbench/')).toEqual({ kind: 'file', filePath: path.join(root, 'index.html') });
    expect(routeRendererRequest(root, 'app://workbench/assets/index-abc.js?v=1#x')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'assets', 'index-abc.js'),
    });
    expect(routeRendererRequest(root, 'app://workbench/assets/a%20b.css')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'assets', 'a b.css'),
    });
  });

  it.each([
    'app://workbench/..%2Fsecret.txt',
    'app://workbench/assets/..%2F..%2Fsecret.txt',
    'app://workbench/%2e%2e%2fsecret.txt',
    'app://workbench/..%5Csecret.txt',
    'app://workbench/assets%5C..%5C..%5Csecret.txt',
    'app://workbench/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    'app://workbench/%2Fetc%2Fpasswd',
    'app://workbench/index.html%00.png',
    'app://workbench/assets//index-abc.js',
    'app://workbench/..%2Frenderer-evil%2Fx.js',
  ])('refuses %s', (url) => {
    const route = routeRendererRequest(root, url);
    expect(route.kind).toBe('refused');
  });

  it('resolves literal dot segments with the URL parser, which cannot leave the root', () => {
    // new URL() already collapses /../ in the path, so this asks for app://workbench/secret.txt.
    expect(routeRendererRequest(root, 'app://workbench/../secret.txt')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'secret.txt'),
    });
  });

  it('refuses other hosts, schemes and malformed encodings', () => {
    expect(routeRendererRequest(root, 'app://workbench.evil.com/index.html')).toMatchObject({ kind: 'refused', status: 403 });
    expect(routeRendererRequest(root, 'app://other/index.html')).toMatchObject({ kind: 'refused', status: 403 });
    expect(routeRendererRequest(root, 'file:///etc/passwd')).toMatchObject({ kind: 'refused', status: 400 });
    expect(routeRendererRequest(root, 'app://workbench/%E0%A4%A')).toMatchObject({ kind: 'refused', status: 400 });
  });
});

describe('serveRendererRequest', () => {
  it('serves files with content type and the strict CSP', async () => {
    const response = await serveRendererRequest(root, new Request('app://workbench/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Workbench</title>');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of ['app://workbench/..%2Fsecret.txt', 'app://workbench/..%2Frenderer-evil%2Fx.js']) {
      const response = await serveRendererRequest(root, new Request(url));
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('answers 404 for missing files and folders, 405 for writes', async () => {
    expect((await serveRendererRequest(root, new Request('app://workbench/missing.js'))).status).toBe(404);
    expect((await serveRendererRequest(root, new Request('app://workbench/assets'))).status).toBe(404);
    const post = await serveRendererRequest(root, new Request('app://workbench/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('lists every directive the policy needs', () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('is the policy the web build carries in its meta tag, plus what only a header can carry', () => {
    // The e2e suite checks the built page's meta tag against CONTENT_SECURITY_POLICY_META.
    expect(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
  });

  it('knows the content types a Vite build emits', () => {
    expect(contentTypeFor('a/index-x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
