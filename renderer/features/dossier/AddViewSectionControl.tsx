// "Add to dossier as a section": puts the claims table or the timeline, for the filter on screen,
// at the end of a chosen dossier as one undoable change. The section is computed when printed.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { newId, type DossierViewKind } from '../../../shared/model';
import { quotedIsolated } from '../../../shared/text/bidiIsolation';
import { listDossiersByRecent } from '../../db/dossiers';
import { useWorkbench } from '../../ui/workbenchContext';
import { itemsChange } from './dossierChanges';
import { useDossierTarget } from './dossierTarget';
import { insertItem } from './model/dossierItems';

interface AddViewSectionProps {
  readonly view: DossierViewKind;
  /** The section's heading in the dossier and the PDF. */
  readonly title: string;
  readonly filter: Readonly<Record<string, string>>;
}

export function AddViewSectionControl({ view, title, filter }: AddViewSectionProps): ReactNode {
  const dossiers = useLiveQuery(() => listDossiersByRecent(), []);
  const [target, setTarget] = useDossierTarget();
  const { perform, setStatus } = useWorkbench();
  const chosen = dossiers?.find((d) => d.id === target) ?? dossiers?.[0];
  const add = async (): Promise<void> => {
    if (!chosen) return;
    const item = { type: 'view', id: newId(), view, title, filter: { ...filter } } as const;
    if (await perform(itemsChange(chosen.id, `Add ${view} section`, (items) => insertItem(items, item)))) {
      setStatus(`Added the ${view === 'claims' ? 'claims table' : 'timeline'} to ${quotedIsolated(chosen.title)} as a section.`);
    }
  };
  return (
    <div className="add-to-dossier" role="group" aria-label="Add view to dossier">
      <select aria-label="Dossier for the section" value={chosen?.id ?? ''} disabled={!dossiers?.length} onChange={(e) => setTarget(e.target.value)}>
        {(dossiers ?? []).map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
      <button type="button" disabled={!chosen} onClick={() => void add()} title={chosen ? undefined : 'Create a dossier in the Dossiers tab first.'}>
        Add view to dossier
      </button>
    </div>
  );
}
