// "Add to dossier" for a whole article in the library: every annotation it has, in text order.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { annotationIdsInTextOrder } from '../../db/annotations';
import { AddToDossier } from '../common/addToDossier';

export function ArticleAddToDossier({ sourceId }: { readonly sourceId: string }): ReactNode {
  const ids = useLiveQuery(() => annotationIdsInTextOrder(sourceId), [sourceId]);
  if (!ids || ids.length === 0) return null;
  return (
    <div className="library-add-to-dossier">
      <AddToDossier
        annotationIds={ids}
        buttonLabel={ids.length === 1 ? 'Add its annotation' : `Add its ${ids.length} annotations`}
        groupLabel="Add this article’s annotations to dossier"
      />
    </div>
  );
}
