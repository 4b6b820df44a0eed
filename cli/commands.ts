// The four commands of `dossier`, each over the same shared/ code the app uses. Each returns its
// exit code: 0 done, 1 a file is invalid or cannot be written.
import { basename } from 'node:path';
import {
  ANNOTATION_KINDS,
  ANCHOR_STATES,
  LINK_TYPES,
} from '../shared/model/annotation';
import {
  buildExchangeFile,
  mergeFiles,
  parseExchangeText,
  serializeExchangeFile,
  summariseReport,
  toW3CCollection,
  type ExchangeContent,
  type ImportReport,
} from '../shared/exchange';
import { describeError, printProblems, readSharedFile, terminalSafe, writeWhole, type Output } from './files';
import { PACKAGE_VERSION } from './version';

export const CLI_GENERATOR = { name: 'dossier CLI (Dossier Workbench)', version: PACKAGE_VERSION } as const;

export async function validateCommand(files: readonly string[], output: Output): Promise<number> {
  let failed = false;
  for (const file of files) {
    const result = await readSharedFile(file);
    if (!result.ok) {
      failed = true;
      printProblems(output, file, result.problems);
      continue;
    }
    const { content } = result;
    output.out(terminalSafe(`${file}: valid (${content.sources.length} sources, ${content.annotations.length} annotations, ${content.links.length} links, ${content.dossiers.length} dossiers)`));
    printProblems(output, file, result.warnings, 'warning: ');
  }
  return failed ? 1 : 0;
}

/** Every file is read and checked before any merging starts, and the output is written only whole. */
async function readAll(files: readonly string[], output: Output): Promise<ExchangeContent[] | null> {
  const contents: ExchangeContent[] = [];
  let failed = false;
  for (const file of files) {
    const result = await readSharedFile(file);
    if (result.ok) contents.push(result.content);
    else {
      failed = true;
      printProblems(output, file, result.problems);
    }
  }
  return failed ? null : contents;
}

export interface MergeArguments {
  readonly files: readonly string[];
  readonly out: string;
  readonly exportedBy: string;
  readonly includeText: boolean;
  readonly now: string;
}

export async function mergeCommand(args: MergeArguments, output: Output): Promise<number> {
  const contents = await readAll(args.files, output);
  if (!contents) {
    output.err(`nothing written: fix the files above first`);
    return 1;
  }
  // The first file plays the library; the others are imported into it in order, as the app would.
  const { library, reports } = mergeFiles(
    contents.map((content, index) => ({ fileName: basename(args.files[index] ?? ''), content })),
    args.now,
  );
  for (const report of reports) printReport(output, report);
  const file = buildExchangeFile({
    ...library,
    exportedBy: args.exportedBy,
    exportedAt: args.now,
    scope: { kind: 'library', label: `merged from ${args.files.map((f) => basename(f)).join(', ')}`.slice(0, 500) },
    generator: CLI_GENERATOR,
    includeText: args.includeText,
  });
  const text = serializeExchangeFile(file);
  // What the CLI writes must pass what the app checks: a failure here is a bug, so refuse to write it.
  const check = await parseExchangeText(text);
  if (!check.ok) {
    printProblems(output, args.out, check.problems, 'merged output invalid: ');
    return 1;
  }
  if (!(await writeOut(args.out, text, output))) return 1;
  output.out(terminalSafe(`wrote ${args.out}: ${library.sources.length} sources, ${library.annotations.length} annotations, ${library.links.length} links, ${library.dossiers.length} dossiers, ${library.conflicts.length} unresolved conflicts`));
  return 0;
}

function printReport(output: Output, report: ImportReport): void {
  output.out(terminalSafe(`${report.fileName} (exported by ${report.exportedBy || 'unknown'}): ${summariseReport(report)}`));
  for (const version of report.sourceVersions) {
    output.out(terminalSafe(`  another version: "${version.title}" kept beside "${version.otherTitle}" (same ${version.matchedBy}, different text)`));
  }
  for (const c of report.conflicts) output.out(terminalSafe(`  conflict: ${c.kind} "${c.quote}" (${c.annotationId}) changed on both sides; both kept`));
  for (const r of report.reanchored) output.out(terminalSafe(`  re-anchored (${r.state}${r.state === 'fuzzy' ? ` ${r.score.toFixed(2)}` : ''}): "${r.quote}" in "${r.sourceTitle}"`));
  for (const m of report.missingSource) output.out(terminalSafe(`  left out: "${m.quote}" (its source text is in neither file)`));
  for (const d of report.links.dropped) output.out(terminalSafe(`  link ${d.linkId} left out: ${d.reason}`));
  for (const d of report.dossiers.copied) output.out(terminalSafe(`  dossier differs from the one already merged: added as "${d.title}"`));
}

async function writeOut(path: string, text: string, output: Output): Promise<boolean> {
  try {
    await writeWhole(path, text);
    return true;
  } catch (error) {
    output.err(terminalSafe(`${path}: cannot be written: ${describeError(error)}`));
    return false;
  }
}

export async function exportW3cCommand(file: string, out: string, collectionId: string, output: Output): Promise<number> {
  const result = await readSharedFile(file);
  if (!result.ok) {
    printProblems(output, file, result.problems);
    return 1;
  }
  const collection = toW3CCollection(result.content, { id: collectionId, label: result.content.scope.label || basename(file) });
  if (!(await writeOut(out, `${JSON.stringify(collection, null, 2)}\n`, output))) return 1;
  output.out(terminalSafe(`wrote ${out}: ${result.content.annotations.length} annotations and ${result.content.links.length} links as a W3C AnnotationCollection`));
  return 0;
}

export interface FileStats {
  readonly file: string;
  readonly exportedBy: string;
  readonly exportedAt: string;
  readonly scope: string;
  readonly sources: { readonly total: number; readonly withText: number };
  readonly annotations: { readonly total: number; readonly byKind: Record<string, number>; readonly byAnchor: Record<string, number> };
  readonly links: { readonly total: number; readonly byType: Record<string, number> };
  readonly dossiers: number;
  readonly conflicts: number;
}

function countBy<T>(items: readonly T[], keys: readonly string[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

export function statsOf(file: string, content: ExchangeContent): FileStats {
  return {
    file,
    exportedBy: content.exportedBy,
    exportedAt: content.exportedAt,
    scope: `${content.scope.kind}: ${content.scope.label}`,
    sources: { total: content.sources.length, withText: content.sources.filter((s) => s.text !== undefined).length },
    annotations: {
      total: content.annotations.length,
      byKind: countBy(content.annotations, ANNOTATION_KINDS, (a) => a.kind),
      byAnchor: countBy(content.annotations, ANCHOR_STATES, (a) => a.anchor.state),
    },
    links: { total: content.links.length, byType: countBy(content.links, LINK_TYPES, (l) => l.type) },
    dossiers: content.dossiers.length,
    conflicts: content.conflicts.length,
  };
}

const listCounts = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');

export async function statsCommand(files: readonly string[], json: boolean, output: Output): Promise<number> {
  const all: FileStats[] = [];
  let failed = false;
  for (const file of files) {
    const result = await readSharedFile(file);
    if (!result.ok) {
      failed = true;
      printProblems(output, file, result.problems);
      continue;
    }
    const stats = statsOf(file, result.content);
    all.push(stats);
    if (json) continue;
    const lines = [
      `${file}: exported by ${stats.exportedBy || 'unknown'} at ${stats.exportedAt} (${stats.scope})`,
      `  sources: ${stats.sources.total} (${stats.sources.withText} with text)`,
      `  annotations: ${stats.annotations.total} (${listCounts(stats.annotations.byKind)})`,
      `  anchors: ${listCounts(stats.annotations.byAnchor)}`,
      `  links: ${stats.links.total} (${listCounts(stats.links.byType)})`,
      `  dossiers: ${stats.dossiers}`,
      `  unresolved conflicts: ${stats.conflicts}`,
    ];
    for (const line of lines) output.out(terminalSafe(line));
  }
  // One printed line per JSON line: terminalSafe escapes line breaks, and JSON's own are structure.
  if (json) for (const line of JSON.stringify(files.length === 1 ? (all[0] ?? null) : all, null, 2).split('\n')) output.out(terminalSafe(line));
  return failed ? 1 : 0;
}
