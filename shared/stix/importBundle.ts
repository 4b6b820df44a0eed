// Reads a STIX 2.1 bundle into the records the library stores, checking all of it first: the
// MUST rules, the properties of every type it reads, then the records as the exchange parser
// checks a shared file. Either content ready for the ordinary merge, or the problems with paths.
import { buildExchangeFile } from '../exchange/build';
import type { ExchangeContent } from '../exchange/format';
import { parseExchangeValue } from '../exchange/parse';
import { ProblemList, type ExchangeProblem } from '../exchange/problems';
import { checkBundleRules } from './bundleRules';
import { readForeignRecords } from './importForeign';
import { readOwnRecords, type BundleEntry } from './importOwn';
import { READ_TYPES } from './stixRecords';
import type { StixObject } from './vocabulary';

export interface StixImportOptions {
  readonly now: string;
  /** The file's name: the import's label. */
  readonly fileName: string;
}

export type StixImportResult =
  | {
      readonly ok: true;
      readonly content: ExchangeContent;
      /** What was kept from other tools' objects, one line each. */
      readonly kept: readonly string[];
      readonly skipped: readonly { readonly path: string; readonly reason: string }[];
      readonly warnings: readonly ExchangeProblem[];
    }
  | { readonly ok: false; readonly problems: readonly ExchangeProblem[] };

type RecordList = 'sources' | 'annotations' | 'links' | 'dossiers';

export async function fromStixBundle(value: unknown, options: StixImportOptions): Promise<StixImportResult> {
  const ruleProblems = checkBundleRules(value);
  if (ruleProblems.length > 0) return { ok: false, problems: ruleProblems };
  const objects = ((value as { objects?: unknown[] }).objects ?? []) as StixObject[];
  const problems = new ProblemList();
  objects.forEach((object, index) => {
    const checked = READ_TYPES[object.type]?.safeParse(object);
    if (checked && !checked.success) {
      for (const issue of checked.error.issues) {
        problems.add(['objects', index, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')], issue.message);
      }
    }
  });
  if (problems.count > 0) return { ok: false, problems: problems.toArray() };

  const entries: BundleEntry[] = objects.map((object, index) => ({ object, index }));
  const own = readOwnRecords(entries);
  for (const problem of own.problems) problems.add(problem.path, problem.message);
  if (problems.count > 0) return { ok: false, problems: problems.toArray() };
  const foreign = await readForeignRecords(
    entries.filter((e) => !own.consumed.has(e.index)),
    options.now,
  );

  // Records from both halves, checked together as the exchange parser checks a shared file;
  // its paths name those records, so each is mapped back to the bundle object it came from.
  const origin: Record<RecordList, string[]> = {
    sources: [...own.sources.map((s) => `$.objects[${s.index}]`), ...foreign.sources.map(() => '$.objects (a report)')],
    annotations: [...own.annotations.map((a) => `$.objects[${a.index}]`), ...foreign.annotations.map(() => '$.objects (a note)')],
    links: own.links.map((l) => `$.objects[${l.index}]`),
    dossiers: own.dossiers.map((d) => `$.objects[${d.index}]`),
  };
  const exportedBy = own.exportedBy ?? foreign.exportedBy ?? '';
  const file = buildExchangeFile({
    exportedBy,
    exportedAt: options.now,
    scope: { kind: own.dossiers.length > 0 && own.sources.length === 0 ? 'dossier' : 'library', label: options.fileName.slice(0, 500) },
    sources: [...own.sources.map((s) => s.record), ...foreign.sources],
    annotations: [...own.annotations.map((a) => a.record), ...foreign.annotations],
    links: own.links.map((l) => l.record),
    dossiers: own.dossiers.map((d) => d.record),
    includeText: true,
  });
  const parsed = await parseExchangeValue(file);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => ({ path: bundlePath(p.path, origin), message: p.message })) };
  return {
    ok: true,
    content: parsed.content,
    kept: foreign.kept,
    skipped: [...own.skipped, ...foreign.skipped],
    warnings: parsed.warnings.map((p) => ({ path: bundlePath(p.path, origin), message: p.message })),
  };
}

/** `$.annotations[3].target…` of the checked records → the bundle object it came from. */
function bundlePath(path: string, origin: Readonly<Record<RecordList, readonly string[]>>): string {
  const match = /^\$\.(sources|annotations|links|dossiers)\[(\d+)\](.*)$/.exec(path);
  if (!match) return path;
  const list = match[1] as RecordList;
  const where = origin[list][Number(match[2])];
  return where ? `${where} (as ${list.slice(0, -1)}${match[3] ?? ''})` : path;
}
