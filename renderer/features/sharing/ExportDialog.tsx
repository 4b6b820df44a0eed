// Choose what to share (the whole library, the open article's annotations, or a dossier),
// whether article texts travel with it, and the format.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { listDossiersByRecent } from '../../db/dossiers';
import { getSourceRecord } from '../../db/library';
import { Dialog } from '../../ui/Dialog';
import type { ExportFormat, ExportRequest } from './exportSharedFile';

interface ExportDialogProps {
  /** What is in view decides the first choice: the open dossier, else the open article, else the library. */
  readonly openSourceId: string | null;
  readonly openDossierId: string | null;
  readonly onExport: (selection: ExportRequest) => Promise<void>;
  readonly onClose: () => void;
}

type Scope = 'library' | 'source' | 'dossier';

export function ExportDialog({ openSourceId, openDossierId, onExport, onClose }: ExportDialogProps): ReactNode {
  const source = useLiveQuery(async () => (openSourceId ? ((await getSourceRecord(openSourceId)) ?? null) : null), [openSourceId]);
  const dossiers = useLiveQuery(() => listDossiersByRecent(), []);
  const [scope, setScope] = useState<Scope>(openDossierId ? 'dossier' : openSourceId ? 'source' : 'library');
  const [dossierId, setDossierId] = useState(openDossierId ?? '');
  const [includeText, setIncludeText] = useState(true);
  const [format, setFormat] = useState<ExportFormat>('dossier');
  const [busy, setBusy] = useState(false);

  const selection = (): ExportRequest | null => {
    if (scope === 'source' && source) return { choice: { kind: 'source', sourceId: source.id }, label: source.title, includeText, format };
    if (scope === 'dossier') {
      const dossier = dossiers?.find((d) => d.id === dossierId);
      return dossier ? { choice: { kind: 'dossier', dossierId: dossier.id }, label: dossier.title, includeText, format } : null;
    }
    return scope === 'library' ? { choice: { kind: 'library' }, label: 'Dossier Workbench library', includeText, format } : null;
  };

  return (
    <Dialog title="Export a shared file" onClose={onClose}>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const chosen = selection();
          if (!chosen) return;
          setBusy(true);
          await onExport(chosen);
          setBusy(false);
          onClose();
        }}
      >
        <fieldset>
          <legend>What to share</legend>
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'source'} disabled={!source} onChange={() => setScope('source')} />
            This article’s annotations{source ? `: ${source.title}` : ' (open an article first)'}
          </label>
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'dossier'} disabled={!dossiers?.length} onChange={() => setScope('dossier')} />
            A dossier
          </label>
          {scope === 'dossier' && (
            <label>
              Dossier
              <select value={dossierId} onChange={(e) => setDossierId(e.target.value)} required>
                <option value="">Choose a dossier…</option>
                {(dossiers ?? []).map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'library'} onChange={() => setScope('library')} />
            The whole library
          </label>
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={includeText} onChange={(e) => setIncludeText(e.target.checked)} />
          Include article texts (without them, colleagues need the same articles in their library)
        </label>
        <fieldset>
          <legend>Format</legend>
          <label className="choice">
            <input type="radio" name="format" checked={format === 'dossier'} onChange={() => setFormat('dossier')} />
            Dossier Workbench shared file (.dossier)
          </label>
          <label className="choice">
            <input type="radio" name="format" checked={format === 'w3c'} onChange={() => setFormat('w3c')} />
            W3C Web Annotation collection for other tools (.jsonld)
          </label>
          <label className="choice">
            <input type="radio" name="format" checked={format === 'stix'} onChange={() => setFormat('stix')} />
            STIX 2.1 bundle for threat-intelligence platforms (.json)
          </label>
        </fieldset>
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !selection()}>
            Export
          </button>
        </div>
      </form>
    </Dialog>
  );
}
