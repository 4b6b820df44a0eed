import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryPathFor, writeFileAtomic, type AtomicWriteIo } from '../../../electron/atomicWrite';

let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(tmpdir(), 'atomic-write-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

const NODE_IO: AtomicWriteIo = { open: fs.open, rename: fs.rename, rm: fs.rm, stat: fs.stat };

/** Real file operations, except that the file handle's `method` throws. */
function ioFailingOnHandle(method: 'writeFile' | 'sync'): AtomicWriteIo {
  return {
    ...NODE_IO,
    open: (async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      if (args[1] === 'wx') {
        Object.defineProperty(handle, method, {
          value: async () => {
            throw new Error(`injected ${method} failure`);
          },
        });
      }
      return handle;
    }) as typeof fs.open,
  };
}

describe('writeFileAtomic', () => {
  it('creates a new file and replaces an existing one', async () => {
    const target = path.join(folder, 'dossier.json');
    await writeFileAtomic(target, '{"v":1}');
    expect(await fs.readFile(target, 'utf8')).toBe('{"v":1}');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...(await fs.readFile(target))]).toEqual([1, 2, 3]);
    expect(await fs.readdir(folder)).toEqual(['dossier.json']);
  });

  it('writes large content whole', async () => {
    const target = path.join(folder, 'big.dossier');
    const content = 'x'.repeat(5 * 1024 * 1024) + 'end';
    await writeFileAtomic(target, content);
    expect((await fs.stat(target)).size).toBe(content.length);
  });

  it.each(['writeFile', 'sync'] as const)('leaves the old file intact and no temp file when %s fails', async (method) => {
    const target = path.join(folder, 'dossier.json');
    await fs.writeFile(target, 'old content');
    await expect(writeFileAtomic(target, 'new content', ioFailingOnHandle(method))).rejects.toThrow(`injected ${method} failure`);
    expect(await fs.readFile(target, 'utf8')).toBe('old content');
    expect(await fs.readdir(folder)).toEqual(['dossier.json']);
  });

  it('leaves the old file intact and no temp file when the rename fails', async () => {
    const target = path.join(folder, 'dossier.json');
    await fs.writeFile(target, 'old content');
    const io: AtomicWriteIo = {
      ...NODE_IO,
      rename: async () => {
        throw new Error('injected rename failure');
      },
    };
    await expect(writeFileAtomic(target, 'new content', io)).rejects.toThrow('injected rename failure');
    expect(await fs.readFile(target, 'utf8')).toBe('old content');
    expect(await fs.readdir(folder)).toEqual(['dossier.json']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(folder, 'missing', 'a.json'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('keeps the permissions of the file it replaces', async () => {
    if (process.platform === 'win32') return;
    const target = path.join(folder, 'private.json');
    await fs.writeFile(target, 'old', { mode: 0o600 });
    await fs.chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('ends with one complete version when writes race', async () => {
    const target = path.join(folder, 'race.json');
    const versions = Array.from({ length: 10 }, (_, index) => `version ${index} `.repeat(10_000));
    await Promise.all(versions.map((content) => writeFileAtomic(target, content)));
    expect(versions).toContain(await fs.readFile(target, 'utf8'));
    expect(await fs.readdir(folder)).toEqual(['race.json']);
  });

  it('refuses to follow a symbolic link planted at the temporary name, and leaves its target alone', async () => {
    const target = path.join(folder, 'out.dossier');
    const victim = path.join(folder, 'victim.txt');
    await fs.writeFile(victim, 'precious');
    // An attacker who guesses the temporary name links it to a file they want overwritten.
    const planting: AtomicWriteIo = {
      ...NODE_IO,
      open: (async (...args: Parameters<typeof fs.open>) => {
        if (args[1] === 'wx') await fs.symlink(victim, String(args[0]));
        return fs.open(...args);
      }) as typeof fs.open,
    };
    await expect(writeFileAtomic(target, 'new', planting)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await fs.readFile(victim, 'utf8')).toBe('precious');
    await expect(fs.stat(target)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('puts the temporary file beside the target, hidden and unique', () => {
    const target = path.join(folder, 'a.json');
    const first = temporaryPathFor(target);
    expect(path.dirname(first)).toBe(folder);
    expect(path.basename(first)).toMatch(/^\.a\.json\.[0-9a-f]{12}\.tmp$/);
    expect(temporaryPathFor(target)).not.toBe(first);
  });
});
