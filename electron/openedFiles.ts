// Reads files the analyst picked (or launched the app with) into OpenedFile records, refusing
// anything over the purpose's size limit without reading it.
import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { OPENED_FILE_TYPES } from '../shared/bridge/fileTypes';
import { MAX_FILE_BYTES, type FilePurpose, type OpenedFile } from '../shared/bridge/hostBridge';

export interface DialogFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

/** What each dialog offers; "All files" stays last because sniffing, not the name, decides the format. */
export const OPEN_DIALOG_FILTERS: Readonly<Record<FilePurpose, readonly DialogFilter[]>> = {
  article: [OPENED_FILE_TYPES.article, { name: 'All files', extensions: ['*'] }],
  'shared-file': [OPENED_FILE_TYPES['shared-file'], { name: 'All files', extensions: ['*'] }],
};

/**
 * Non-blocking, so opening a named pipe returns at once (to be refused below) instead of waiting
 * for a writer forever; regular files read the same either way. Windows has no such flag.
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Null for a regular file; otherwise one line saying what the path is instead. */
export function notARegularFile(name: string, info: Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return `${name} is a folder, not a file`;
  if (info.isFIFO()) return `${name} is a named pipe (FIFO), not a file`;
  if (info.isCharacterDevice() || info.isBlockDevice()) return `${name} is a device, not a file`;
  if (info.isSocket()) return `${name} is a socket, not a file`;
  return `${name} is not a regular file`;
}

/** Small follow-up reads for a file that grew after it was opened. */
const GROWTH_CHUNK_BYTES = 64 * 1024;

/**
 * Reads one file. The size comes from the open handle (not a separate stat by path, which could
 * be swapped in between), and reading stops one byte past the limit in case the file grows or is
 * a device that never ends.
 */
export async function readOpenedFile(filePath: string, purpose: FilePurpose): Promise<OpenedFile> {
  const limit = MAX_FILE_BYTES[purpose];
  const name = path.basename(filePath);
  const handle = await open(filePath, READ_FLAGS);
  try {
    const info = await handle.stat();
    const notFile = notARegularFile(name, info);
    if (notFile) throw new Error(notFile);
    if (info.size > limit) return { status: 'too-large', name, size: info.size, limit };
    const chunks: Uint8Array[] = [];
    let total = 0;
    // The first read asks for one byte more than expected, so an unchanged file needs no second read.
    let wanted = info.size + 1;
    for (;;) {
      const chunk = new Uint8Array(Math.min(wanted, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return { status: 'too-large', name, size: total, limit };
      wanted = GROWTH_CHUNK_BYTES;
    }
    return { status: 'read', name, size: total, bytes: joinChunks(chunks, total) };
  } finally {
    await handle.close();
  }
}

/**
 * Copies into one fresh, exactly sized array: IPC serialises a view's whole underlying buffer,
 * so a view into a larger (or pooled) buffer would send bytes the page should never see.
 */
function joinChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Reads several files in order; the caller decides what a failure means (dialog: error; argv: skip). */
export async function readOpenedFiles(paths: readonly string[], purpose: FilePurpose): Promise<OpenedFile[]> {
  const files: OpenedFile[] = [];
  for (const filePath of paths) files.push(await readOpenedFile(filePath, purpose));
  return files;
}
