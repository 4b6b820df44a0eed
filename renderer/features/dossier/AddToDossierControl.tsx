// "Add to dossier": a dossier picker and a button, shown wherever annotations are chosen (the
// annotation editor, the annotation list, the library: through the slot in features/common).
// Adding is undoable and says where it went.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import type { AddToDossierProps } from '../common/addToDossier';
import { listDossiersByRecent, passageAnnotationIds } from '../../db/dossiers';
import { useDossierTarget } from './dossierTarget';
import { NewDossierDialog } from './NewDossierDialog';
import './dossier.css';
import { useDossierActions } from './useDossierActions';


const NEW_DOSSIER = '__new__';

export function AddToDossierControl({ annotationIds, buttonLabel, groupLabel = 'Add to dossier' }: AddToDossierProps): ReactNode {
  const dossiers = useLiveQuery(() => listDossiersByRecent(), []);
  const [target, setTarget] = useDossierTarget();
  const [creating, setCreating] = useState(false);
  const [wantsNew, setWantsNew] = useState(false);
  const actions = useDossierActions();
  const chosen = wantsNew ? undefined : (dossiers?.find((d) => d.id === target) ?? dossiers?.[0]);
  const value = chosen?.id ?? NEW_DOSSIER;
  const present = new Set(chosen ? passageAnnotationIds(chosen.items) : []);
  const missing = annotationIds.filter((id) => !present.has(id));
  const allThere = chosen !== undefined && annotationIds.length > 0 && missing.length === 0;

  return (
    <div className="add-to-dossier" role="group" aria-label={groupLabel}>
      <select aria-label="Dossier to add to" value={value} onChange={(e) => {
          setWantsNew(e.target.value === NEW_DOSSIER);
          if (e.target.value !== NEW_DOSSIER) setTarget(e.target.value);
        }}>
        {(dossiers ?? []).map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
        <option value={NEW_DOSSIER}>New dossier…</option>
      </select>
      <button
        type="button"
        disabled={annotationIds.length === 0 || allThere}
        onClick={() => (chosen ? void actions.addPassages(chosen, annotationIds) : setCreating(true))}
      >
        {buttonLabel}
      </button>
      {allThere && <span className="add-to-dossier-state">{annotationIds.length === 1 ? 'In this dossier' : 'All in this dossier'}</span>}
      {creating && (
        <NewDossierDialog
          onClose={() => setCreating(false)}
          onCreate={(fields) => {
            setCreating(false);
            setWantsNew(false);
            void actions.create(fields).then((dossier) => dossier && actions.addPassages(dossier, annotationIds));
          }}
        />
      )}
    </div>
  );
}
