import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/bridge/hostBridge';
import { OPEN_DIALOG_FILTERS, readOpenedFile, readOpenedFiles } from '../../../electron/openedFiles';

let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(tmpdir(), 'opened-files-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

describe('readOpenedFile', () => {
  it('reads bytes and reports only the base name', async () => {
    const filePath = path.join(folder, 'story.md');
    await fs.writeFile(filePath, '# Story\n');
    const file = await readOpenedFile(filePath, 'article');
    expect(file).toEqual({ status: 'read', name: 'story.md', size: 8, bytes: new Uint8Array(Buffer.from('# Story\n')) });
    if (file.status === 'read') {
      // An exactly sized buffer: IPC would otherwise carry whatever else shares it.
      expect(file.bytes.byteOffset).toBe(0);
      expect(file.bytes.buffer.byteLength).toBe(8);
    }
  });

  it('reads an empty file', async () => {
    const filePath = path.join(folder, 'empty.txt');
    await fs.writeFile(filePath, '');
    expect(await readOpenedFile(filePath, 'article')).toMatchObject({ status: 'read', size: 0 });
  });

  it('refuses a file over the limit without reading it', async () => {
    const filePath = path.join(folder, 'huge.txt');
    const handle = await fs.open(filePath, 'w');
    // A sparse file: large on paper, no time or disk spent writing it.
    await handle.truncate(MAX_FILE_BYTES.article + 1);
    await handle.close();
    expect(await readOpenedFile(filePath, 'article')).toEqual({
      status: 'too-large',
      name: 'huge.txt',
      size: MAX_FILE_BYTES.article + 1,
      limit: MAX_FILE_BYTES.article,
    });
  });

  it('accepts a file exactly at the limit', async () => {
    const filePath = path.join(folder, 'limit.txt');
    await fs.writeFile(filePath, Buffer.alloc(MAX_FILE_BYTES.article, 0x61));
    const file = await readOpenedFile(filePath, 'article');
    expect(file.status).toBe('read');
    expect(file.size).toBe(MAX_FILE_BYTES.article);
  });

  it('uses the limit of the purpose', async () => {
    const filePath = path.join(folder, 'big.dossier');
    const handle = await fs.open(filePath, 'w');
    await handle.truncate(MAX_FILE_BYTES.article + 10);
    await handle.close();
    expect((await readOpenedFile(filePath, 'article')).status).toBe('too-large');
    // Shared files may be bigger than articles; this one is read.
    expect((await readOpenedFile(filePath, 'shared-file')).status).toBe('read');
  });

  it('refuses folders and missing files', async () => {
    await expect(readOpenedFile(folder, 'article')).rejects.toThrow(/is a folder, not a file/);
    await expect(readOpenedFile(path.join(folder, 'missing.txt'), 'article')).rejects.toThrow(/ENOENT/);
  });

  it('refuses a device that never ends', async () => {
    if (process.platform === 'win32') return;
    await expect(readOpenedFile('/dev/zero', 'article')).rejects.toThrow(/zero is a device, not a file/);
  });

  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    if (process.platform === 'win32') return;
    const fifo = path.join(folder, 'pipe.dossier');
    execFileSync('mkfifo', [fifo]);
    await expect(readOpenedFile(fifo, 'shared-file')).rejects.toThrow(/pipe.dossier is a named pipe \(FIFO\), not a file/);
  });

  it('reads several files in order', async () => {
    await fs.writeFile(path.join(folder, 'a.txt'), 'a');
    await fs.writeFile(path.join(folder, 'b.txt'), 'bb');
    const files = await readOpenedFiles([path.join(folder, 'b.txt'), path.join(folder, 'a.txt')], 'article');
    expect(files.map((file) => [file.name, file.size])).toEqual([
      ['b.txt', 2],
      ['a.txt', 1],
    ]);
  });
});

describe('OPEN_DIALOG_FILTERS', () => {
  it('offers the extensions for each purpose', () => {
    expect(OPEN_DIALOG_FILTERS.article[0]?.extensions).toEqual(['txt', 'text', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx']);
    expect(OPEN_DIALOG_FILTERS['shared-file'][0]?.extensions).toEqual(['dossier', 'json', 'jsonld']);
    // Sniffing, not the name, decides an article's format: any file can be chosen.
    expect(OPEN_DIALOG_FILTERS.article.at(-1)?.extensions).toEqual(['*']);
  });
});
