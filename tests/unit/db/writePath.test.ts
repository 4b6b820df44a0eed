// Keeps the one write path: outside renderer/db/ the renderer only reads tables, so the revision
// rule and the schema check before every write cannot be bypassed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'db' && relative(root, path) === join('renderer', 'db') ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const TABLE_WRITE = /\b(?:db|database)\.\w+\.(?:put|add|update|delete|clear|modify|bulkPut|bulkAdd|bulkDelete|bulkUpdate)\(|transaction\(\s*'rw'/;

describe('writes to IndexedDB', () => {
  it('happen only in renderer/db/', () => {
    const offenders = sourceFiles(join(root, 'renderer')).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, index) => (TABLE_WRITE.test(line) ? [`${relative(root, path)}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
