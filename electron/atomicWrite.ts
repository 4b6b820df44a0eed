// Writes a file so that readers see either the old content or the complete new one, never a
// half-written file: temp file in the same folder, fsync, then rename over the target.
import { randomBytes } from 'node:crypto';
import { promises as fsPromises } from 'node:fs';
import path from 'node:path';

/** The file operations used, injectable so tests can make any step fail. */
export interface AtomicWriteIo {
  readonly open: typeof fsPromises.open;
  readonly rename: typeof fsPromises.rename;
  readonly rm: typeof fsPromises.rm;
  readonly stat: typeof fsPromises.stat;
}

const NODE_IO: AtomicWriteIo = {
  open: fsPromises.open,
  rename: fsPromises.rename,
  rm: fsPromises.rm,
  stat: fsPromises.stat,
};

/** Same folder as the target: a rename across file systems would not be atomic. */
export function temporaryPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Keeps an existing file's permissions, so saving over it does not widen or narrow access. */
async function modeToKeep(target: string, io: AtomicWriteIo): Promise<number> {
  try {
    return (await io.stat(target)).mode & 0o777;
  } catch {
    return 0o644;
  }
}

/** Flushes the folder entry so the rename itself survives a power cut; not possible on Windows. */
async function syncFolder(folder: string, io: AtomicWriteIo): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: Awaited<ReturnType<typeof fsPromises.open>> | undefined;
  try {
    handle = await io.open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort: the data is already safe in the renamed file.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  io: AtomicWriteIo = NODE_IO,
): Promise<void> {
  const mode = await modeToKeep(target, io);
  const temporary = temporaryPathFor(target);
  let renamed = false;
  try {
    // 'wx' refuses to follow a planted file or symlink at the temporary name.
    const handle = await io.open(temporary, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await io.rename(temporary, target);
    renamed = true;
  } finally {
    if (!renamed) await io.rm(temporary, { force: true }).catch(() => undefined);
  }
  await syncFolder(path.dirname(target), io);
}
