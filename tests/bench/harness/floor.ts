// The floor no import can beat: the records an import of the shared file stores, written with
// bare Dexie bulkPut calls (one transaction, as the import does) into a fresh database with the
// workbench's schema. Only the writes are timed; decoding and planning happen first.
import { parseExchangeText, planMerge, type LibrarySource } from '../../../shared/exchange';
import { WorkbenchDatabase, type SourceRecord } from '../../../renderer/db/database';
import type { FloorInput, FloorResult } from './floorContract';

function toRecord({ text: _text, origin, ...metadata }: LibrarySource): SourceRecord {
  return { ...metadata, origin: origin ?? 'shared' };
}

async function run(input: FloorInput): Promise<FloorResult> {
  const parsed = await parseExchangeText(input.text);
  if (!parsed.ok) throw new Error(`the shared file does not parse: ${parsed.problems[0]?.message}`);
  const empty = { sources: [], annotations: [], links: [], dossiers: [], conflicts: [] };
  const { changes } = planMerge(empty, parsed.content, { fileName: input.fileName, now: new Date().toISOString(), localAnalyst: 'Bench' });
  const sources = changes.sourcesToPut.map(toRecord);
  const texts = changes.sourcesToPut.flatMap((s) => (s.text ? [{ id: s.id, text: s.text }] : []));
  const annotations = [...changes.annotationsToPut];
  const runs: number[] = [];
  for (let i = 0; i < input.runs; i += 1) {
    const database = new WorkbenchDatabase(`bench-floor-${i}-${Date.now()}`);
    await database.open();
    const started = performance.now();
    await database.transaction('rw', [database.sources, database.sourceTexts, database.annotations], async () => {
      await database.sources.bulkPut(sources);
      await database.sourceTexts.bulkPut(texts);
      await database.annotations.bulkPut(annotations);
    });
    runs.push(performance.now() - started);
    await database.delete();
  }
  // For comparison, the same writes straight through IndexedDB: what Dexie itself adds.
  const rawRuns: number[] = [];
  for (let i = 0; i < input.runs; i += 1) {
    const database = new WorkbenchDatabase(`bench-floor-raw-${i}-${Date.now()}`);
    await database.open();
    const backend = database.backendDB();
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const transaction = backend.transaction(['sources', 'sourceTexts', 'annotations'], 'readwrite');
      for (const source of sources) transaction.objectStore('sources').put(source);
      for (const text of texts) transaction.objectStore('sourceTexts').put(text);
      for (const annotation of annotations) transaction.objectStore('annotations').put(annotation);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    rawRuns.push(performance.now() - started);
    await database.delete();
  }
  return { runs, rawRuns, sources: sources.length, annotations: annotations.length };
}

window.floorBench = { run };
