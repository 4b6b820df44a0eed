// Feeds a file to the same code the app runs (the exchange worker's planSharedImport, then the
// Dexie write) and to the CLI's `validate`, and says how each ended: accepted and consistent, or
// refused with a message naming a JSON path, and whether the library changed on refusal.
import 'fake-indexeddb/auto';
import { buildExchangeFile, parseExchangeText, type ExchangeProblem, type LibrarySnapshot } from '../../shared/exchange';
import { WorkbenchDatabase } from '../../renderer/db/database';
import { applyImportPlan, loadLibrarySnapshot } from '../../renderer/db/exchange';
import { planSharedImport } from '../../renderer/features/sharing/planSharedImport';
import { main as cliMain } from '../../cli/dossier';

export const NOW = '2026-04-01T09:00:00.000Z';

export type AppOutcome =
  | { readonly outcome: 'accepted'; readonly notes: readonly string[]; readonly libraryProblems: readonly ExchangeProblem[] }
  | { readonly outcome: 'refused'; readonly problems: readonly ExchangeProblem[]; readonly libraryChanged: boolean };

let counter = 0;

export async function openLibrary(seed?: Uint8Array): Promise<WorkbenchDatabase> {
  const database = new WorkbenchDatabase(`fuzz-${process.pid}-${++counter}`);
  await database.open();
  if (seed) {
    const planned = await planSharedImport({ name: 'seed.dossier', bytes: seed }, { analystName: 'Seed', now: NOW, loadLibrary: () => loadLibrarySnapshot(database) });
    if (planned.status !== 'planned') throw new Error(`the seed file was refused: ${planned.problems[0]?.message}`);
    await applyImportPlan(planned.plan, database);
  }
  return database;
}

export async function closeLibrary(database: WorkbenchDatabase): Promise<void> {
  database.close();
  await database.delete();
}

/** Everything the library holds, in a stable order, to tell whether a refusal changed anything. */
async function fingerprint(database: WorkbenchDatabase): Promise<string> {
  const tables = [database.sources, database.sourceTexts, database.annotations, database.links, database.dossiers, database.conflicts, database.imports];
  const contents = await Promise.all(tables.map((table) => table.toArray()));
  return JSON.stringify(contents);
}

/** The library exported whole and checked as a shared file: what "consistent" means here. */
export async function checkLibrary(library: LibrarySnapshot): Promise<readonly ExchangeProblem[]> {
  const file = buildExchangeFile({ ...library, exportedBy: 'fuzz', exportedAt: NOW, scope: { kind: 'library', label: 'fuzz' }, includeText: true });
  const parsed = await parseExchangeText(JSON.stringify(file));
  return parsed.ok ? [] : parsed.problems;
}

export async function importThroughApp(database: WorkbenchDatabase, name: string, bytes: Uint8Array): Promise<AppOutcome> {
  const before = await fingerprint(database);
  const planned = await planSharedImport({ name, bytes }, { analystName: 'Fuzz', now: NOW, loadLibrary: () => loadLibrarySnapshot(database) });
  if (planned.status === 'refused') {
    return { outcome: 'refused', problems: planned.problems, libraryChanged: (await fingerprint(database)) !== before };
  }
  await applyImportPlan(planned.plan, database);
  return { outcome: 'accepted', notes: planned.notes, libraryProblems: await checkLibrary(await loadLibrarySnapshot(database)) };
}

/** `dossier validate FILE` in-process: its exit code and the lines it printed. */
export async function validateThroughCli(path: string): Promise<{ readonly code: number; readonly lines: readonly string[] }> {
  const lines: string[] = [];
  const code = await cliMain(['validate', path], { out: (line) => lines.push(line), err: (line) => lines.push(line) });
  return { code, lines };
}

/** A JSON path as the checker writes them: `$`, `$.a`, `$.a[0]`, `$['dw:x']`. */
export const JSON_PATH = /^\$(\.[A-Za-z_$][\w$]*|\[\d+\]|\['(?:[^'\\]|\\.)*'\])*$/;
