// The open article's annotations in text order, filtered by kind and actor; orphans apart,
// each ready to be re-attached to a new selection.
import { useMemo, useState, type ReactNode } from 'react';
import { ANNOTATION_KINDS, type Annotation, type AnnotationKind } from '../../../shared/model';
import { AnchorBadge } from './AnchorBadge';
import { KIND_LABELS, shortQuote } from './kinds';

interface AnnotationListProps {
  readonly annotations: readonly Annotation[];
  readonly selectedId: string | null;
  readonly hasTextSelection: boolean;
  readonly onChoose: (annotation: Annotation) => void;
  readonly onReattach: (annotation: Annotation) => void;
}

function summary(annotation: Annotation): string {
  return [annotation.actor || 'no actor', annotation.eventDate.value || 'no date'].join(' · ');
}

export function AnnotationList({ annotations, selectedId, hasTextSelection, onChoose, onReattach }: AnnotationListProps): ReactNode {
  const [kind, setKind] = useState<AnnotationKind | ''>('');
  const [actor, setActor] = useState('');
  const actors = useMemo(() => [...new Set(annotations.map((a) => a.actor).filter(Boolean))].sort(), [annotations]);
  const anchored = useMemo(
    () =>
      annotations
        .filter((a) => a.anchor.state !== 'orphan' && (!kind || a.kind === kind) && (!actor || a.actor === actor))
        .sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end),
    [annotations, kind, actor],
  );
  const orphans = annotations.filter((a) => a.anchor.state === 'orphan');

  return (
    <section className="annotation-list" aria-labelledby="annotations-heading">
      <h3 id="annotations-heading">Annotations ({annotations.length})</h3>
      {annotations.length === 0 ? (
        <p className="empty-inline">No annotations yet. Select text in the article and press C, D or A.</p>
      ) : (
        <>
          <div className="list-filters">
            <label>
              Kind
              <select value={kind} onChange={(e) => setKind(e.target.value as AnnotationKind | '')}>
                <option value="">All kinds</option>
                {ANNOTATION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Actor
              <select value={actor} onChange={(e) => setActor(e.target.value)}>
                <option value="">All actors</option>
                {actors.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <ul className="annotation-items" aria-label="Annotations">
            {anchored.map((a) => (
              <li key={a.id} className={a.id === selectedId ? 'selected' : undefined}>
                <button type="button" className={`annotation-item kind-${a.kind}`} aria-current={a.id === selectedId ? 'true' : undefined} onClick={() => onChoose(a)}>
                  <span className="kind-tag">
                    <span className="kind-icon" aria-hidden="true" />
                    {KIND_LABELS[a.kind]}
                  </span>
                  <span className="annotation-quote" dir="auto">
                    “{shortQuote(a.quote.exact)}”
                  </span>
                  <span className="annotation-summary">{summary(a)}</span>
                  {a.anchor.state !== 'exact' && <AnchorBadge anchor={a.anchor} />}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-heading" className="orphans">
          <h3 id="orphans-heading">Orphaned annotations ({orphans.length})</h3>
          <p className="empty-inline">Their passage is no longer in the text. Select the right text in the article, then re-attach.</p>
          <ul aria-label="Orphaned annotations">
            {orphans.map((a) => (
              <li key={a.id}>
                <span dir="auto">
                  {KIND_LABELS[a.kind]}: “{shortQuote(a.quote.exact)}”
                </span>
                <button type="button" onClick={() => onChoose(a)}>
                  Open
                </button>
                <button type="button" disabled={!hasTextSelection} onClick={() => onReattach(a)}>
                  Re-attach to selection
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
