// Reads a shared file and checks all of it before anything is written: JSON, format and version,
// every record against its schema, then the file as a whole. Either the decoded content or the
// complete list of problems, each with its JSON path; never part of a file.
import type { z } from 'zod';
import type { Annotation } from '../model/annotation';
import { detectSharedFileKind, KIND_NAMES, type SharedFileKind } from './detect';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  exchangeActorSchema,
  exchangeConflictSchema,
  exchangeDossierSchema,
  exchangeEnvelopeSchema,
  exchangeLinkSchema,
  exchangeSourceSchema,
  exchangeSourceVersionSchema,
  type AnnotationConflict,
  type ExchangeContent,
} from './format';
import { checkIntegrity } from './integrity';
import { sanitiseContentNotes } from './noteSanitiser';
import { findStructureProblem, parseJsonText, type JsonResult } from './jsonText';
import { ProblemList, problemsFromIssue, showValue, type ExchangeProblem, type PathSegment } from './problems';
import { fromWebAnnotation, webAnnotationSchema, type WebAnnotation } from './webAnnotation';

export type ParseStage = 'reading' | 'checking records' | 'checking texts' | 'checking references';

export interface ParseOptions {
  /** Called as the work proceeds; when given, the parser also yields to the event loop so a UI can paint. */
  readonly onProgress?: (fraction: number, stage: ParseStage) => void;
}

export type ParseResult =
  | { readonly ok: true; readonly content: ExchangeContent; readonly warnings: readonly ExchangeProblem[] }
  | { readonly ok: false; readonly problems: readonly ExchangeProblem[]; readonly kind: SharedFileKind };

/** Records checked between progress reports: a few milliseconds of work. */
const PROGRESS_BATCH = 200;
/** Longest the parser keeps the event loop before yielding, when a progress callback is given. */
const YIELD_INTERVAL_MS = 50;

export async function parseExchangeText(text: string, options: ParseOptions = {}): Promise<ParseResult> {
  if (options.onProgress) {
    options.onProgress(0, 'reading');
    // JSON.parse holds the thread for a while on a big file: let the UI show that reading began.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, problems: [json.problem], kind: 'unknown' };
  return checkParsed(json.value, options);
}

/** As `parseExchangeText`, for JSON the caller already parsed (with JSON.parse, never by evaluating it). */
export async function parseExchangeValue(value: unknown, options: ParseOptions = {}): Promise<ParseResult> {
  const structure = findStructureProblem(value);
  if (structure) return { ok: false, problems: [structure], kind: 'unknown' };
  return checkParsed(value, options);
}

/** As `parseExchangeValue`, for what `parseJsonText` returned: its keys were checked there, not again. */
export async function parseExchangeJson(json: Extract<JsonResult, { ok: true }>, options: ParseOptions = {}): Promise<ParseResult> {
  return checkParsed(json.value, options);
}

async function checkParsed(value: unknown, options: ParseOptions): Promise<ParseResult> {
  const kind = detectSharedFileKind(value);
  const headerProblem = checkHeader(value, kind);
  if (headerProblem) return { ok: false, problems: [headerProblem], kind };

  const problems = new ProblemList();
  const warnings = new ProblemList();
  const envelope = exchangeEnvelopeSchema.safeParse(value, { reportInput: true });
  if (!envelope.success) {
    for (const issue of envelope.error.issues) for (const p of problemsFromIssue(issue, [])) problems.add(p.path, p.message);
  }
  // A header problem should not hide the records' own: check the lists whenever they are lists.
  const file = envelope.success ? envelope.data : listsOf(value as Record<string, unknown>);
  const progress = makeProgress(options);
  const total =
    file.sources.length + file.annotations.length + file.links.length + file.dossiers.length + (file.conflicts?.length ?? 0) + (file.actors?.length ?? 0) + (file.sourceVersions?.length ?? 0);
  const checkRecords = recordChecker(problems, total, progress);

  if (problems.full) return { ok: false, problems: problems.toArray(), kind };
  const sources = await checkRecords('sources', file.sources, (item) => exchangeSourceSchema.safeParse(item, { reportInput: true }));
  const records = await checkRecords('annotations', file.annotations, (item) => webAnnotationSchema.safeParse(item, { reportInput: true }));
  const links = await checkRecords('links', file.links, (item) => exchangeLinkSchema.safeParse(item, { reportInput: true }));
  const dossiers = await checkRecords('dossiers', file.dossiers, (item) => exchangeDossierSchema.safeParse(item, { reportInput: true }));
  const conflictRecords = await checkRecords('conflicts', file.conflicts ?? [], (item) => exchangeConflictSchema.safeParse(item, { reportInput: true }));
  const actors = await checkRecords('actors', file.actors ?? [], (item) => exchangeActorSchema.safeParse(item, { reportInput: true }));
  const sourceVersions = await checkRecords('sourceVersions', file.sourceVersions ?? [], (item) => exchangeSourceVersionSchema.safeParse(item, { reportInput: true }));
  // Decoding below names records by index, which holds only while every record passed.
  if (problems.count > 0 || !envelope.success) return { ok: false, problems: problems.toArray(), kind };
  const header = envelope.data;
  const annotations = decodeAll(records, ['annotations'], problems);
  const conflicts = conflictRecords.flatMap((record, index): AnnotationConflict[] => {
    const [local] = decodeAll([record.local], ['conflicts', index, 'local'], problems);
    const [incoming] = decodeAll([record.incoming], ['conflicts', index, 'incoming'], problems);
    if (!local || !incoming) return [];
    const { id, annotationId, fileName, exportedBy, detectedAt } = record;
    return [{ id, annotationId, fileName, exportedBy, detectedAt, local, incoming }];
  });
  if (problems.count > 0) return { ok: false, problems: problems.toArray(), kind };

  const content: ExchangeContent = {
    exportedAt: header.exportedAt,
    exportedBy: header.exportedBy.name,
    ...(header.generator ? { generator: header.generator } : {}),
    scope: header.scope,
    sources,
    annotations,
    links,
    dossiers,
    conflicts,
    ...(actors.length > 0 ? { actors } : {}),
    ...(file.sourceVersions ? { sourceVersions } : {}),
  };
  await checkIntegrity(content, { problems, warnings }, (fraction) => progress(0.8 + fraction * 0.15, 'checking texts'));
  await progress(1, 'checking references');
  if (problems.count > 0) return { ok: false, problems: problems.toArray(), kind };
  return { ok: true, content: sanitiseContentNotes(content, warnings), warnings: warnings.toArray() };
}

/** Format and version first: for a file of another format or a future version, nothing else is worth saying. */
function checkHeader(value: unknown, kind: SharedFileKind): ExchangeProblem | null {
  // The workbench reads these three through "Open shared file…" (it tells them apart itself);
  // here, as in `dossier validate`, the analyst learns what the file is and where it opens.
  if (kind === 'w3c' || kind === 'hypothesis' || kind === 'stix') {
    return { path: '$', message: `this is ${KIND_NAMES[kind]}, not a Dossier Workbench file; the workbench opens it with “Open shared file…”` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { path: '$', message: `not a Dossier Workbench file: it must be a JSON object, not ${showValue(value)}` };
  }
  const header = value as { readonly format?: unknown; readonly version?: unknown };
  if (header.format === undefined) return { path: '$.format', message: 'required field is missing: this is not a Dossier Workbench file' };
  if (header.format !== FORMAT_NAME) {
    return { path: '$.format', message: `must be "${FORMAT_NAME}", not ${showValue(header.format)}: this file is another format` };
  }
  const version = header.version;
  if (version === undefined) return { path: '$.version', message: 'required field is missing' };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { path: '$.version', message: `must be a whole number from 1, not ${showValue(version)}` };
  }
  if (version > FORMAT_VERSION) {
    return { path: '$.version', message: `version ${version} is newer than this app reads (${FORMAT_VERSION}); update Dossier Workbench` };
  }
  return null;
}

function listsOf(value: Record<string, unknown>): { [K in 'sources' | 'annotations' | 'links' | 'dossiers' | 'conflicts' | 'actors' | 'sourceVersions']: unknown[] } {
  const list = (key: string): unknown[] => {
    const item = value[key];
    return Array.isArray(item) ? item : [];
  };
  return {
    sources: list('sources'),
    annotations: list('annotations'),
    links: list('links'),
    dossiers: list('dossiers'),
    conflicts: list('conflicts'),
    actors: list('actors'),
    sourceVersions: list('sourceVersions'),
  };
}

type Progress = (fraction: number, stage: ParseStage) => Promise<void>;

function makeProgress(options: ParseOptions): Progress {
  const report = options.onProgress;
  if (!report) return async () => {};
  let lastYield = Date.now();
  return async (fraction, stage) => {
    report(fraction, stage);
    // Each yield costs a timer tick (1 ms or more), so only often enough for a smooth bar.
    if (Date.now() - lastYield < YIELD_INTERVAL_MS) return;
    // A macrotask, not a microtask: only a macrotask lets the browser paint the progress bar.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    lastYield = Date.now();
  };
}

type SafeResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: z.ZodError };

type RecordChecker = <T>(list: string, items: readonly unknown[], check: (item: unknown) => SafeResult<T>) => Promise<T[]>;

function recordChecker(problems: ProblemList, total: number, progress: Progress): RecordChecker {
  let done = 0;
  return async <T>(list: string, items: readonly unknown[], check: (item: unknown) => SafeResult<T>): Promise<T[]> => {
    const valid: T[] = [];
    for (const [index, item] of items.entries()) {
      // Past the cap, more problems would only lengthen the report: stop instead of checking on.
      if (problems.full) break;
      const result = check(item);
      if (result.success) valid.push(result.data);
      else for (const issue of result.error.issues) for (const p of problemsFromIssue(issue, [list, index])) problems.add(p.path, p.message);
      done += 1;
      if (done % PROGRESS_BATCH === 0) await progress((done / Math.max(total, 1)) * 0.8, 'checking records');
    }
    return valid;
  };
}

function decodeAll(records: readonly WebAnnotation[], base: readonly PathSegment[], problems: ProblemList): Annotation[] {
  return records.flatMap((record, index) => {
    const decoded = fromWebAnnotation(record);
    if (decoded.ok) return [decoded.annotation];
    const at = base.length === 1 ? [...base, index] : base;
    for (const problem of decoded.problems) problems.add([...at, ...problem.path], problem.message);
    return [];
  });
}
