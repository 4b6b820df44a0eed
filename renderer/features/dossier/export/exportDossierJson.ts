// Writes a dossier as a shared file (the exchange format, one writer for the app and the CLI):
// the dossier, the annotations it quotes, their sources with texts, and the links between them.
import type { SaveResult } from '../../../../shared/bridge/hostBridge';
import { EXTENSION, MEDIA_TYPE, buildExchangeFile, selectForExport, serializeExchangeFile } from '../../../../shared/exchange';
import { nowIso } from '../../../../shared/model';
import { hostBridge } from '../../../bridge/hostBridge';
import { loadDossierSnapshot } from '../../../db/dossiers';
import { loadSettings } from '../../../db/settings';
import { fileNameFor } from './fileNames';

export interface DossierJsonExport {
  readonly result: SaveResult;
  readonly passages: number;
  readonly sources: number;
}

export async function exportDossierJson(dossierId: string): Promise<DossierJsonExport> {
  const [snapshot, settings, app] = await Promise.all([loadDossierSnapshot(dossierId), loadSettings(), hostBridge.getAppInfo()]);
  const dossier = snapshot?.dossiers[0];
  if (!snapshot || !dossier) throw new Error('This dossier is no longer in the library.');
  const chosen = selectForExport(snapshot, { kind: 'dossier', dossierId });
  const file = buildExchangeFile({
    ...chosen,
    exportedBy: settings.analystName,
    exportedAt: nowIso(),
    scope: { kind: 'dossier', label: dossier.title },
    generator: { name: app.name, version: app.version },
    // Colleagues need the texts to read the passages in context and to re-anchor them.
    includeText: true,
  });
  const result = await hostBridge.saveFile({
    suggestedName: fileNameFor(dossier.title, EXTENSION),
    mediaType: MEDIA_TYPE,
    content: serializeExchangeFile(file),
  });
  return { result, passages: chosen.annotations.length, sources: chosen.sources.length };
}
