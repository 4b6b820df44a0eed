import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createFolderMemory } from '../../../electron/folderMemory';
import { readJsonFile, writeJsonFile } from '../../../electron/jsonFile';

let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(tmpdir(), 'folder-memory-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

describe('jsonFile', () => {
  const schema = z.object({ count: z.number() });

  it('round-trips through the schema, creating folders', async () => {
    const file = path.join(folder, 'nested', 'state.json');
    await writeJsonFile(file, { count: 3 });
    expect(await readJsonFile(file, schema)).toEqual({ count: 3 });
  });

  it('falls back to undefined for missing, corrupt, wrong-shaped and oversized files', async () => {
    const file = path.join(folder, 'state.json');
    expect(await readJsonFile(file, schema)).toBeUndefined();
    await fs.writeFile(file, '{"count": 3');
    expect(await readJsonFile(file, schema)).toBeUndefined();
    await fs.writeFile(file, '{"count": "3"}');
    expect(await readJsonFile(file, schema)).toBeUndefined();
    await fs.writeFile(file, `{"count": 3, "pad": "${'x'.repeat(100_000)}"}`);
    expect(await readJsonFile(file, schema)).toBeUndefined();
  });
});

describe('createFolderMemory', () => {
  it('starts at the fallback, then remembers the folder of the last file', async () => {
    const memory = createFolderMemory(path.join(folder, 'last-folder.json'));
    expect(await memory.folder('/fallback')).toBe('/fallback');
    const articles = path.join(folder, 'articles');
    await fs.mkdir(articles);
    await memory.rememberFileIn(path.join(articles, 'story.txt'));
    expect(await memory.folder('/fallback')).toBe(articles);
  });

  it('forgets a folder that no longer exists or is not absolute', async () => {
    const stateFile = path.join(folder, 'last-folder.json');
    const memory = createFolderMemory(stateFile);
    await memory.rememberFileIn(path.join(folder, 'gone', 'story.txt'));
    expect(await memory.folder('/fallback')).toBe('/fallback');
    await fs.writeFile(stateFile, JSON.stringify({ lastFolder: 'relative/folder' }));
    expect(await memory.folder('/fallback')).toBe('/fallback');
  });
});
