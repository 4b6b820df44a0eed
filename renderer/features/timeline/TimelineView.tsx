// The Timeline view (centre pane): every dated annotation on a zoomable time axis at its
// precision, with the articles' publication dates as a lane, lanes by actor or kind, the same
// events as a list, Add to dossier for chosen events, CSV export and "add view to dossier".
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { ANNOTATION_KINDS, type Annotation, type AnnotationKind } from '../../../shared/model';
import { timelineCsv } from '../../../shared/timeline/timelineCsv';
import { NO_TIMELINE_FILTER, publicationEvents, timelineEvents, timelineLanes, type LaneGrouping, type TimelineEvent, type TimelineFilter } from '../../../shared/timeline/timelineEvents';
import { describeTimelineFilter, storedFilter } from '../../../shared/timeline/viewSections';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { AddToDossier } from '../common/addToDossier';
import { KIND_LABELS } from '../common/kinds';
import { saveCsv, useProgressiveLibrary, useSourceTitles } from '../common/viewLibrary';
import { AddViewSectionControl } from '../dossier/AddViewSectionControl';
import type { LaneData } from './timelineDrawing';
import { TimelineCanvas } from './TimelineCanvas';
import { TimelineList } from './TimelineList';
import '../claims/claims.css';
import './timeline.css';

const DAY = 86_400_000;
const NO_SELECTION: ReadonlySet<string> = new Set();
/** Annotations drawn while the whole library is read. */
const FIRST_PART = { claims: 0, annotations: 3000 } as const;

function lanesOf(events: readonly TimelineEvent[], grouping: LaneGrouping): LaneData[] {
  const byLane = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const list = byLane.get(event.lane);
    if (list) list.push(event);
    else byLane.set(event.lane, [event]);
  }
  return timelineLanes(events, grouping).map((name) => {
    const laneEvents = byLane.get(name) ?? [];
    const longest = laneEvents.reduce((max, e) => Math.max(max, e.span.end - e.span.start), DAY);
    return { name: grouping === 'kind' ? KIND_LABELS[name as AnnotationKind] : name, events: laneEvents, longest };
  });
}

export function TimelineView({ onFollow }: { readonly onFollow: (annotation: Annotation) => void }): ReactNode {
  const { whole, part } = useProgressiveLibrary(FIRST_PART);
  const library = whole ?? part?.library;
  const { notify } = useWorkbench();
  const titleOf = useSourceTitles(library);
  const [filter, setFilter] = useState<TimelineFilter>(NO_TIMELINE_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(NO_SELECTION);
  const [timeWindow, setTimeWindow] = useState<readonly [number, number] | null>(null);
  const events = useMemo(() => (library ? timelineEvents(library.annotations, filter) : []), [library, filter]);
  const publications = useMemo(() => (library ? publicationEvents(library.sources, filter) : []), [library, filter]);
  const layout = useMemo(() => ({ lanes: lanesOf(events, filter.lanes), publications }), [events, publications, filter.lanes]);
  const extent = useMemo((): readonly [number, number] => {
    const starts = [...(events[0] ? [events[0].span.start] : []), ...(publications[0] ? [publications[0].span.start] : [])];
    const ends = [...events.map((e) => e.span.end), ...(publications.at(-1) ? [publications.at(-1)?.span.end ?? 0] : [])];
    if (starts.length === 0) return [Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)];
    const from = Math.min(...starts);
    const to = ends.reduce((max, end) => Math.max(max, end), from + DAY);
    const margin = (to - from) * 0.02;
    return [from - margin, to + margin];
  }, [events, publications]);
  const inWindow = useMemo(() => (timeWindow ? events.filter((e) => e.span.end > timeWindow[0] && e.span.start < timeWindow[1]) : events), [events, timeWindow]);
  const onWindow = useCallback((from: number, to: number) => setTimeWindow((current) => (current && current[0] === from && current[1] === to ? current : [from, to])), []);
  const toggle = useCallback((event: TimelineEvent, keep = true) => {
    setSelected((current) => {
      const next = new Set(keep ? current : []);
      if (current.has(event.id) && keep) next.delete(event.id);
      else next.add(event.id);
      return next;
    });
  }, []);
  const set = (changes: Partial<TimelineFilter>): void => setFilter({ ...filter, ...changes });
  const actors = useMemo(() => [...new Set((library?.annotations ?? []).map((a) => a.actor).filter(Boolean))].sort((a, b) => a.localeCompare(b)), [library]);
  const described = describeTimelineFilter(filter);
  const chosen = events.filter((e) => selected.has(e.id));
  const last = chosen.at(-1);

  if (!library) return <p className="empty-inline view-loading">Reading the library…</p>;
  const exportCsv = (): void =>
    void saveCsv(`Timeline - ${described}`, timelineCsv(events, titleOf)).catch((error: unknown) => notify({ tone: 'error', message: `The CSV could not be saved: ${errorMessage(error)}` }));
  return (
    <main className="pane view-pane timeline-view" aria-labelledby="timeline-view-heading">
      <header className="view-header">
        <h2 id="timeline-view-heading">Timeline</h2>
        <span role="status">{whole ? `${events.length.toLocaleString('en')} dated annotations` : `Reading all annotations: ${events.length.toLocaleString('en')} dated so far…`}</span>
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
          {actors.map((actor) => (
            <option key={actor} value={actor} />
          ))}
        </datalist>
      </form>
      <p className="view-hint">
        A day is a point, a month or a year a bar across it, an approximate date a pale bar with a dashed edge. Click an event to choose it (Ctrl+click for more).
      </p>
      <TimelineCanvas layout={layout} extent={extent} selected={selected} onPick={(event, add) => toggle(event, add)} onWindow={onWindow} />
      {chosen.length > 0 && (
        <div className="timeline-chosen" role="group" aria-label="Chosen events">
          {last && (
            <p>
              Chosen: <q dir="auto">{last.annotation.quote.exact.slice(0, 200)}</q>{' '}
              <button type="button" onClick={() => onFollow(last.annotation)}>
                Go to passage
              </button>
            </p>
          )}
          <AddToDossier annotationIds={chosen.map((e) => e.id)} buttonLabel={chosen.length === 1 ? 'Add to dossier' : `Add ${chosen.length} chosen to dossier`} />
          <button type="button" onClick={() => setSelected(NO_SELECTION)}>
            Clear choice
          </button>
        </div>
      )}
      <TimelineList events={inWindow} selected={selected} onToggle={(event) => toggle(event)} onFollow={onFollow} titleOf={titleOf} />
    </main>
  );
}
