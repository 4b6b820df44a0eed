// The Timeline view (centre pane): every dated annotation on a zoomable time axis at its
// precision, with the articles' publication dates as a lane, lanes by actor or kind, the same
// events as a list, Add to dossier for chosen events, CSV export and "add view to dossier".
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { ANNOTATION_KINDS, type Annotation, type AnnotationKind } from '../../../shared/model';
import { eventSpan } from '../../../shared/timeline/eventSpan';
import { timelineExtent, windowInTimeOrder } from '../../../shared/timeline/packedTimeline';
import { NO_TIMELINE_FILTER, type TimelineEvent, type TimelineFilter } from '../../../shared/timeline/timelineEvents';
import { describeTimelineFilter, storedFilter } from '../../../shared/timeline/viewSections';
import { titlesOf } from '../../db/actors';
import { annotationsById } from '../../db/views';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { askViews } from '../../workers/viewsClient';
import { AddToDossier } from '../common/addToDossier';
import { KIND_LABELS } from '../common/kinds';
import { saveCsv, useViewAnswer } from '../common/viewLibrary';
import { AddViewSectionControl } from '../dossier/AddViewSectionControl';
import { TimelineCanvas } from './TimelineCanvas';
import { TimelineList } from './TimelineList';
import '../claims/claims.css';
import './timeline.css';

const NO_SELECTION: ReadonlySet<string> = new Set();
/** Events the list shows for a window. */
const LISTED = 200;

/** The list's events for the window: the first `LISTED` read by id, with their titles. */
async function listedEvents(ids: readonly string[]): Promise<{ readonly events: TimelineEvent[]; readonly titles: ReadonlyMap<string, string> }> {
  const annotations = await annotationsById(ids);
  const events = annotations.flatMap((annotation): TimelineEvent[] => {
    const span = eventSpan(annotation.eventDate);
    return span ? [{ id: annotation.id, annotation, span, lane: '' }] : [];
  });
  return { events, titles: await titlesOf(annotations.map((a) => a.sourceId)) };
}

export function TimelineView({ onFollow }: { readonly onFollow: (annotation: Annotation) => void }): ReactNode {
  const { notify } = useWorkbench();
  const [filter, setFilter] = useState<TimelineFilter>(NO_TIMELINE_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(NO_SELECTION);
  const [timeWindow, setTimeWindow] = useState<readonly [number, number] | null>(null);
  // The worker packs the dated events (columns and distinct boxes); the window draws and lists them.
  const query = useMemo(() => ({ view: 'timeline' as const, filter }), [filter]);
  const { answer } = useViewAnswer(query, JSON.stringify(filter));
  const whole = answer?.complete === true;
  const packed = answer?.packed;
  const layout = useMemo(
    () => (packed ? { packed, laneNames: packed.lanes.map((lane) => (filter.lanes === 'kind' ? KIND_LABELS[lane.name as AnnotationKind] : lane.name)) } : null),
    [packed, filter.lanes],
  );
  const extent = useMemo(() => (packed ? timelineExtent(packed) : ([0, 1] as const)), [packed]);
  // Only a choice needs ids looked up: no map of every event while nothing is chosen.
  const chosenIndexes = useMemo(() => {
    if (!packed || selected.size === 0) return [];
    return packed.ids.flatMap((id, i) => (selected.has(id) ? [i] : []));
  }, [selected, packed]);
  const inWindow = useMemo(() => {
    if (!packed) return { ids: [] as string[], count: 0 };
    const [from, to] = timeWindow ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    const { indexes, count } = windowInTimeOrder(packed, from, to, LISTED);
    return { ids: indexes.map((i) => packed.ids[i] ?? ''), count };
  }, [packed, timeWindow]);
  const listed = useLiveQuery(() => listedEvents(inWindow.ids), [inWindow]);
  const lastChosenId = [...selected].at(-1);
  const lastChosen = useLiveQuery(async () => (lastChosenId ? (await annotationsById([lastChosenId]))[0] : undefined), [lastChosenId]);
  const onWindow = useCallback((from: number, to: number) => setTimeWindow((current) => (current && current[0] === from && current[1] === to ? current : [from, to])), []);
  const toggle = useCallback((id: string, keep = true) => {
    setSelected((current) => {
      const next = new Set(keep ? current : []);
      if (current.has(id) && keep) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const set = (changes: Partial<TimelineFilter>): void => setFilter({ ...filter, ...changes });
  const described = describeTimelineFilter(filter);
  const chosen = [...selected];
  const eventCount = packed?.ids.length ?? 0;
  const titleOf = (sourceId: string): string => listed?.titles.get(sourceId) ?? '';

  if (!packed || !layout) return <p className="empty-inline view-loading">Reading the library…</p>;
  const exportCsv = (): void =>
    void askViews({ ask: 'timelineCsv', filter })
      .then((reply) => saveCsv(`Timeline - ${described}`, 'csv' in reply ? reply.csv : ''))
      .catch((error: unknown) => notify({ tone: 'error', message: `The CSV could not be saved: ${errorMessage(error)}` }));
  return (
    <main className="pane view-pane timeline-view" aria-labelledby="timeline-view-heading">
      <header className="view-header">
        <h2 id="timeline-view-heading">Timeline</h2>
        <span role="status">{whole ? `${eventCount.toLocaleString('en')} dated annotations` : `Reading all annotations: ${eventCount.toLocaleString('en')} dated so far…`}</span>
        <span className="toolbar-spacer" />
        <button type="button" onClick={exportCsv} disabled={!whole}>
          Export CSV
        </button>
        <AddViewSectionControl view="timeline" title={`Timeline: ${described}`} filter={storedFilter(filter)} />
      </header>
      <form className="view-filters" aria-label="Filter timeline" onSubmit={(e) => e.preventDefault()}>
        <label>
          Lanes
          <select value={filter.lanes} onChange={(e) => set({ lanes: e.target.value === 'actor' ? 'actor' : 'kind' })}>
            <option value="kind">By kind</option>
            <option value="actor">By actor</option>
          </select>
        </label>
        <label>
          Kind
          <select value={filter.kind} onChange={(e) => set({ kind: (ANNOTATION_KINDS as readonly string[]).includes(e.target.value) ? (e.target.value as AnnotationKind) : '' })}>
            <option value="">Any kind</option>
            {ANNOTATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Actor
          <input list="timeline-actors" value={filter.actor} onChange={(e) => set({ actor: e.target.value })} />
        </label>
        <label>
          Tag
          <input value={filter.tag} onChange={(e) => set({ tag: e.target.value })} />
        </label>
        <label>
          From
          <input type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          To
          <input type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <datalist id="timeline-actors">
          {answer.actors.map((actor) => (
            <option key={actor} value={actor} />
          ))}
        </datalist>
      </form>
      <p className="view-hint">
        A day is a point, a month or a year a bar across it, an approximate date a pale bar with a dashed edge. Click an event to choose it (Ctrl+click for more).
      </p>
      <TimelineCanvas layout={layout} extent={extent} chosen={chosenIndexes} onPick={(index, add) => toggle(packed.ids[index] ?? '', add)} onWindow={onWindow} />
      {chosen.length > 0 && (
        <div className="timeline-chosen" role="group" aria-label="Chosen events">
          {lastChosen && (
            <p>
              Chosen: <q dir="auto">{lastChosen.quote.exact.slice(0, 200)}</q>{' '}
              <button type="button" onClick={() => onFollow(lastChosen)}>
                Go to passage
              </button>
            </p>
          )}
          <AddToDossier annotationIds={chosen} buttonLabel={chosen.length === 1 ? 'Add to dossier' : `Add ${chosen.length} chosen to dossier`} />
          <button type="button" onClick={() => setSelected(NO_SELECTION)}>
            Clear choice
          </button>
        </div>
      )}
      <TimelineList events={listed?.events ?? []} count={inWindow.count} selected={selected} onToggle={(event) => toggle(event.id)} onFollow={onFollow} titleOf={titleOf} />
    </main>
  );
}
