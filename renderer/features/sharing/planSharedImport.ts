// The part of a shared-file import that reads and decides, with no write: bytes to text, JSON,
// kind, every check, and the merge plan. It runs in the exchange worker; tests call it directly.
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
  type JsonResult,
  type LibrarySnapshot,
  type MergePlan,
  type ParseStage,
} from '../../../shared/exchange';
import { newId } from '../../../shared/model';
import { fromStixBundle } from '../../../shared/stix';

export type ImportStage = 'read' | 'checked' | 'planned' | 'written';

export interface SharedFileBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface PlanImportOptions {
  readonly analystName: string;
  readonly now: string;
  /** The library as it is now; asked for only once the file has passed every check. */
  readonly loadLibrary: () => Promise<LibrarySnapshot>;
  readonly onProgress?: (fraction: number, stage: ParseStage | 'merging') => void;
  /** Each stage's end, so the caller can mark it on its own timeline. */
  readonly onStage?: (stage: ImportStage) => void;
  /**
   * Ids to give, in order, before any fresh one: a redo passes the ids its first import gave, so
   * the same merge in the same library writes the very same records again.
   */
  readonly reuseIds?: readonly string[];
}

export type PlannedImport =
  | {
      readonly status: 'planned';
      readonly plan: MergePlan;
      readonly notes: readonly string[];
      /** The new ids the merge gave (copies of dossiers, source versions, conflicts), in order. */
      readonly newIds: readonly string[];
    }
  | { readonly status: 'refused'; readonly fileName: string; readonly problems: readonly ExchangeProblem[] };

function refused(fileName: string, problems: readonly ExchangeProblem[]): PlannedImport {
  return { status: 'refused', fileName, problems };
}

async function readContent(
  json: Extract<JsonResult, { ok: true }>,
  options: PlanImportOptions,
  fileName: string,
): Promise<{ content: ExchangeContent; notes: string[] } | { problems: readonly ExchangeProblem[] }> {
  const { value } = json;
  const kind = detectSharedFileKind(value);
  if (kind === 'stix') {
    const result = await fromStixBundle(value, { now: options.now, fileName });
    if (!result.ok) return { problems: result.problems };
    const notes = [
      ...result.kept.map((line) => `kept: ${line}`),
      ...result.skipped.map((s) => `skipped: ${s.path}: ${s.reason}`),
      ...result.warnings.map((w) => `${w.path}: ${w.message}`),
    ];
    return { content: result.content, notes };
  }
  if (kind === 'w3c' || kind === 'hypothesis') {
    const { sources } = await options.loadLibrary();
    const convert = kind === 'w3c' ? fromW3C : fromHypothesis;
    const result = await convert(value, sources, { now: options.now });
    const notes = result.skipped.map((s) => `${s.path}: ${s.reason}`);
    if (result.kindDefaulted > 0) notes.push(`${result.kindDefaulted} annotation(s) had no kind and were imported as claims.`);
    return { content: result.content, notes };
  }
  const parsed = await parseExchangeJson(json, { onProgress: options.onProgress });
  if (!parsed.ok) return { problems: parsed.problems };
  return { content: parsed.content, notes: parsed.warnings.map((w) => `${w.path}: ${w.message}`) };
}

export async function planSharedImport(file: SharedFileBytes, options: PlanImportOptions): Promise<PlannedImport> {
  const { name } = file;
  const sizeProblem = checkExchangeSize(file.bytes.byteLength, name);
  if (sizeProblem) return refused(name, [sizeProblem]);
  options.onProgress?.(0, 'reading');
  const decoded = decodeExchangeBytes(file.bytes, name);
  if (!decoded.ok) return refused(name, [decoded.problem]);
  const json = parseJsonText(decoded.text);
  if (!json.ok) return refused(name, [json.problem]);
  options.onStage?.('read');
  const read = await readContent(json, options, name);
  if ('problems' in read) return refused(name, read.problems);
  options.onStage?.('checked');
  options.onProgress?.(0.9, 'merging');
  const reuse = [...(options.reuseIds ?? [])];
  const newIds: string[] = [];
  const giveId = (): string => {
    const id = reuse.shift() ?? newId();
    newIds.push(id);
    return id;
  };
  const plan = planMerge(await options.loadLibrary(), read.content, { fileName: name, now: options.now, localAnalyst: options.analystName, newId: giveId });
  options.onStage?.('planned');
  return { status: 'planned', plan, notes: read.notes, newIds };
}
