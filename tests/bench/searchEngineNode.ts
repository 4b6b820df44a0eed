// The engine choice measured in Node, outside the app: the analyst year indexed once with our
// documents and folding, then the 200 benchmark queries with MiniSearch's own prefix and fuzzy
// search on every term (as first measured) and with ours (docs/search.md). Run:
//   npx esbuild tests/bench/searchEngineNode.ts --bundle --platform=node --format=esm --outfile=/tmp/search-engine.mjs && node --expose-gc /tmp/search-engine.mjs
import { createLibraryIndex, putDocuments } from '../../shared/search/libraryIndex';
import { annotationDocument, articleDocument, passageDocuments } from '../../shared/search/searchDocuments';
import { searchLibrary } from '../../shared/search/searchResults';
import { indexWords } from '../../shared/search/searchTerms';
import { generateAnalystYear } from './data/analystYear';
import { SEARCH_QUERIES } from './data/searchQueries';
import { median, percentile, round } from './support/stats';

function heapMegabytes(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function timed(run: (query: string) => unknown): string {
  const times = SEARCH_QUERIES.map((query) => {
    const started = performance.now();
    run(query);
    return performance.now() - started;
  });
  return `p50 ${round(median(times))} ms, p95 ${round(percentile(times, 0.95))} ms`;
}

async function main(): Promise<void> {
  const year = await generateAnalystYear();
  const before = heapMegabytes();
  const started = performance.now();
  const index = createLibraryIndex();
  for (const { text, ...source } of year.sources) putDocuments(index, [articleDocument(source), ...passageDocuments(source.id, text ?? '')]);
  putDocuments(index, year.annotations.map(annotationDocument));
  const buildMs = performance.now() - started;
  console.log(`build: ${index.numberOf.size} documents in ${round(buildMs)} ms, heap +${round(heapMegabytes() - before)} MB`);
  const everything = { prefix: true, fuzzy: 0.2, combineWith: 'AND' as const, boost: { title: 3, names: 2, tags: 2, text: 1 } };
  console.log(`MiniSearch, prefix and fuzzy 0.2 on every term: ${timed((query) => index.engine.search(indexWords(query).join(' '), everything))}`);
  const ours = { engineMs: 0 };
  console.log(`ours, whole answer (engine, ranking, phrases, groups, snippets): ${timed((query) => Object.assign(ours, { engineMs: searchLibrary(index, query).engineMs }))}`);
  const engineTimes = SEARCH_QUERIES.map((query) => searchLibrary(index, query).engineMs);
  console.log(`ours, the engine's part: p50 ${round(median(engineTimes))} ms, p95 ${round(percentile(engineTimes, 0.95))} ms`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
