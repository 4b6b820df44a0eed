// The CLI's contact with the disk and the terminal: shared files read with the app's size guard,
// outputs written whole or not at all, and file content printed so it cannot steer the terminal.
import { renameSync, statSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { basename } from 'node:path';
import { checkExchangeSize, decodeExchangeBytes, parseExchangeText, type ExchangeContent, type ExchangeProblem } from '../shared/exchange';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Control characters (ANSI escapes could recolour, retitle or clear the terminal) and bidi
 * overrides (they could make a line read as something else) are shown as \u escapes.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export type ReadResult =
  | { readonly ok: true; readonly content: ExchangeContent; readonly warnings: readonly ExchangeProblem[] }
  | { readonly ok: false; readonly problems: readonly ExchangeProblem[] };

/** Reads and checks one shared file; its size is checked before a byte is read. */
export async function readSharedFile(path: string): Promise<ReadResult> {
  const name = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `cannot be read: ${describeError(error)}` }] };
  }
  const sizeProblem = checkExchangeSize(size, name);
  if (sizeProblem) return { ok: false, problems: [sizeProblem] };
  const text = decodeExchangeBytes(readFileSync(path), name);
  if (!text.ok) return { ok: false, problems: [text.problem] };
  const parsed = await parseExchangeText(text.text);
  return parsed.ok ? { ok: true, content: parsed.content, warnings: parsed.warnings } : { ok: false, problems: parsed.problems };
}

/** One line per problem, `FILE: $.path: message`, as the issue asks and editors can jump to. */
export function printProblems(output: Output, file: string, problems: readonly ExchangeProblem[], prefix = ''): void {
  for (const problem of problems) output.out(terminalSafe(`${file}: ${problem.path}: ${prefix}${problem.message}`));
}

/** Writes beside the target and renames: an interrupted run leaves the old file, never half a new one. */
export function writeWhole(path: string, content: string): void {
  const partial = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(partial, content);
    renameSync(partial, path);
  } catch (error) {
    try {
      unlinkSync(partial);
    } catch {
      // Nothing was written, so nothing to clean up.
    }
    throw error;
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'no such file';
  return error instanceof Error ? error.message : String(error);
}
