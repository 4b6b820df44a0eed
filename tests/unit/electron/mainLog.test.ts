import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainLog, describeError, formatLogLine } from '../../../electron/mainLog';

let folder: string;
const fixedTime = (): Date => new Date('2025-01-02T03:04:05.000Z');

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(tmpdir(), 'main-log-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

describe('formatLogLine', () => {
  it('writes time, level and message, then the stack of an error', () => {
    expect(formatLogLine(fixedTime(), 'info', 'Started')).toBe('2025-01-02T03:04:05.000Z INFO  Started\n');
    const line = formatLogLine(fixedTime(), 'error', 'Failed', new Error('boom'));
    expect(line).toMatch(/^2025-01-02T03:04:05.000Z ERROR Failed\nError: boom\n\s+at /);
  });

  it('describes things thrown that are not errors', () => {
    expect(describeError('plain')).toBe('plain');
    expect(describeError({ code: 7 })).toBe('{"code":7}');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(describeError(circular)).toBe('[object Object]');
  });
});

describe('createMainLog', () => {
  it('creates the folder and appends lines', async () => {
    const log = createMainLog({ directory: path.join(folder, 'logs'), now: fixedTime });
    log.info('one');
    log.warn('two');
    expect(log.filePath).toBe(path.join(folder, 'logs', 'main.log'));
    expect(await fs.readFile(log.filePath, 'utf8')).toBe(
      '2025-01-02T03:04:05.000Z INFO  one\n2025-01-02T03:04:05.000Z WARN  two\n',
    );
  });

  it('rotates before passing the size limit and keeps only the configured backups', async () => {
    const log = createMainLog({ directory: folder, maxBytes: 200, keep: 2, now: fixedTime });
    for (let index = 0; index < 40; index += 1) log.info(`message number ${String(index).padStart(2, '0')}`);
    const names = (await fs.readdir(folder)).sort();
    expect(names).toEqual(['main.log', 'main.log.1', 'main.log.2']);
    for (const name of names) expect((await fs.stat(path.join(folder, name))).size).toBeLessThanOrEqual(200);
    expect(await fs.readFile(path.join(folder, 'main.log'), 'utf8')).toContain('message number 39');
    expect(await fs.readFile(path.join(folder, 'main.log.1'), 'utf8')).not.toContain('message number 39');
  });

  it('rotates at 1 MB by default', async () => {
    const log = createMainLog({ directory: folder, now: fixedTime });
    const chunk = 'x'.repeat(100 * 1024);
    for (let index = 0; index < 12; index += 1) log.info(chunk);
    expect((await fs.stat(path.join(folder, 'main.log.1'))).size).toBeLessThanOrEqual(1024 * 1024);
  });

  it('never throws when the log cannot be written, and reports to the fallback', async () => {
    const blocker = path.join(folder, 'not-a-folder');
    await fs.writeFile(blocker, '');
    const reported: string[] = [];
    const log = createMainLog({ directory: blocker, now: fixedTime, fallback: (line) => reported.push(line) });
    expect(() => log.error('lost', new Error('boom'))).not.toThrow();
    expect(reported[0]).toContain('ERROR lost');
    expect(reported[0]).toContain('log file unavailable');
  });
});
