// Builds a shared file from what the analyst chose (the library, one article's annotations, a
// dossier): a .dossier file, a plain W3C AnnotationCollection or a STIX 2.1 bundle, named by the
// one file-name rule.
// Read back with the import's own checker before it is handed over (checkExport.ts). No host bridge
// here: the exchange worker runs it, off the window's thread.
import { suggestedFileName } from '../../../shared/bridge/suggestedFileName';
import type { SaveFileRequest } from '../../../shared/bridge/hostBridge';
import {
  EXTENSION,
  MEDIA_TYPE,
  W3C_EXTENSION,
  buildExchangeFile,
  parseExchangeValue,
  selectForExport,
  serializeExchangeFile,
  toW3CCollection,
  type ExportChoice,
} from '../../../shared/exchange';
import { newId, nowIso } from '../../../shared/model';
import { STIX_EXTENSION, buildStixBundle, serializeStixBundle } from '../../../shared/stix';
import { loadLibrarySnapshot } from '../../db/exchange';
import { checkExchangeExport, checkW3CExport, requireExporterName } from './checkExport';
import { checkStixExport } from './checkStixExport';

export type ExportFormat = 'dossier' | 'w3c' | 'stix';

export interface ExportRequest {
  readonly choice: ExportChoice;
  /** What the file holds, as the analyst calls it: it names the file and its scope. */
  readonly label: string;
  readonly includeText: boolean;
  readonly format: ExportFormat;
}

/** Who writes the file and with what: the analyst's name and the app, as the file records them. */
export interface ExportSigner {
  readonly exportedBy: string;
  readonly appName: string;
  readonly appVersion: string;
}

export interface BuiltExport extends SaveFileRequest {
  /** Exports are always text. */
  readonly content: string;
  readonly annotationCount: number;
  readonly sourceCount: number;
}

/** The file to save, already read back with the import's checker (ExportRefused otherwise). */
export async function buildExport(request: ExportRequest, signer: ExportSigner): Promise<BuiltExport> {
  requireExporterName(signer.exportedBy);
  const library = await loadLibrarySnapshot();
  const chosen = selectForExport(library, request.choice);
  const file = buildExchangeFile({
    exportedBy: signer.exportedBy,
    exportedAt: nowIso(),
    scope: { kind: request.choice.kind, label: request.label },
    generator: { name: signer.appName, version: signer.appVersion },
    sources: chosen.sources,
    annotations: chosen.annotations,
    links: chosen.links,
    dossiers: chosen.dossiers,
    ...(chosen.actors ? { actors: chosen.actors } : {}),
    ...(chosen.sourceVersions ? { sourceVersions: chosen.sourceVersions } : {}),
    includeText: request.includeText,
  });
  const counts = { annotationCount: chosen.annotations.length, sourceCount: chosen.sources.length };
  if (request.format === 'stix') {
    const bundle = await buildStixBundle({ ...chosen, exportedBy: signer.exportedBy, exportedAt: file.exportedAt, scope: file.scope, includeText: request.includeText });
    const suggestedName = suggestedFileName(request.label, STIX_EXTENSION);
    const content = serializeStixBundle(bundle);
    await checkStixExport(suggestedName, content, chosen.annotations.length);
    return { suggestedName, mediaType: 'application/json', content, ...counts };
  }
  if (request.format === 'dossier') {
    const suggestedName = suggestedFileName(request.label, EXTENSION);
    const content = serializeExchangeFile(file);
    await checkExchangeExport(suggestedName, content);
    return { suggestedName, mediaType: MEDIA_TYPE, content, ...counts };
  }
  const parsed = await parseExchangeValue(JSON.parse(serializeExchangeFile(file)) as unknown);
  if (!parsed.ok) throw new Error(`The export could not be checked: ${parsed.problems[0]?.message ?? 'unknown problem'}`);
  const collection = toW3CCollection(parsed.content, { id: `urn:uuid:${newId()}`, label: request.label });
  const suggestedName = suggestedFileName(request.label, W3C_EXTENSION);
  const content = JSON.stringify(collection, null, 2);
  await checkW3CExport(suggestedName, content, library.sources, chosen.annotations.length);
  return { suggestedName, mediaType: 'application/ld+json', content, ...counts };
}
