import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, parseUrl } from '../../../electron/appUrl';

describe('isAppUrl', () => {
  it('accepts the app origin and its pages', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://workbench/')).toBe(true);
    expect(isAppUrl('app://workbench')).toBe(true);
    expect(isAppUrl('app://workbench/assets/index.js?x=1#y')).toBe(true);
  });

  it.each([
    'app://workbench.evil.com/index.html',
    'app://evil.com/workbench',
    'app://evil@workbench/',
    'app://user:pass@workbench/',
    'app://workbench:8080/',
    'app://workbenchx/',
    'app://WORKBENCH.evil/',
    'file:///index.html',
    'file://workbench/index.html',
    'https://workbench/index.html',
    'http://workbench/',
    'devtools://devtools/bundled/inspector.html',
    'javascript:alert(1)//app://workbench/',
    'data:text/html,app://workbench/',
    'about:blank',
    'app:workbench/index.html',
    'app:///workbench/index.html',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses non-strings and huge strings without throwing', () => {
    for (const value of [undefined, null, 42, {}, ['app://workbench/'], { toString: () => 'app://workbench/' }]) {
      expect(isAppUrl(value)).toBe(false);
    }
    expect(isAppUrl(`app://workbench/${'a'.repeat(100_000)}`)).toBe(false);
    expect(parseUrl('%%%')).toBeUndefined();
  });
});
