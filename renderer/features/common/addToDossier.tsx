// "Add to dossier" as a slot: the annotation editor, the annotation list and the library offer it
// without depending on the dossier feature, which provides the control at the composition root.
// Features stay free of import cycles, and a view that needs the control just renders this.
import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

export interface AddToDossierProps {
  readonly annotationIds: readonly string[];
  /** The button's words, such as "Add to dossier" or "Add all 3 shown". */
  readonly buttonLabel: string;
  /** Names the group for assistive technology when a view shows more than one. */
  readonly groupLabel?: string;
}

const AddToDossierContext = createContext<ComponentType<AddToDossierProps> | null>(null);

/** Set once, by the app, to the dossier feature's control. */
export const AddToDossierProvider = AddToDossierContext.Provider;

export function AddToDossier(props: AddToDossierProps): ReactNode {
  const Control = useContext(AddToDossierContext);
  return Control ? <Control {...props} /> : null;
}
