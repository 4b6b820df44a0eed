// The dossier's passages grouped by kind, actor or event date: a reading view (order is changed
// in the composed view), with passage numbers kept from the composed order.
import { useMemo, type ReactNode } from 'react';
import type { Annotation } from '../../../../shared/model';
import type { DossierEntry } from '../model/dossierEntries';
import { groupPassages, type GroupedView } from '../model/dossierViews';
import { PassageCard } from './PassageCard';

interface GroupedListProps {
  readonly entries: readonly DossierEntry[];
  readonly view: GroupedView;
  readonly selectedAnnotationId: string | null;
  readonly onSelectAnnotation: (id: string) => void;
  readonly onShowInArticle: (annotation: Annotation) => void;
}

export function GroupedList({ entries, view, selectedAnnotationId, onSelectAnnotation, onShowInArticle }: GroupedListProps): ReactNode {
  const groups = useMemo(() => groupPassages(entries, view), [entries, view]);
  if (groups.length === 0) return <p className="empty">No passages to group yet.</p>;
  return (
    <div className="dossier-groups">
      <p className="empty-inline">Narrative sections show in the composed view; reorder passages there.</p>
      {groups.map((group, index) => (
        <section key={group.key} className="dossier-group" aria-labelledby={`dossier-group-${index}`}>
          <h3 id={`dossier-group-${index}`} dir="auto">
            {group.heading} ({group.passages.length})
          </h3>
          <ul className="dossier-items" aria-label={group.heading}>
            {group.passages.map((entry) => (
              <li key={entry.item.id} className="dossier-item">
                <PassageCard
                  entry={entry}
                  selected={entry.annotation.id === selectedAnnotationId}
                  onCommentary={null}
                  onEdit={(annotation) => onSelectAnnotation(annotation.id)}
                  onShowInArticle={onShowInArticle}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
