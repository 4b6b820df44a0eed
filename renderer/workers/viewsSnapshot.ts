// The Claims and Actors tabs' first answers kept between sessions in a file of the origin private
// file system (OPFS), apart from IndexedDB: as the window starts, IndexedDB serves the library
// list's counts and the search worker's reads for seconds, one request at a time, while this file
// reads at once. Derived data only: removed on every change to the views' tables, written again
// from the next answers, shown as a first part (the whole library's answer follows); a file that
// is missing, unreadable or of another format reads as no answers.
import type { ViewAnswer } from './viewsMessages';

const FILE_NAME = 'views-first-answers.json';
const FORMAT = 1;

interface SnapshotFile {
  readonly format: number;
  readonly database: string;
  readonly answers: Readonly<Record<string, ViewAnswer>>;
}

async function storageDirectory(): Promise<FileSystemDirectoryHandle | null> {
  try {
    return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function' ? await navigator.storage.getDirectory() : null;
  } catch {
    // No private file system here (an opaque origin, a browser without it): no snapshot.
    return null;
  }
}

const isAnswer = (value: unknown): value is ViewAnswer => typeof value === 'object' && value !== null && ((value as { view?: unknown }).view === 'claims' || (value as { view?: unknown }).view === 'actors');

/** The answers kept for `database`, by query key, each marked as a first part. */
export async function readViewsSnapshot(database: string): Promise<ReadonlyMap<string, ViewAnswer>> {
  try {
    const directory = await storageDirectory();
    if (!directory) return new Map();
    const file = await (await directory.getFileHandle(FILE_NAME)).getFile();
    const parsed = JSON.parse(await file.text()) as Partial<SnapshotFile>;
    if (parsed.format !== FORMAT || parsed.database !== database || typeof parsed.answers !== 'object' || parsed.answers === null) return new Map();
    return new Map(Object.entries(parsed.answers).flatMap(([key, answer]): [string, ViewAnswer][] => (isAnswer(answer) ? [[key, { ...answer, complete: false }]] : [])));
  } catch {
    return new Map();
  }
}

export async function writeViewsSnapshot(database: string, answers: ReadonlyMap<string, ViewAnswer>): Promise<void> {
  const directory = await storageDirectory();
  if (!directory) return;
  const writable = await (await directory.getFileHandle(FILE_NAME, { create: true })).createWritable();
  const file: SnapshotFile = { format: FORMAT, database, answers: Object.fromEntries(answers) };
  await writable.write(JSON.stringify(file));
  await writable.close();
}

export async function removeViewsSnapshot(): Promise<void> {
  const directory = await storageDirectory();
  await directory?.removeEntry(FILE_NAME).catch(() => undefined);
}
