// Exports what the analyst chose (the library, one article's annotations, a dossier) as a
// .dossier shared file or as a plain W3C AnnotationCollection for other tools.
import {
  EXTENSION,
  W3C_EXTENSION,
  buildExchangeFile,
  parseExchangeValue,
  selectForExport,
  serializeExchangeFile,
  toW3CCollection,
  type ExportChoice,
} from '../../../shared/exchange';
import type { SaveFileRequest } from '../../../shared/bridge/hostBridge';
import { newId, nowIso } from '../../../shared/model';
import { loadLibrarySnapshot } from '../../db/exchange';

export type ExportFormat = 'dossier' | 'w3c';

export interface ExportRequest {
  readonly choice: ExportChoice;
  readonly label: string;
  readonly includeText: boolean;
  readonly format: ExportFormat;
  readonly exportedBy: string;
  readonly appVersion: string;
}

/** A file name from the analyst's label: letters, digits, dashes; never a path. */
export function safeFileName(label: string, extension: string): string {
  const base = label
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'export'}${extension}`;
}

export async function buildExport(request: ExportRequest): Promise<SaveFileRequest & { readonly annotationCount: number }> {
  const chosen = selectForExport(await loadLibrarySnapshot(), request.choice);
  const file = buildExchangeFile({
    exportedBy: request.exportedBy,
    exportedAt: nowIso(),
    scope: { kind: request.choice.kind, label: request.label },
    generator: { name: 'Dossier Workbench', version: request.appVersion },
    sources: chosen.sources,
    annotations: chosen.annotations,
    links: chosen.links,
    dossiers: chosen.dossiers,
    includeText: request.includeText,
  });
  if (request.format === 'dossier') {
    return {
      suggestedName: safeFileName(request.label, EXTENSION),
      mediaType: 'application/vnd.dossier-workbench+json',
      content: serializeExchangeFile(file),
      annotationCount: chosen.annotations.length,
    };
  }
  const parsed = await parseExchangeValue(JSON.parse(serializeExchangeFile(file)) as unknown);
  if (!parsed.ok) throw new Error(`The export could not be checked: ${parsed.problems[0]?.message ?? 'unknown problem'}`);
  const collection = toW3CCollection(parsed.content, { id: `urn:uuid:${newId()}`, label: request.label });
  return {
    suggestedName: safeFileName(request.label, W3C_EXTENSION),
    mediaType: 'application/ld+json',
    content: JSON.stringify(collection, null, 2),
    annotationCount: chosen.annotations.length,
  };
}
