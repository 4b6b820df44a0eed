// The right-hand pane: details of what is selected (for now, the open article).
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import type { SourceMetadata } from '../../../shared/model';
import { db, type SourceRecord } from '../../db/database';
import { SourceDetailsForm } from './SourceDetailsForm';

interface DetailsPaneProps {
  readonly sourceId: string | null;
  readonly onSave: (source: SourceRecord, metadata: SourceMetadata) => Promise<void>;
  readonly onDeleteRequest: (source: SourceRecord) => void;
}

export function DetailsPane({ sourceId, onSave, onDeleteRequest }: DetailsPaneProps): ReactNode {
  const source = useLiveQuery(async () => (sourceId ? ((await db.sources.get(sourceId)) ?? null) : null), [sourceId]);
  return (
    <aside className="pane details-pane" aria-labelledby="details-heading">
      <div className="pane-header">
        <h2 id="details-heading">Details</h2>
      </div>
      {source ? (
        <SourceDetailsForm
          key={`${source.id}:${source.updatedAt}`}
          source={source}
          onSave={(metadata) => onSave(source, metadata)}
          onDelete={() => onDeleteRequest(source)}
        />
      ) : (
        <p className="empty">Open an article to see and edit its details.</p>
      )}
    </aside>
  );
}
