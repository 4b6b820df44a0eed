// Imports one shared file: checks everything before the library is touched (size, text, JSON,
// format, every record), plans the merge, then writes it in one transaction.
import type { OpenedFile } from '../../../shared/bridge/hostBridge';
import {
  checkExchangeSize,
  decodeExchangeBytes,
  detectSharedFileKind,
  fromHypothesis,
  fromW3C,
  parseExchangeJson,
  parseJsonText,
  planMerge,
  type ExchangeContent,
  type ExchangeProblem,
  type ImportReport,
  type JsonResult,
  type ParseStage,
} from '../../../shared/exchange';
import { newId, nowIso } from '../../../shared/model';
import { applyImportPlan, loadLibrarySnapshot } from '../../db/exchange';

export type SharedImportOutcome =
  | {
      readonly status: 'imported';
      readonly importId: string;
      readonly report: ImportReport;
      readonly notes: readonly string[];
      /** The new ids the merge gave (copies of dossiers, source versions, conflicts), in order. */
      readonly newIds: readonly string[];
    }
  | { readonly status: 'refused'; readonly fileName: string; readonly problems: readonly ExchangeProblem[] };

export interface SharedImportOptions {
  readonly analystName: string;
  readonly onProgress?: (fraction: number, stage: ParseStage | 'merging' | 'saving') => void;
  /** Checked between stages; a cancelled import changes nothing. */
  readonly isCancelled?: () => boolean;
  /**
   * Ids to give, in order, before any fresh one: a redo passes the ids its first import gave, so
   * the same merge in the same library writes the very same records again.
   */
  readonly reuseIds?: readonly string[];
}

export class ImportCancelled extends Error {
  constructor(fileName: string) {
    super(`The import of ${fileName} was cancelled; nothing was changed.`);
    this.name = 'ImportCancelled';
  }
}

/**
 * Marks each stage's end on the performance timeline (`dw:import:read` …), so the benchmark
 * (tests/bench/import.bench.ts) and the browser's performance panel show where the time goes.
 */
function markStage(stage: 'read' | 'checked' | 'planned' | 'written'): void {
  performance.mark(`dw:import:${stage}`);
}

function refused(fileName: string, problems: readonly ExchangeProblem[]): SharedImportOutcome {
  return { status: 'refused', fileName, problems };
}

async function readContent(
  json: Extract<JsonResult, { ok: true }>,
  options: SharedImportOptions,
): Promise<{ content: ExchangeContent; notes: string[] } | { problems: readonly ExchangeProblem[] }> {
  const { value } = json;
  const kind = detectSharedFileKind(value);
  if (kind === 'w3c' || kind === 'hypothesis') {
    const { sources } = await loadLibrarySnapshot();
    const convert = kind === 'w3c' ? fromW3C : fromHypothesis;
    const result = await convert(value, sources, { now: nowIso() });
    const notes = result.skipped.map((s) => `${s.path}: ${s.reason}`);
    if (result.kindDefaulted > 0) notes.push(`${result.kindDefaulted} annotation(s) had no kind and were imported as claims.`);
    return { content: result.content, notes };
  }
  const parsed = await parseExchangeJson(json, { onProgress: options.onProgress });
  if (!parsed.ok) return { problems: parsed.problems };
  return { content: parsed.content, notes: parsed.warnings.map((w) => `${w.path}: ${w.message}`) };
}

export async function importSharedFile(file: OpenedFile, options: SharedImportOptions): Promise<SharedImportOutcome> {
  const { name } = file;
  const cancelled = (): void => {
    if (options.isCancelled?.()) throw new ImportCancelled(name);
  };
  if (file.status === 'too-large') {
    return refused(name, [checkExchangeSize(file.size, name) ?? { path: '$', message: `${name} is too large.` }]);
  }
  const sizeProblem = checkExchangeSize(file.size, name);
  if (sizeProblem) return refused(name, [sizeProblem]);
  options.onProgress?.(0, 'reading');
  const decoded = decodeExchangeBytes(file.bytes, name);
  if (!decoded.ok) return refused(name, [decoded.problem]);
  const json = parseJsonText(decoded.text);
  if (!json.ok) return refused(name, [json.problem]);
  markStage('read');
  cancelled();
  const read = await readContent(json, options);
  if ('problems' in read) return refused(name, read.problems);
  markStage('checked');
  cancelled();
  options.onProgress?.(0.9, 'merging');
  const reuse = [...(options.reuseIds ?? [])];
  const newIds: string[] = [];
  const giveId = (): string => {
    const id = reuse.shift() ?? newId();
    newIds.push(id);
    return id;
  };
  const plan = planMerge(await loadLibrarySnapshot(), read.content, { fileName: name, now: nowIso(), localAnalyst: options.analystName, newId: giveId });
  markStage('planned');
  cancelled();
  options.onProgress?.(0.95, 'saving');
  const importId = await applyImportPlan(plan);
  markStage('written');
  options.onProgress?.(1, 'saving');
  return { status: 'imported', importId, report: plan.report, notes: read.notes, newIds };
}

