// Every export is read back with the checker its import uses before a byte is written: what the
// app writes, the app, the CLI (`dossier validate`) and a colleague can read.
import {
  checkExchangeSize,
  decodeExchangeBytes,
  detectSharedFileKind,
  fromW3C,
  parseExchangeText,
  type ExchangeProblem,
  type LibrarySource,
} from '../../../shared/exchange';
import { nowIso } from '../../../shared/model';

/** An export that failed its own check: nothing was written. */
export class ExportRefused extends Error {
  readonly problems: readonly ExchangeProblem[];

  constructor(name: string, problems: readonly ExchangeProblem[]) {
    const first = problems[0];
    super(`${name} was not written, because it would not pass the import check${first ? `: ${first.path === '$' ? '' : `${first.path}: `}${first.message}` : ''}.`);
    this.name = 'ExportRefused';
    this.problems = problems;
  }
}

/** A shared file is never written without the name of who exported it. */
export class MissingAnalystName extends Error {
  constructor() {
    super('A shared file carries the name of who exported it: enter your name first (in the toolbar, or Settings, Ctrl+,).');
    this.name = 'MissingAnalystName';
  }
}

export function requireExporterName(exportedBy: string): void {
  if (exportedBy.trim() === '') throw new MissingAnalystName();
}

/** Checks `.dossier` text exactly as an import and `dossier validate` read a file. */
export async function checkExchangeExport(name: string, content: string): Promise<void> {
  const bytes = new TextEncoder().encode(content);
  const size = checkExchangeSize(bytes.byteLength, name);
  if (size) throw new ExportRefused(name, [size]);
  const decoded = decodeExchangeBytes(bytes, name);
  if (!decoded.ok) throw new ExportRefused(name, [decoded.problem]);
  const parsed = await parseExchangeText(decoded.text);
  if (!parsed.ok) throw new ExportRefused(name, parsed.problems);
}

/** Checks a W3C collection as the W3C import reads one: every annotation must come back. */
export async function checkW3CExport(name: string, content: string, sources: readonly LibrarySource[], annotationCount: number): Promise<void> {
  const value = JSON.parse(content) as unknown;
  if (detectSharedFileKind(value) !== 'w3c') throw new ExportRefused(name, [{ path: '$', message: 'is not read as a W3C annotation collection' }]);
  const read = await fromW3C(value, sources, { now: nowIso() });
  const problems = read.skipped.map((s) => ({ path: s.path, message: s.reason }));
  if (problems.length > 0) throw new ExportRefused(name, problems);
  if (read.content.annotations.length !== annotationCount) {
    throw new ExportRefused(name, [{ path: '$.items', message: `${read.content.annotations.length} of ${annotationCount} annotations read back` }]);
  }
}
