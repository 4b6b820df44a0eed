// Small JSON files in userData (window state, last folder): read through a zod schema so a
// corrupt or hand-edited file falls back to defaults, written atomically so a crash cannot corrupt it.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomicWrite';

/** Larger than any preference file we write; a bigger one is not ours. */
const MAX_JSON_FILE_BYTES = 64 * 1024;

export async function readJsonFile<Schema extends z.ZodType>(
  filePath: string,
  schema: Schema,
): Promise<z.output<Schema> | undefined> {
  try {
    const text = await readFile(filePath, 'utf8');
    if (text.length > MAX_JSON_FILE_BYTES) return undefined;
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

export async function writeJsonFile(filePath: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  await writeFileAtomic(filePath, `${JSON.stringify(value, null, 2)}\n`);
}
