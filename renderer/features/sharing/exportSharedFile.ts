// The one pipeline that writes a shared file: the Export dialog and the dossier composer both
// write through it, so the same choice gives the same file. The exchange worker builds the file
// (buildExport.ts); the host saves it.
import type { SaveResult } from '../../../shared/bridge/hostBridge';
import { hostBridge } from '../../bridge/hostBridge';
import { loadSettings } from '../../db/settings';
import { runExchangeJob } from '../../workers/exchangeClient';
import { requireExporterName } from './checkExport';

export type { BuiltExport, ExportFormat, ExportRequest, ExportSigner } from './buildExport';
import type { ExportRequest } from './buildExport';

export interface SavedExport {
  readonly result: SaveResult;
  readonly annotationCount: number;
  readonly sourceCount: number;
}

/** Builds the file, signed with the analyst's name from Settings, and hands it to the host to save. */
export async function saveSharedFile(request: ExportRequest): Promise<SavedExport> {
  const [settings, app] = await Promise.all([loadSettings(), hostBridge.getAppInfo()]);
  const signer = { exportedBy: settings.analystName, appName: app.name, appVersion: app.version };
  // Checked here too, not only in the worker: an error crosses the worker's boundary as a message,
  // and the window must know this one by its type to ask for the name.
  requireExporterName(signer.exportedBy);
  // Built in the exchange worker: a whole library's export never holds the window.
  const { annotationCount, sourceCount, ...save } = await runExchangeJob({ type: 'build-export', request, signer });
  return { result: await hostBridge.saveFile(save), annotationCount, sourceCount };
}
