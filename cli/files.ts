// The CLI's contact with the disk and the terminal: shared files read with the app's own reader
// (size guard, regular files only), outputs written with the app's atomic writer, and file
// content printed so it cannot steer the terminal or forge a line.
import { basename } from 'node:path';
import { writeFileAtomic } from '../electron/atomicWrite';
import { readOpenedFile } from '../electron/openedFiles';
import { checkExchangeSize, decodeExchangeBytes, parseExchangeText, type ExchangeContent, type ExchangeProblem } from '../shared/exchange';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Control characters and line breaks (a file could print a forged "valid" line, and ANSI escapes
 * recolour, retitle or clear the terminal), bidi overrides and isolates (they make a line read as
 * something else) and lone surrogates are shown as \u escapes. Each call is one printed line.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export type ReadResult =
  | { readonly ok: true; readonly content: ExchangeContent; readonly warnings: readonly ExchangeProblem[] }
  | { readonly ok: false; readonly problems: readonly ExchangeProblem[] };

/** Reads and checks one shared file with the app's reader: size first, regular files only. */
export async function readSharedFile(path: string): Promise<ReadResult> {
  const name = basename(path);
  let opened;
  try {
    opened = await readOpenedFile(path, 'shared-file');
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `cannot be read: ${describeError(error)}` }] };
  }
  if (opened.status === 'too-large') return { ok: false, problems: [checkExchangeSize(opened.size, name) ?? { path: '$', message: `${name} is too large` }] };
  const text = decodeExchangeBytes(opened.bytes, name);
  if (!text.ok) return { ok: false, problems: [text.problem] };
  const parsed = await parseExchangeText(text.text);
  return parsed.ok ? { ok: true, content: parsed.content, warnings: parsed.warnings } : { ok: false, problems: parsed.problems };
}

/** One line per problem, `FILE: $.path: message`, as the issue asks and editors can jump to. */
export function printProblems(output: Output, file: string, problems: readonly ExchangeProblem[], prefix = ''): void {
  for (const problem of problems) output.out(terminalSafe(`${file}: ${problem.path}: ${prefix}${problem.message}`));
}

/** The app's atomic writer: an interrupted run leaves the old file, never half a new one. */
export async function writeWhole(path: string, content: string): Promise<void> {
  await writeFileAtomic(path, content);
}

/** Plain words for what the system said; one line, never a bare EISDIR. */
const ERROR_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EEXIST: 'a file appeared at the temporary name',
};

export function describeError(error: unknown): string {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  const words = ERROR_WORDS[code];
  if (words) return words;
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
