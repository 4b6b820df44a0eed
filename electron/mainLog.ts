// The main process's log file (userData/logs/main.log), rotated by size so it never grows without
// bound. Synchronous appends, so the line about a crash is on disk before the process can die.
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';

export interface MainLog {
  readonly filePath: string;
  info(message: string): void;
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
}

export interface MainLogOptions {
  readonly directory: string;
  readonly fileName?: string;
  /** Rotate before a write would take the file past this size. */
  readonly maxBytes?: number;
  /** How many rotated files (main.log.1 … .N) to keep. */
  readonly keep?: number;
  readonly now?: () => Date;
  /** Where to report when the log itself cannot be written; logging must never throw. */
  readonly fallback?: (line: string) => void;
}

export const DEFAULT_MAX_LOG_BYTES = 1024 * 1024;

/** Stack when there is one (it says where), else the message; non-errors are stringified. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

export function formatLogLine(time: Date, level: LogLevel, message: string, error?: unknown): string {
  const detail = error === undefined ? '' : `\n${describeError(error)}`;
  return `${time.toISOString()} ${level.toUpperCase().padEnd(5)} ${message}${detail}\n`;
}

function sizeOf(filePath: string): number {
  try {
    return statSync(filePath).size;
  } catch {
    return 0;
  }
}

/** main.log.(N-1) → .N, …, main.log → .1; the oldest falls off the end. */
function rotate(filePath: string, keep: number): void {
  rmSync(`${filePath}.${keep}`, { force: true });
  for (let index = keep - 1; index >= 1; index -= 1) {
    try {
      renameSync(`${filePath}.${index}`, `${filePath}.${index + 1}`);
    } catch {
      // A gap in the numbering is fine.
    }
  }
  if (keep >= 1) renameSync(filePath, `${filePath}.1`);
  else rmSync(filePath, { force: true });
}

export function createMainLog(options: MainLogOptions): MainLog {
  const filePath = path.join(options.directory, options.fileName ?? 'main.log');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LOG_BYTES;
  const keep = options.keep ?? 3;
  const now = options.now ?? ((): Date => new Date());
  const fallback = options.fallback ?? ((line: string): void => void process.stderr.write(line));

  function write(level: LogLevel, message: string, error?: unknown): void {
    const line = formatLogLine(now(), level, message, error);
    try {
      mkdirSync(options.directory, { recursive: true });
      const size = sizeOf(filePath);
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate(filePath, keep);
      appendFileSync(filePath, line, { encoding: 'utf8', mode: 0o600 });
    } catch (failure) {
      fallback(`${line}(log file unavailable: ${describeError(failure)})\n`);
    }
  }

  return {
    filePath,
    info: (message) => write('info', message),
    warn: (message, error) => write('warn', message, error),
    error: (message, error) => write('error', message, error),
  };
}
