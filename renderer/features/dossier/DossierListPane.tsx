// The dossiers in the left pane: each with its size and last change; open, duplicate, delete, and
// make a new one. Renaming happens on the dossier's title page in the composer.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import type { Dossier } from '../../../shared/model';
import { listDossiersByRecent } from '../../db/dossiers';
import { NewDossierDialog } from './NewDossierDialog';
import { useDossierActions } from './useDossierActions';
import { formatMoment } from '../../../shared/text/dateDisplay';

interface DossierListPaneProps {
  readonly openDossierId: string | null;
  readonly onOpen: (id: string) => void;
}

function describeSize(dossier: Dossier): string {
  const passages = dossier.items.filter((i) => i.type === 'passage').length;
  const sections = dossier.items.length - passages;
  return `${passages} passage${passages === 1 ? '' : 's'} · ${sections} section${sections === 1 ? '' : 's'}`;
}

export function DossierListPane({ openDossierId, onOpen }: DossierListPaneProps): ReactNode {
  const dossiers = useLiveQuery(() => listDossiersByRecent(), []);
  const [creating, setCreating] = useState(false);
  const actions = useDossierActions();
  return (
    <nav className="pane dossier-list-pane" aria-labelledby="dossiers-heading">
      <div className="pane-header">
        <h2 id="dossiers-heading">Dossiers</h2>
        <span className="count">{dossiers ? dossiers.length : ''}</span>
      </div>
      <div className="library-controls">
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New dossier…
        </button>
      </div>
      {dossiers === undefined ? (
        <p className="empty">Loading dossiers…</p>
      ) : dossiers.length === 0 ? (
        <p className="empty">No dossiers yet. A dossier gathers passages from many articles, in your order, with your own text between them.</p>
      ) : (
        <ul className="source-list dossier-list" aria-label="Dossiers">
          {dossiers.map((dossier) => (
            <li key={dossier.id} className={dossier.id === openDossierId ? 'selected' : undefined}>
              <button type="button" className="source-open" aria-current={dossier.id === openDossierId ? 'true' : undefined} onClick={() => onOpen(dossier.id)}>
                <span className="source-title" dir="auto">
                  {dossier.title}
                </span>
                <span className="source-meta">
                  {describeSize(dossier)} · changed {formatMoment(dossier.updatedAt)}
                </span>
              </button>
              <span className="dossier-row-actions">
                <button type="button" aria-label={`Duplicate “${dossier.title}”`} onClick={() => void actions.duplicate(dossier).then((copy) => copy && onOpen(copy.id))}>
                  Duplicate
                </button>
                <button type="button" className="danger" aria-label={`Delete “${dossier.title}”`} onClick={() => void actions.remove(dossier)}>
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {creating && (
        <NewDossierDialog
          onClose={() => setCreating(false)}
          onCreate={(fields) => {
            setCreating(false);
            void actions.create(fields).then((dossier) => dossier && onOpen(dossier.id));
          }}
        />
      )}
    </nav>
  );
}
