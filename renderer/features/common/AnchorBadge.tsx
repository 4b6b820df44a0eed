// How well an annotation is attached to its text: exact, moved, fuzzy (with its score) or orphan.
import type { ReactNode } from 'react';
import type { Annotation } from '../../../shared/model';

export function anchorDescription(anchor: Annotation['anchor']): string {
  switch (anchor.state) {
    case 'exact':
      return 'Anchored exactly';
    case 'moved':
      return 'Moved: found elsewhere in the text';
    case 'fuzzy':
      return `Fuzzy match, ${Math.round(anchor.score * 100)}%`;
    case 'orphan':
      return 'Orphan: passage not found';
  }
}

export function AnchorBadge({ anchor }: { readonly anchor: Annotation['anchor'] }): ReactNode {
  return <span className={`anchor-badge anchor-${anchor.state}`}>{anchorDescription(anchor)}</span>;
}
