// A STIX export is read back as an import reads a bundle before a byte is written: every passage
// must come back, or the file is not saved (as checkExport.ts does for the other formats).
import { fromStixBundle } from '../../../shared/stix';
import { nowIso } from '../../../shared/model';
import { ExportRefused } from './checkExport';

export async function checkStixExport(name: string, content: string, annotationCount: number): Promise<void> {
  const read = await fromStixBundle(JSON.parse(content) as unknown, { now: nowIso(), fileName: name });
  if (!read.ok) throw new ExportRefused(name, read.problems);
  const skipped = read.skipped.map((s) => ({ path: s.path, message: s.reason }));
  if (skipped.length > 0) throw new ExportRefused(name, skipped);
  if (read.content.annotations.length !== annotationCount) {
    throw new ExportRefused(name, [{ path: '$.objects', message: `${read.content.annotations.length} of ${annotationCount} passages read back` }]);
  }
}
