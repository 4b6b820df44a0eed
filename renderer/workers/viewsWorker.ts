// Entry of the views worker: one read of the library shared by the Actors, Claims and Timeline
// views, kept up to date from Dexie's cross-context change notices; each watching view gets only
// what it paints, again after every change. Started by viewsClient.ts with the window, when it
// takes in the tabs' first answers ahead (viewsFirstAnswers.ts), so a first visit paints at once.
import Dexie from 'dexie';
import { NO_CLAIM_FILTER } from '../../shared/claims/claimFilter';
import { NO_TIMELINE_FILTER } from '../../shared/timeline/timelineEvents';
import { db } from '../db/database';
import { answerQuestion, fullAnswer } from './viewAnswers';
import { changedViewKeys } from './viewsChanges';
import { FIRST_CLAIMS_QUERY, viewQueryKey, type ViewAnswer, type ViewQuery, type ViewsReply, type ViewsRequest } from './viewsMessages';
import { FirstAnswers } from './viewsFirstAnswers';
import { ViewsStore } from './viewsStore';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ViewsRequest>) => void) | null;
  postMessage(message: ViewsReply, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const store = new ViewsStore(db);
const watches = new Map<number, ViewQuery>();

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The typed arrays of a timeline answer cross without a copy. */
function transferablesOf(answer: ViewAnswer): Transferable[] {
  if (answer.view !== 'timeline') return [];
  const { events, glyphs, byStart, publications } = answer.packed;
  return [events.start, events.end, events.code, events.row, glyphs.start, glyphs.end, glyphs.code, glyphs.row, byStart, publications].map((a) => a.buffer);
}

function post(id: number, answer: ViewAnswer): void {
  if (!watches.has(id)) return;
  // A memoised answer is posted again later: send copies, so its arrays stay usable here.
  const sent = answer.view === 'timeline' ? structuredClone(answer) : answer;
  scope.postMessage({ type: 'view', id, answer: sent }, transferablesOf(sent));
}

/** The views' default groupings, worked out ahead (after the read and after each change), so a tab opens on a ready answer. */
const DEFAULT_QUERIES: readonly ViewQuery[] = [{ view: 'actors' }, { view: 'claims', filter: NO_CLAIM_FILTER, limit: 0 }, { view: 'timeline', filter: NO_TIMELINE_FILTER }];
function groupAhead(): void {
  // One grouping per task: a view asked meanwhile is answered between them, not after all three.
  const queries = [...DEFAULT_QUERIES];
  const next = (): void => {
    const query = queries.shift();
    if (query) {
      fullAnswer(store, query);
      setTimeout(next, 0);
    } else first.keepSoon(() => new Map(first.aheadQueries.map((ahead) => [viewQueryKey(ahead), fullAnswer(store, ahead)])));
  };
  setTimeout(next, 0);
}

/** The tabs' first questions: answered ahead at start (from the snapshot file, else by index) and kept in the file. */
const first = new FirstAnswers(db, [FIRST_CLAIMS_QUERY, { view: 'actors' }]);
let preparing = false;
let prepareTimer: ReturnType<typeof setTimeout> | null = null;
function prepare(): void {
  preparing = true;
  first.prepare();
}
/** Changes before the library is read: the first answers are worked out again once writes pause (an import writes in many steps). */
function prepareAgainSoon(): void {
  if (!preparing) return;
  if (prepareTimer !== null) clearTimeout(prepareTimer);
  prepareTimer = setTimeout(() => {
    prepareTimer = null;
    if (!store.isLoaded) prepare();
  }, 300);
}

async function watch(id: number, query: ViewQuery): Promise<void> {
  watches.set(id, query);
  if (!store.isLoaded) {
    const answer = await first.answerTo(query);
    if (!store.isLoaded) post(id, answer);
    await store.load();
  }
  post(id, fullAnswer(store, query));
  groupAhead();
}

let answering = Promise.resolve();
Dexie.on('storagemutated', (parts: Readonly<Record<string, unknown>>) => {
  const changes = changedViewKeys(parts, db.name);
  if (!changes) return;
  first.changed();
  if (!store.isLoaded) prepareAgainSoon();
  // One change at a time, in order; every watching view is answered after each.
  answering = answering
    .then(async () => {
      if (!(await store.apply(changes))) return;
      for (const [id, query] of watches) post(id, fullAnswer(store, query));
      groupAhead();
    })
    .catch(() => undefined);
});

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'prepare') prepare();
  else if (request.type === 'unwatch') watches.delete(request.id);
  else if (request.type === 'watch') void watch(request.id, request.query).catch((error: unknown) => scope.postMessage({ type: 'failed', id: request.id, message: errorText(error) }));
  else {
    void store
      .load()
      .then(() => scope.postMessage({ type: 'answer', id: request.id, answer: answerQuestion(store, request.question) }))
      .catch((error: unknown) => scope.postMessage({ type: 'failed', id: request.id, message: errorText(error) }));
  }
};
