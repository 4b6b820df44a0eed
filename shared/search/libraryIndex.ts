// The library's search index: MiniSearch (docs/search.md says why, with figures) over the
// documents of searchDocuments.ts, with the fold of searchTerms.ts on both sides. Runs wherever
// it is called; the app calls it in the search worker.
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { dossierDocumentIdPrefix, type SearchDocument } from './searchDocuments';
import { checkedForm, indexWords } from './searchTerms';

/** Bump when documents, fields, folding or the snapshot's shape change: a stored index of another version is rebuilt. */
export const SEARCH_FORMAT_VERSION = 2;

/**
 * The engine and the documents it holds. The documents are kept beside the engine, not as its
 * stored fields: MiniSearch copies stored fields into every result, and a common word matches
 * tens of thousands of documents, of which the list shows a few dozen.
 *
 * The engine knows each document by a small number, not by its string id: the pass over every
 * hit of a common word (searchResults.ts) then finds each hit's group and document by array
 * index. A Map from 62,000 string ids cost half a microsecond a hit, 4 ms of a 10,000-hit query.
 */
export interface LibraryIndex {
  readonly engine: MiniSearch<SearchDocument>;
  /** The engine's number for each document id held (the index's list of documents); a document replaced keeps its number. */
  readonly numberOf: Map<string, number>;
  /** Documents by number (holes where one was removed); `documentOf` reads one by id. */
  readonly byNumber: (SearchDocument | undefined)[];
  /**
   * Each document's group (its article or dossier) as a number, by document number: twice the
   * group's number, plus one for the group's own document (which leads it); -1 for none.
   */
  readonly placeByNumber: number[];
  /** Each document's words as phrases are checked in (searchTerms.ts `checkedForm`), by number, made when first asked for. */
  readonly checkedByNumber: (string | undefined)[];
  /** Group keys (a source id, or `d:<dossier id>`) and kinds by number, and numbers by key. */
  readonly groupKeys: string[];
  readonly groupKinds: ('article' | 'dossier')[];
  readonly groupNumbers: Map<string, number>;
}
export type StoredDocument = SearchDocument;

/** What is kept in IndexedDB: the engine's own plain-object form, the documents, and each one's number in the engine. */
export interface IndexSnapshot {
  readonly engine: AsPlainObject;
  readonly documents: readonly SearchDocument[];
  readonly numbers: readonly number[];
}

const FIELDS = ['title', 'names', 'tags', 'text'] as const;

/** The engine's options; its id for a document is the number `numberOf` gives it. */
function engineOptions(numberOf: ReadonlyMap<string, number>): Options<SearchDocument> {
  return {
    idField: 'id',
    fields: [...FIELDS],
    storeFields: [],
    extractField: (document, field) => (field === 'id' ? numberOf.get(document.id) : document[field as (typeof FIELDS)[number]]),
    // Folded and split in one pass (wordTokens.ts); the words arrive folded, so nothing is left to process.
    tokenize: (text) => indexWords(text),
    processTerm: (term) => term || null,
    autoVacuum: { minDirtCount: 1_000, minDirtFactor: 0.1, batchSize: 1_000, batchWait: 20 },
  };
}

function emptyIndex(engine: (numberOf: ReadonlyMap<string, number>) => MiniSearch<SearchDocument>): LibraryIndex {
  const numberOf = new Map<string, number>();
  return { engine: engine(numberOf), numberOf, byNumber: [], placeByNumber: [], checkedByNumber: [], groupKeys: [], groupKinds: [], groupNumbers: new Map() };
}

export function createLibraryIndex(): LibraryIndex {
  return emptyIndex((numberOf) => new MiniSearch<SearchDocument>(engineOptions(numberOf)));
}

/** The key of the group a document's hits are shown in: its article, or its dossier. */
export function groupKeyOf(document: SearchDocument): string {
  return document.sourceId || dossierDocumentIdPrefix(document.dossierId);
}

function placeOf(index: LibraryIndex, document: SearchDocument): number {
  const key = groupKeyOf(document);
  let group = index.groupNumbers.get(key);
  if (group === undefined) {
    group = index.groupKeys.length;
    index.groupKeys.push(key);
    index.groupKinds.push(document.sourceId ? 'article' : 'dossier');
    index.groupNumbers.set(key, group);
  }
  return group * 2 + (document.kind === 'article' || document.kind === 'dossier' ? 1 : 0);
}

/** Files the document under `number` (the engine is the caller's to update). */
function file(index: LibraryIndex, document: SearchDocument, number: number): void {
  index.numberOf.set(document.id, number);
  while (index.byNumber.length <= number) {
    index.byNumber.push(undefined);
    index.placeByNumber.push(-1);
    index.checkedByNumber.push(undefined);
  }
  index.byNumber[number] = document;
  index.placeByNumber[number] = placeOf(index, document);
  index.checkedByNumber[number] = undefined;
}

/** The document held under `id`, if any. */
export function documentOf(index: LibraryIndex, id: string): SearchDocument | undefined {
  const number = index.numberOf.get(id);
  return number === undefined ? undefined : index.byNumber[number];
}

export function indexSnapshot(index: LibraryIndex): IndexSnapshot {
  const numbers = [...index.numberOf.values()];
  return { engine: index.engine.toJSON(), documents: numbers.map((number) => index.byNumber[number] as SearchDocument), numbers };
}

/**
 * The index saved by `indexSnapshot`. Throws when the documents and the engine's ids do not
 * match one to one (a damaged record): a hit would otherwise open another document than the one
 * that matched. The caller builds the index again.
 */
export function loadLibraryIndex(snapshot: IndexSnapshot): LibraryIndex {
  const { documents, numbers } = snapshot;
  const inEngine = new Set<unknown>(Object.values(snapshot.engine.documentIds));
  if (numbers.length !== documents.length || inEngine.size !== documents.length) {
    throw new Error(`the saved search index has ${documents.length} documents, ${numbers.length} numbers for them and ${inEngine.size} in the engine`);
  }
  const index = emptyIndex((numberOf) => MiniSearch.loadJS<SearchDocument>(snapshot.engine, engineOptions(numberOf)));
  documents.forEach((document, i) => {
    const number = numbers[i];
    if (!Number.isInteger(number) || !inEngine.has(number) || index.byNumber[number as number] !== undefined) {
      throw new Error(`the saved search index gives document ${document.id} the number ${String(number)}, which the engine does not hold once`);
    }
    file(index, document, number as number);
  });
  return index;
}

/** Adds the documents, replacing any with the same id. */
export function putDocuments(index: LibraryIndex, documents: readonly SearchDocument[]): void {
  for (const document of documents) {
    let number = index.numberOf.get(document.id);
    if (number === undefined) number = index.byNumber.length;
    else index.engine.discard(number);
    file(index, document, number);
    index.engine.add(document);
  }
}

/** Whether the index holds this very document (same id and fields): writing it again changes nothing. */
export function holdsDocument(index: LibraryIndex, document: SearchDocument): boolean {
  const held = documentOf(index, document.id);
  return held !== undefined && (Object.keys(document) as (keyof SearchDocument)[]).every((field) => held[field] === document[field]);
}

export function removeDocuments(index: LibraryIndex, ids: Iterable<string>): void {
  for (const id of ids) {
    const number = index.numberOf.get(id);
    if (number === undefined) continue;
    index.engine.discard(number);
    index.numberOf.delete(id);
    index.byNumber[number] = undefined;
    index.placeByNumber[number] = -1;
    index.checkedByNumber[number] = undefined;
  }
}

/** Typo tolerance by term length: none under 4 characters, one edit up to 7, two from 8. */
export function allowedEdits(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 8 ? 1 : 2;
}

export interface EngineQuery {
  /** Folded terms, all required; the last one also matches as a prefix unless `lastIsWhole`. */
  readonly words: readonly string[];
  /**
   * How many of the first words come from quoted phrases: those match only as written (no typo,
   * no prefix). A document that holds them only through a typo fails the phrase anyway, so the
   * engine need not look for their near spellings.
   */
  readonly quoted?: number;
  readonly lastIsWhole: boolean;
  /** Set to the milliseconds the engine's own search took (the floor the benchmark compares with). */
  readonly timing?: { engineMs: number };
}

function isExactFor(queryTerm: string, matched: readonly string[], prefix: boolean): boolean {
  for (const term of matched) if (term === queryTerm || (prefix && term.startsWith(queryTerm))) return true;
  return false;
}

/** Whether a result matched some query word only through a typo ("Masouz" for "Masoud"): such hits rank after every exact one. */
export function isNearMatch(query: EngineQuery, matched: readonly string[]): boolean {
  const lastAt = query.words.length - 1;
  const prefixed = !query.lastIsWhole;
  for (let i = 0; i <= lastAt; i += 1) if (!isExactFor(query.words[i] ?? '', matched, prefixed && i === lastAt)) return true;
  return false;
}

/**
 * The engine's own search, by score: exact, prefix and near matches together. This call is all
 * the engine does for a query, and its time is the floor the benchmark compares the answer with.
 */
export function engineResults(index: LibraryIndex, query: EngineQuery): SearchResult[] {
  if (query.words.length === 0) return [];
  const lastAt = query.words.length - 1;
  const quoted = query.quoted ?? 0;
  const started = performance.now();
  const results = index.engine.search(query.words.join(' '), {
    combineWith: 'AND',
    prefix: (_term, i) => i === lastAt && !query.lastIsWhole,
    fuzzy: (term, i) => (i < quoted ? false : allowedEdits(term)),
    maxFuzzy: 2,
    boost: { title: 3, names: 2, tags: 2, text: 1 },
    weights: { fuzzy: 0.3, prefix: 0.6 },
  });
  if (query.timing) query.timing.engineMs = performance.now() - started;
  return results;
}

/** The words of document number `number` as phrases and exclusions are checked in, kept once made. */
export function checkedFormOf(index: LibraryIndex, number: number, document: SearchDocument): string {
  let checked = index.checkedByNumber[number];
  if (checked === undefined) {
    checked = checkedForm(`${document.title}\n${document.names}\n${document.tags}\n${document.text}`);
    index.checkedByNumber[number] = checked;
  }
  return checked;
}
