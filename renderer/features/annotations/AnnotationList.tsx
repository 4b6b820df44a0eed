// The open article's annotations in text order, filtered by kind and actor; orphans apart,
// each ready to be re-attached to a new selection. Only the rows near the visible part of the
// pane are rendered, so thousands of annotations cost what a few dozen do.
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ANNOTATION_KINDS, type Annotation, type AnnotationKind } from '../../../shared/model';
import { AnchorBadge } from '../common/AnchorBadge';
import { KIND_LABELS, shortQuote } from '../common/kinds';
import { scrollParentOf } from '../../ui/scrollParent';
import { useRowWindow } from '../../ui/useRowWindow';
import { AddToDossier } from '../common/addToDossier';
import './annotationList.css';
import { joinIsolated } from '../../../shared/text/bidiIsolation';
import { formatPreciseDate } from '../../../shared/text/dateDisplay';
import { IsolatedText } from '../../ui/IsolatedText';

interface AnnotationListProps {
  readonly annotations: readonly Annotation[];
  /** The article's language, for the quotes (empty or absent when unknown). */
  readonly lang?: string;
  readonly selectedId: string | null;
  readonly hasTextSelection: boolean;
  readonly onChoose: (annotation: Annotation) => void;
  readonly onReattach: (annotation: Annotation) => void;
  /** The version of the article an annotation belongs to ("version 1"), when it has several. */
  readonly versionOf?: (annotation: Annotation) => string | undefined;
}

function summary(annotation: Annotation): string {
  return joinIsolated([annotation.actor || 'no actor', formatPreciseDate(annotation.eventDate) || 'no date'], ' · ');
}

/** Before the first row is measured; rows are styled to one height (see annotationList.css). */
const ESTIMATED_ROW_HEIGHT = 68;
const PAGE_ROWS = 10;

export function AnnotationList({ annotations, lang, selectedId, hasTextSelection, onChoose, onReattach, versionOf }: AnnotationListProps): ReactNode {
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
  const orphans = useMemo(() => annotations.filter((a) => a.anchor.state === 'orphan'), [annotations]);
  const list = useRef<HTMLUListElement>(null);
  const { first, last, rowHeight } = useRowWindow(list, anchored.length, ESTIMATED_ROW_HEIGHT);
  const pendingFocus = useRef<number | null>(null);

  // Arrow keys walk the whole list, rendering and scrolling to rows that were off screen.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const button = list.current?.querySelector<HTMLButtonElement>(`[data-row="${index}"]`);
    if (!button) return;
    pendingFocus.current = null;
    button.focus({ preventScroll: true });
    button.scrollIntoView({ block: 'nearest' });
  });
  const moveFocus = (event: KeyboardEvent<HTMLUListElement>): void => {
    const from = Number((event.target as HTMLElement).dataset.row);
    if (!Number.isInteger(from)) return;
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_ROWS, PageUp: -PAGE_ROWS, Home: -from, End: anchored.length };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const to = Math.max(0, Math.min(anchored.length - 1, from + step));
    const element = list.current;
    const scroller = element ? scrollParentOf(element) : null;
    if (element && scroller) {
      const rowTop = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + to * rowHeight;
      if (rowTop < 0) scroller.scrollTop += rowTop;
      else if (rowTop + rowHeight > scroller.clientHeight) scroller.scrollTop += rowTop + rowHeight - scroller.clientHeight;
    }
    pendingFocus.current = to;
    // Rendered already: focus now; otherwise the layout effect focuses it after the next render.
    const button = element?.querySelector<HTMLButtonElement>(`[data-row="${to}"]`);
    if (button) {
      pendingFocus.current = null;
      button.focus({ preventScroll: true });
    }
  };

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
          {/* The filters choose which annotations; this adds every one shown, in text order. */}
          <AddToDossier
            annotationIds={anchored.map((a) => a.id)}
            buttonLabel={anchored.length === 1 ? 'Add the one shown' : `Add all ${anchored.length} shown`}
            groupLabel="Add shown annotations to dossier"
          />
          <ul
            ref={list}
            className="annotation-items"
            aria-label="Annotations"
            style={{ paddingTop: first * rowHeight, paddingBottom: (anchored.length - last) * rowHeight }}
            onKeyDown={moveFocus}
          >
            {anchored.slice(first, last).map((a, offset) => (
              <li key={a.id} className={a.id === selectedId ? 'selected' : undefined} aria-setsize={anchored.length} aria-posinset={first + offset + 1}>
                <button
                  type="button"
                  className={`annotation-item kind-${a.kind}`}
                  data-row={first + offset}
                  aria-current={a.id === selectedId ? 'true' : undefined}
                  onClick={() => onChoose(a)}
                >
                  <span className="annotation-item-head">
                    <span className="kind-tag">
                      <span className="kind-icon" aria-hidden="true" />
                      {KIND_LABELS[a.kind]}
                    </span>
                    {a.anchor.state !== 'exact' && <AnchorBadge anchor={a.anchor} />}
                    {versionOf?.(a) && <span className="annotation-version">{versionOf(a)}</span>}
                  </span>
                  <span className="annotation-quote" dir="auto">
                    “<bdi lang={lang || undefined}>{shortQuote(a.quote.exact)}</bdi>”
                  </span>
                  <span className="annotation-summary">
                    <IsolatedText text={summary(a)} />
                  </span>
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
                  {KIND_LABELS[a.kind]}: “<bdi>{shortQuote(a.quote.exact)}</bdi>”
                  {versionOf?.(a) && ` (${versionOf(a)})`}
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
