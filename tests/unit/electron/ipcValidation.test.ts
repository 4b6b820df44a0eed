import { describe, expect, it } from 'vitest';
import { openFilesRequestSchema, printToPdfRequestSchema, saveFileRequestSchema } from '../../../shared/bridge/hostBridge';
import {
  assertNoArguments,
  assertTrustedSender,
  assertUsableFileName,
  IpcRefusedError,
  parseRequest,
} from '../../../electron/ipcValidation';

const topFrame = (url: string): { url: string; parent: null } => ({ url, parent: null });

describe('assertTrustedSender', () => {
  it('accepts the top-level workbench page', () => {
    expect(() => assertTrustedSender('host:test', topFrame('app://workbench/index.html'))).not.toThrow();
  });

  it.each([
    'app://workbench.evil.com/index.html',
    'app://evil.com/',
    'app://attacker@workbench/',
    'app://workbench:1234/',
    'file:///home/analyst/index.html',
    'https://workbench/index.html',
    'http://localhost:5173/',
    'about:blank',
    'data:text/html,hi',
    '',
  ])('refuses a frame at %s', (url) => {
    expect(() => assertTrustedSender('host:test', topFrame(url))).toThrow(/host:test: refused, the caller is not/);
  });

  it('refuses a missing frame and an iframe of our own page', () => {
    expect(() => assertTrustedSender('host:test', null)).toThrow(/no longer exists/);
    expect(() => assertTrustedSender('host:test', undefined)).toThrow(IpcRefusedError);
    const parent = topFrame('app://workbench/index.html');
    expect(() => assertTrustedSender('host:test', { url: 'app://workbench/index.html', parent })).toThrow(/top-level/);
  });
});

describe('parseRequest', () => {
  const valid = { purpose: 'article', multiple: true };

  it('returns the parsed request', () => {
    expect(parseRequest('host:open-files', openFilesRequestSchema, [valid])).toEqual(valid);
  });

  it('refuses missing and extra arguments', () => {
    expect(() => parseRequest('host:open-files', openFilesRequestSchema, [])).toThrow(/expected one request argument, got 0/);
    expect(() => parseRequest('host:open-files', openFilesRequestSchema, [valid, valid])).toThrow(/got 2/);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'article'],
    ['a number', 1],
    ['an array', [valid]],
    ['a Date', new Date()],
    ['a Map', new Map(Object.entries(valid))],
  ])('refuses %s as the request', (_label, payload) => {
    expect(() => parseRequest('host:open-files', openFilesRequestSchema, [payload])).toThrow(/plain object/);
  });

  it('refuses wrong types and extra keys with a message naming the field', () => {
    expect(() => parseRequest('host:open-files', openFilesRequestSchema, [{ purpose: 'article', multiple: 'yes' }])).toThrow(
      /host:open-files: refused, invalid request \(multiple:/,
    );
    expect(() => parseRequest('host:open-files', openFilesRequestSchema, [{ purpose: 'binary', multiple: false }])).toThrow(
      /purpose/,
    );
    expect(() =>
      parseRequest('host:open-files', openFilesRequestSchema, [{ ...valid, path: '/etc/passwd' }]),
    ).toThrow(/invalid request/);
  });

  it('refuses prototype-polluting keys, inherited properties, class instances and symbol keys', () => {
    const ownProto = JSON.parse('{"__proto__": {"polluted": true}, "purpose": "article", "multiple": false}') as unknown;
    expect(() => parseRequest('host:open-files', openFilesRequestSchema, [ownProto])).toThrow(/forbidden key "__proto__"/);
    expect(() =>
      parseRequest('host:open-files', openFilesRequestSchema, [{ ...valid, constructor: { prototype: {} } }]),
    ).toThrow(/forbidden key "constructor"/);
    const inherited = Object.assign(Object.create({ purpose: 'article' }) as object, { multiple: false });
    expect(() => parseRequest('host:open-files', openFilesRequestSchema, [inherited])).toThrow(/plain object/);
    class Request {
      purpose = 'article';
      multiple = false;
    }
    expect(() => parseRequest('host:open-files', openFilesRequestSchema, [new Request()])).toThrow(/plain object/);
    expect(() =>
      parseRequest('host:open-files', openFilesRequestSchema, [{ ...valid, [Symbol('x')]: 1 }]),
    ).toThrow(/symbol key/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a null-prototype object (what some serialisers produce)', () => {
    const bare = Object.assign(Object.create(null) as object, valid);
    expect(parseRequest('host:open-files', openFilesRequestSchema, [bare])).toEqual(valid);
  });

  it.each(['../../.bashrc', '..\\..\\evil.txt', '/etc/passwd', 'C:\\Windows\\evil.dll', 'a/b.json', 'nul\u0000.txt', 'x\n.txt', ''])(
    'refuses the suggested name %j',
    (suggestedName) => {
      expect(() =>
        parseRequest('host:save-file', saveFileRequestSchema, [{ suggestedName, mediaType: 'application/json', content: '{}' }]),
      ).toThrow(/suggestedName/);
    },
  );

  it('refuses huge strings in bounded fields quickly', () => {
    const started = Date.now();
    expect(() =>
      parseRequest('host:print-to-pdf', printToPdfRequestSchema, [{ suggestedName: 'a'.repeat(10_000_000), pageSize: 'A4' }]),
    ).toThrow(/suggestedName/);
    expect(() =>
      parseRequest('host:print-to-pdf', printToPdfRequestSchema, [{ suggestedName: 'a.pdf', pageSize: 'A4'.repeat(1_000_000) }]),
    ).toThrow(/pageSize/);
    // A bound for hostile input (tens of ms here), as wide as the fuzz corpus's so a busy machine passes.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('keeps the message short even when many fields are wrong', () => {
    try {
      parseRequest('host:save-file', saveFileRequestSchema, [{ suggestedName: 1, mediaType: 2, content: 3, a: 4, b: 5, c: 6 }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IpcRefusedError);
      expect((error as Error).message.length).toBeLessThan(1_000);
    }
  });
});

describe('assertNoArguments and assertUsableFileName', () => {
  it('refuses arguments on a channel that takes none', () => {
    expect(() => assertNoArguments('host:get-app-info', [])).not.toThrow();
    expect(() => assertNoArguments('host:get-app-info', [{}])).toThrow(/expected no arguments, got 1/);
  });

  it('refuses names the schema lets through but that name a folder', () => {
    for (const name of ['.', '..', '...', ' ', 'report.', 'report ']) {
      expect(() => assertUsableFileName('host:save-file', name)).toThrow(/not a usable file name/);
    }
    for (const name of ['report.pdf', '.dossier-notes.json', 'Dossier – Baku 2024.dossier']) {
      expect(() => assertUsableFileName('host:save-file', name)).not.toThrow();
    }
  });
});
