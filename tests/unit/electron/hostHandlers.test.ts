import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFolderMemory } from '../../../electron/folderMemory';
import {
  createHostHandlers,
  INVOKE_CHANNELS,
  pdfOptionsFor,
  withPdfExtension,
  type HostHandlerDeps,
  type HostInvokeEvent,
} from '../../../electron/hostHandlers';
import { createMainLog } from '../../../electron/mainLog';
import type { SecretCipher } from '../../../electron/secretSealing';
import { HOST_CHANNELS } from '../../../shared/bridge/hostBridge';

let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(tmpdir(), 'host-handlers-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

function pageEvent(url = 'app://workbench/index.html'): HostInvokeEvent & { printToPDF: ReturnType<typeof vi.fn> } {
  const printToPDF = vi.fn(async () => PDF_BYTES);
  return { senderFrame: { url, parent: null }, sender: { printToPDF }, printToPDF };
}

/** A stand-in for Electron's safeStorage: "encrypts" by a marker and reversing the text. */
function fakeKeychain(available: boolean): SecretCipher & { readonly encryptString: ReturnType<typeof vi.fn> } {
  return {
    isEncryptionAvailable: () => available,
    encryptString: vi.fn((text: string) => new TextEncoder().encode(`sealed:${[...text].reverse().join('')}`)),
    decryptString: (bytes: Uint8Array) => {
      const text = new TextDecoder().decode(bytes);
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...text.slice('sealed:'.length)].reverse().join('');
    },
  };
}

function setup(overrides: Partial<HostHandlerDeps<HostInvokeEvent>> = {}): {
  handlers: ReturnType<typeof createHostHandlers<HostInvokeEvent>>;
  deps: HostHandlerDeps<HostInvokeEvent>;
} {
  const deps: HostHandlerDeps<HostInvokeEvent> = {
    appInfo: () => ({ name: 'Dossier Workbench', version: '0.1.0', platform: 'linux', host: 'electron' }),
    chooseFilesToOpen: vi.fn(async () => []),
    chooseSavePath: vi.fn(async () => undefined),
    folderMemory: createFolderMemory(path.join(folder, 'last-folder.json')),
    defaultFolder: () => folder,
    log: createMainLog({ directory: path.join(folder, 'logs') }),
    secretCipher: fakeKeychain(true),
    ...overrides,
  };
  return { handlers: createHostHandlers(deps), deps };
}

describe('every handler', () => {
  it('covers each invoke channel of the contract', () => {
    expect([...INVOKE_CHANNELS].sort()).toEqual(Object.keys(HOST_CHANNELS).filter((key) => key !== 'command').sort());
  });

  it.each(INVOKE_CHANNELS)('%s refuses a foreign sender before doing anything', async (channel) => {
    const { handlers, deps } = setup();
    for (const url of ['app://workbench.evil.com/', 'https://workbench/', 'file:///index.html']) {
      const event = pageEvent(url);
      await expect(handlers[channel](event, [{}])).rejects.toThrow(/refused, the caller is not/);
      expect(event.printToPDF).not.toHaveBeenCalled();
    }
    await expect(handlers[channel]({ senderFrame: null, sender: pageEvent().sender }, [])).rejects.toThrow(/no longer exists/);
    expect(deps.chooseFilesToOpen).not.toHaveBeenCalled();
    expect(deps.chooseSavePath).not.toHaveBeenCalled();
  });
});

describe('getAppInfo', () => {
  it('answers with the app info and refuses arguments', async () => {
    const { handlers } = setup();
    await expect(handlers.getAppInfo(pageEvent(), [])).resolves.toMatchObject({ host: 'electron', version: '0.1.0' });
    await expect(handlers.getAppInfo(pageEvent(), [{ x: 1 }])).rejects.toThrow(/expected no arguments/);
  });
});

describe('openFiles', () => {
  it('opens the dialog with the purpose filters in the remembered folder, then reads and remembers', async () => {
    const articles = path.join(folder, 'articles');
    await fs.mkdir(articles);
    await fs.writeFile(path.join(articles, 'a.txt'), 'alpha');
    await fs.writeFile(path.join(articles, 'b.md'), 'beta');
    const chooseFilesToOpen = vi.fn(async () => [path.join(articles, 'a.txt'), path.join(articles, 'b.md')]);
    const { handlers, deps } = setup({ chooseFilesToOpen });
    const files = await handlers.openFiles(pageEvent(), [{ purpose: 'article', multiple: true }]);
    expect(files.map((file) => file.name)).toEqual(['a.txt', 'b.md']);
    expect(chooseFilesToOpen).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ defaultPath: folder, multiple: true, title: 'Import article' }),
    );
    const options = chooseFilesToOpen.mock.calls[0] as unknown as [unknown, { filters: { extensions: string[] }[] }];
    expect(options[1].filters[0]?.extensions).toContain('md');
    expect(await deps.folderMemory.folder('/x')).toBe(articles);
  });

  it('returns nothing when cancelled, and one file when one was asked for', async () => {
    await fs.writeFile(path.join(folder, 'a.dossier'), '{}');
    await fs.writeFile(path.join(folder, 'b.dossier'), '{}');
    const { handlers } = setup();
    await expect(handlers.openFiles(pageEvent(), [{ purpose: 'shared-file', multiple: false }])).resolves.toEqual([]);
    const picky = setup({ chooseFilesToOpen: async () => [path.join(folder, 'a.dossier'), path.join(folder, 'b.dossier')] });
    const files = await picky.handlers.openFiles(pageEvent(), [{ purpose: 'shared-file', multiple: false }]);
    expect(files).toHaveLength(1);
  });

  it('refuses hostile requests without opening a dialog', async () => {
    const { handlers, deps } = setup();
    for (const args of [[], [{ purpose: 'article' }], [{ purpose: 'article', multiple: true, path: '/etc' }], ['article']]) {
      await expect(handlers.openFiles(pageEvent(), args)).rejects.toThrow(/host:open-files: refused/);
    }
    expect(deps.chooseFilesToOpen).not.toHaveBeenCalled();
  });
});

describe('saveFile', () => {
  it('saves atomically where the analyst chose and reports only the name', async () => {
    const target = path.join(folder, 'out', 'case.dossier');
    await fs.mkdir(path.dirname(target));
    const chooseSavePath = vi.fn(async () => target);
    const { handlers } = setup({ chooseSavePath });
    const result = await handlers.saveFile(pageEvent(), [
      { suggestedName: 'case.dossier', mediaType: 'application/vnd.dossier-workbench+json', content: '{"a":1}' },
    ]);
    expect(result).toEqual({ status: 'saved', name: 'case.dossier' });
    expect(await fs.readFile(target, 'utf8')).toBe('{"a":1}');
    expect(await fs.readdir(path.dirname(target))).toEqual(['case.dossier']);
    expect(chooseSavePath).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ defaultPath: path.join(folder, 'case.dossier'), filters: [{ name: 'Dossier file', extensions: ['dossier'] }] }),
    );
  });

  it('reports a cancel and writes nothing', async () => {
    const { handlers } = setup();
    await expect(
      handlers.saveFile(pageEvent(), [{ suggestedName: 'a.json', mediaType: 'application/json', content: '{}' }]),
    ).resolves.toEqual({ status: 'cancelled' });
  });

  it.each(['../escape.json', '..', '/etc/passwd', 'a\\b.json', 'x'.repeat(300)])('refuses the suggested name %j', async (suggestedName) => {
    const { handlers, deps } = setup({ chooseSavePath: vi.fn(async () => path.join(folder, 'x.json')) });
    await expect(
      handlers.saveFile(pageEvent(), [{ suggestedName, mediaType: 'application/json', content: '{}' }]),
    ).rejects.toThrow(/host:save-file: refused/);
    expect(deps.chooseSavePath).not.toHaveBeenCalled();
  });
});

describe('printToPdf', () => {
  it('prints with the page size, then saves the PDF with a .pdf name', async () => {
    const target = path.join(folder, 'dossier.pdf');
    const chooseSavePath = vi.fn(async () => target);
    const { handlers } = setup({ chooseSavePath });
    const event = pageEvent();
    const result = await handlers.printToPdf(event, [{ suggestedName: 'Baku dossier', pageSize: 'Letter' }]);
    expect(result).toEqual({ status: 'saved', name: 'dossier.pdf' });
    expect(event.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'Letter', printBackground: true }));
    expect([...(await fs.readFile(target))]).toEqual([...PDF_BYTES]);
    expect(chooseSavePath).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ defaultPath: path.join(folder, 'Baku dossier.pdf') }),
    );
  });

  it('refuses an unknown page size before printing', async () => {
    const { handlers } = setup();
    const event = pageEvent();
    await expect(handlers.printToPdf(event, [{ suggestedName: 'a.pdf', pageSize: 'A0' }])).rejects.toThrow(/pageSize/);
    expect(event.printToPDF).not.toHaveBeenCalled();
  });

  it('builds PDF options and names', () => {
    expect(pdfOptionsFor('A4')).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
    expect(withPdfExtension('a')).toBe('a.pdf');
    expect(withPdfExtension('a.PDF')).toBe('a.PDF');
  });
});

describe('sealSecret and openSecret', () => {
  const TOKEN = 'leyla-token-0123456789';

  it('seals a token with the system keychain and opens it again; the sealed form does not hold it', async () => {
    const { handlers } = setup();
    const sealed = await handlers.sealSecret(pageEvent(), [{ text: TOKEN }]);
    expect(sealed.scheme).toBe('os-keychain');
    expect(JSON.stringify(sealed)).not.toContain(TOKEN);
    expect(Buffer.from((sealed as { data: string }).data, 'base64').toString()).not.toContain(TOKEN);
    await expect(handlers.openSecret(pageEvent(), [sealed])).resolves.toBe(TOKEN);
  });

  it('keeps the token as typed where the system has no keychain, and says so by its scheme', async () => {
    const cipher = fakeKeychain(false);
    const { handlers } = setup({ secretCipher: cipher });
    const sealed = await handlers.sealSecret(pageEvent(), [{ text: TOKEN }]);
    expect(sealed).toEqual({ scheme: 'plain', text: TOKEN });
    expect(cipher.encryptString).not.toHaveBeenCalled();
    await expect(handlers.openSecret(pageEvent(), [sealed])).resolves.toBe(TOKEN);
    await expect(handlers.openSecret(pageEvent(), [{ scheme: 'os-keychain', data: 'c2VhbGVkOng=' }])).rejects.toThrow(/keychain is not available/);
  });

  it('refuses malformed payloads and says when a sealed token cannot be opened here', async () => {
    const { handlers } = setup();
    await expect(handlers.sealSecret(pageEvent(), [{ text: '' }])).rejects.toThrow(/refused/);
    await expect(handlers.sealSecret(pageEvent(), [{ text: TOKEN, extra: 1 }])).rejects.toThrow(/refused/);
    await expect(handlers.sealSecret(pageEvent(), [{ text: 'x'.repeat(3_000) }])).rejects.toThrow(/refused/);
    await expect(handlers.openSecret(pageEvent(), [{ scheme: 'os-keychain', data: 'not base64!' }])).rejects.toThrow(/refused/);
    await expect(handlers.openSecret(pageEvent(), [{ scheme: 'rot13', text: TOKEN }])).rejects.toThrow(/refused/);
    // Sealed by another machine's keychain (a copied profile): a clear message, not the cipher's.
    await expect(handlers.openSecret(pageEvent(), [{ scheme: 'os-keychain', data: Buffer.from('garbage').toString('base64') }])).rejects.toThrow(/cannot be decrypted on this machine/);
  });
});
