import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  externalLinkTarget,
  hardenSession,
  hardenWebContents,
  isNavigationAllowed,
  isPermissionGranted,
} from '../../../electron/security';

describe('security rules', () => {
  it('allows navigation only inside app://workbench', () => {
    expect(isNavigationAllowed('app://workbench/index.html')).toBe(true);
    for (const url of ['https://example.com/', 'app://workbench.evil.com/', 'file:///etc/passwd', 'about:blank']) {
      expect(isNavigationAllowed(url)).toBe(false);
    }
  });

  it('opens only plain http(s) links outside, normalised', () => {
    expect(externalLinkTarget('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(externalLinkTarget('http://example.com')).toBe('http://example.com/');
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'vscode://file/etc/passwd',
      'app://workbench/index.html',
      'https://user:pass@example.com/',
      'https:',
      'HTTPS//example.com',
      `https://example.com/${'a'.repeat(5_000)}`,
    ]) {
      expect(externalLinkTarget(url), url).toBeUndefined();
    }
  });

  it('grants only the listed permissions, and only to our page', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://workbench/index.html')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'app://workbench')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://example.com/')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'unknown']) {
      expect(isPermissionGranted(permission, 'app://workbench/index.html'), permission).toBe(false);
    }
  });
});

/** Just enough of WebContents to watch the rules being applied. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function navigationEvent(url: string): { url: string; preventDefault: () => void; prevented: () => boolean } {
  let prevented = false;
  return { url, preventDefault: () => void (prevented = true), prevented: () => prevented };
}

describe('hardenWebContents', () => {
  it('denies every new window and sends http(s) links to the browser', async () => {
    const contents = new FakeContents();
    const openExternal = vi.fn(async () => undefined);
    const refused = vi.fn();
    hardenWebContents(contents as unknown as WebContents, openExternal, refused);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/story' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/story');
    expect(refused).toHaveBeenCalledWith(expect.stringContaining('file:///etc/passwd'));
  });

  it('keeps the window on the app and blocks redirects, frames and webviews elsewhere', () => {
    const contents = new FakeContents();
    const openExternal = vi.fn(async () => undefined);
    hardenWebContents(contents as unknown as WebContents, openExternal, () => undefined);
    const inside = navigationEvent('app://workbench/index.html');
    contents.emit('will-navigate', inside);
    expect(inside.prevented()).toBe(false);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = navigationEvent('https://evil.example/');
      contents.emit(name, away);
      expect(away.prevented(), name).toBe(true);
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
    const webview = navigationEvent('');
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.prevented()).toBe(true);
  });
});

describe('hardenSession', () => {
  it('answers permission requests and checks by the rules', () => {
    let requestHandler: ((...args: unknown[]) => void) | undefined;
    let checkHandler: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => void (requestHandler = handler),
      setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => void (checkHandler = handler),
    };
    hardenSession(session as unknown as Session);
    const answers: boolean[] = [];
    requestHandler?.({}, 'media', (granted: boolean) => answers.push(granted), { requestingUrl: 'app://workbench/' });
    requestHandler?.({}, 'clipboard-sanitized-write', (granted: boolean) => answers.push(granted), {
      requestingUrl: 'app://workbench/index.html',
    });
    expect(answers).toEqual([false, true]);
    expect(checkHandler?.({}, 'persistent-storage', 'app://workbench', {})).toBe(true);
    expect(checkHandler?.({}, 'geolocation', 'app://workbench', {})).toBe(false);
  });
});
