// "Add to dossier" for a whole article in the library: every annotation it has, in text order.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { db } from '../../db/database';
import { AddToDossier } from '../common/addToDossier';

export function ArticleAddToDossier({ sourceId }: { readonly sourceId: string }): ReactNode {
  const ids = useLiveQuery(
    async () => (await db.annotations.where('sourceId').equals(sourceId).sortBy('position.start')).map((a) => a.id),
    [sourceId],
  );
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
