// The views worker's answers: each view's query answered from the store once it has read the
// library, or, before that, from a first part read through the indexes (counts for the Actors
// tab, the first claims, the first annotations) so the view paints while the rest is read.
import { actorOverview } from '../../shared/actors/actorOverview';
import { tallyNames } from '../../shared/actors/actorTable';
import { claimsCsv } from '../../shared/claims/claimsCsv';
import { claimsPage } from '../../shared/claims/claimsPage';
import { filterClaimRows } from '../../shared/claims/claimFilter';
import { buildClaimRows, type ClaimRow } from '../../shared/claims/claimStatus';
import { suggestAnswers } from '../../shared/claims/claimSuggestions';
import type { Annotation } from '../../shared/model';
import { packTimeline } from '../../shared/timeline/packedTimeline';
import { timelineCsv } from '../../shared/timeline/timelineCsv';
import { NO_TIMELINE_FILTER, publicationEvents, timelineEvents, timelineLanes, type TimelineFilter } from '../../shared/timeline/timelineEvents';
import { loadActorRecords, loadNameTallies } from '../db/actors';
import type { SourceRecord, WorkbenchDatabase } from '../db/database';
import { loadFirstPart } from '../db/views';
import type { QuestionAnswer, ViewAnswer, ViewQuery, ViewQuestion } from './viewsMessages';
import type { ViewsStore } from './viewsStore';

/** Annotations drawn on the timeline while the whole library is read. */
const TIMELINE_FIRST_PART = 3000;

function claimRowsOf(store: ViewsStore): readonly ClaimRow[] {
  return store.derived('claimRows', ['annotations', 'links'], '', () => buildClaimRows(store.annotations, store.links));
}

function pageTitles(rows: readonly ClaimRow[], titleOf: (id: string) => string): [string, string][] {
  const ids = new Set(rows.flatMap((r) => [r.claim.sourceId, ...r.answers.map((a) => a.answer.sourceId)]));
  return [...ids].map((id) => [id, titleOf(id)]);
}

function timelineAnswer(annotations: readonly Annotation[], sources: readonly SourceRecord[], filter: TimelineFilter, complete: boolean): ViewAnswer {
  const events = timelineEvents(annotations, filter);
  const publications = publicationEvents(sources, filter).map((p) => p.span.start);
  const actors = [...new Set(annotations.map((a) => a.actor).filter(Boolean))].sort((a, b) => a.localeCompare(b));
  return { view: 'timeline', packed: packTimeline(events, timelineLanes(events, filter.lanes), publications), actors, complete };
}

/** The answer from the whole library, read. */
export function fullAnswer(store: ViewsStore, query: ViewQuery): ViewAnswer {
  if (query.view === 'actors') {
    const tallies = store.derived('tallies', ['annotations'], '', () => tallyNames(store.annotations));
    const overview = store.derived('actorOverview', ['annotations', 'actors', 'aliasDismissals'], '', () => actorOverview(tallies, store.actors, store.dismissed));
    return { view: 'actors', overview, records: store.actors, complete: true };
  }
  if (query.view === 'claims') {
    const page = claimsPage(claimRowsOf(store), query.filter, query.limit);
    return { view: 'claims', page, titles: pageTitles(page.rows, (id) => store.titleOf(id)), complete: true };
  }
  // The unfiltered timeline keeps its own slot: a filter the analyst tries does not push it out.
  const filterKey = JSON.stringify(query.filter);
  const slot = filterKey === JSON.stringify(NO_TIMELINE_FILTER) ? 'timeline' : 'filteredTimeline';
  return store.derived(slot, ['annotations', 'sources'], filterKey, () => timelineAnswer(store.annotations, store.sources, query.filter, true));
}

/** A first answer read straight from the database, for a view asked before the store is read. */
export async function firstAnswer(database: WorkbenchDatabase, query: ViewQuery): Promise<ViewAnswer> {
  if (query.view === 'actors') {
    const [tallies, records] = await Promise.all([loadNameTallies(database), loadActorRecords(database)]);
    return { view: 'actors', overview: actorOverview(tallies, records.actors, records.dismissed), records: records.actors, complete: false };
  }
  if (query.view === 'claims') {
    const part = await loadFirstPart({ claims: query.limit, annotations: 0 }, database);
    const rows = buildClaimRows(part.library.annotations, part.library.links).filter((row) => part.claimIds.has(row.claim.id));
    const titles = new Map(part.library.sources.map((s) => [s.id, s.title]));
    const page = claimsPage(rows, query.filter, query.limit);
    return { view: 'claims', page, titles: pageTitles(page.rows, (id) => titles.get(id) ?? ''), complete: false };
  }
  const part = await loadFirstPart({ claims: 0, annotations: TIMELINE_FIRST_PART }, database);
  return timelineAnswer(part.library.annotations, part.library.sources, query.filter, false);
}

/** One-off questions: always from the whole library. */
export function answerQuestion(store: ViewsStore, question: ViewQuestion): QuestionAnswer {
  const titleOf = (id: string): string => store.titleOf(id);
  if (question.ask === 'claimsCsv') return { ask: 'claimsCsv', csv: claimsCsv(filterClaimRows(claimRowsOf(store), question.filter), titleOf) };
  if (question.ask === 'timelineCsv') return { ask: 'timelineCsv', csv: timelineCsv(timelineEvents(store.annotations, question.filter), titleOf) };
  const all = suggestAnswers(store.annotations, store.links, new Set(question.dismissed));
  return { ask: 'claimSuggestions', suggestions: all.slice(0, question.limit), total: all.length };
}
