// The legend of highlight kinds: each told apart by colour and by its underline style.
import type { ReactNode } from 'react';
import { ANNOTATION_KINDS } from '../../../shared/model';
import { KIND_LABELS } from './kinds';

const UNDERLINES = { claim: 'solid underline', denial: 'wavy underline', action: 'double underline' } as const;

export function KindLegend(): ReactNode {
  return (
    <ul className="kind-legend" aria-label="Highlight legend">
      {ANNOTATION_KINDS.map((kind) => (
        <li key={kind} className={`kind-${kind}`}>
          <span className="legend-swatch" aria-hidden="true">
            Abc
          </span>{' '}
          {KIND_LABELS[kind]} <span className="legend-style">({UNDERLINES[kind]})</span>
        </li>
      ))}
    </ul>
  );
}
