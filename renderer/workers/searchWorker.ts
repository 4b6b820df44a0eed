// Entry of the search worker: holds the library's index for the life of the window, answers
// queries, and follows every write to the library through Dexie's cross-context change notices,
// whoever made it. Started by searchClient.ts.
import Dexie from 'dexie';
import type { StoredDocument } from '../../shared/search/libraryIndex';
import { db } from '../db/database';
import { SearchIndexer } from './searchIndexer';
import type { SearchReply, SearchRequest } from './searchMessages';
import { changedSearchKeys } from './storageChanges';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const indexer = new SearchIndexer(
  db,
  (status) => scope.postMessage({ type: 'status', status }),
  () => scope.postMessage({ type: 'updated' }),
);

Dexie.on('storagemutated', (parts: Readonly<Record<string, unknown>>) => {
  const changes = changedSearchKeys(parts, db.name);
  if (changes) void indexer.update(changes).catch(() => undefined);
});

let restriction: ReadonlySet<string> | null = null;
const keepRestricted = (document: StoredDocument): boolean => document.kind === 'annotation' && (restriction?.has(document.annotationId) ?? true);

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'restrict') restriction = request.annotationIds ? new Set(request.annotationIds) : null;
  else if (request.type === 'rebuild') void indexer.rebuild().catch(() => undefined);
  else if (request.type === 'refresh') void indexer.update('all').catch(() => undefined);
  else {
    const started = performance.now();
    const outcome = indexer.search(request.query, request.limits, restriction ? keepRestricted : undefined);
    const totalMs = performance.now() - started;
    scope.postMessage({ type: 'results', id: request.id, outcome, engineMs: outcome.engineMs, totalMs });
  }
};

void indexer.start().catch(() => undefined);
