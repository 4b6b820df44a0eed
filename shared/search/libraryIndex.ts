// The library's search index: MiniSearch (docs/search.md says why, with figures) over the
// documents of searchDocuments.ts, with the fold of searchTerms.ts on both sides. Runs wherever
// it is called; the app calls it in the search worker.
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { dossierDocumentIdPrefix, type SearchDocument } from './searchDocuments';
import { checkedForm, indexWords } from './searchTerms';

/** Bump when documents, fields or folding change: a stored index of another version is rebuilt. */
export const SEARCH_FORMAT_VERSION = 1;

/**
 * The engine and the documents it holds. The documents are kept beside the engine, not as its
 * stored fields: MiniSearch copies stored fields into every result, and a common word matches
 * tens of thousands of documents, of which the list shows a few dozen.
 */
export interface LibraryIndex {
  readonly engine: MiniSearch<SearchDocument>;
  readonly documents: Map<string, SearchDocument>;
  /** Each document's words as phrases are checked in (searchTerms.ts `checkedForm`), made when first asked for. */
  readonly checked: Map<string, string>;
  /**
   * Each document's group (its article or dossier) as a number: twice the group's number, plus one
   * for the group's own document (which leads it). The pass over every hit of a common word counts
   * groups with these small numbers instead of reading each hit's document.
   */
  readonly placeOf: Map<string, number>;
  /** Group keys (a source id, or `d:<dossier id>`) and kinds by number, and numbers by key. */
  readonly groupKeys: string[];
  readonly groupKinds: ('article' | 'dossier')[];
  readonly groupNumbers: Map<string, number>;
}
export type StoredDocument = SearchDocument;

/** What is kept in IndexedDB: the engine's own plain-object form and the documents. */
export interface IndexSnapshot {
  readonly engine: AsPlainObject;
  readonly documents: readonly SearchDocument[];
}

const FIELDS = ['title', 'names', 'tags', 'text'] as const;

const OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  // Folded and split in one pass (wordTokens.ts); the words arrive folded, so nothing is left to process.
  tokenize: (text) => indexWords(text),
  processTerm: (term) => term || null,
  autoVacuum: { minDirtCount: 1_000, minDirtFactor: 0.1, batchSize: 1_000, batchWait: 20 },
};

export function createLibraryIndex(): LibraryIndex {
  return { engine: new MiniSearch<SearchDocument>(OPTIONS), documents: new Map(), checked: new Map(), placeOf: new Map(), groupKeys: [], groupKinds: [], groupNumbers: new Map() };
}

/** The key of the group a document's hits are shown in: its article, or its dossier. */
export function groupKeyOf(document: SearchDocument): string {
  return document.sourceId || dossierDocumentIdPrefix(document.dossierId);
}

function notePlace(index: LibraryIndex, document: SearchDocument): void {
  const key = groupKeyOf(document);
  let group = index.groupNumbers.get(key);
  if (group === undefined) {
    group = index.groupKeys.length;
    index.groupKeys.push(key);
    index.groupKinds.push(document.sourceId ? 'article' : 'dossier');
    index.groupNumbers.set(key, group);
  }
  index.placeOf.set(document.id, group * 2 + (document.kind === 'article' || document.kind === 'dossier' ? 1 : 0));
}

export function indexSnapshot(index: LibraryIndex): IndexSnapshot {
  return { engine: index.engine.toJSON(), documents: [...index.documents.values()] };
}

export function loadLibraryIndex(snapshot: IndexSnapshot): LibraryIndex {
  const index: LibraryIndex = { ...createLibraryIndex(), engine: MiniSearch.loadJS<SearchDocument>(snapshot.engine, OPTIONS), documents: new Map(snapshot.documents.map((d) => [d.id, d])) };
  for (const document of snapshot.documents) notePlace(index, document);
  return index;
}

/** Adds the documents, replacing any with the same id. */
export function putDocuments(index: LibraryIndex, documents: readonly SearchDocument[]): void {
  for (const document of documents) {
    if (index.documents.has(document.id)) index.engine.discard(document.id);
    index.engine.add(document);
    index.documents.set(document.id, document);
    index.checked.delete(document.id);
    notePlace(index, document);
  }
}

/** Whether the index holds this very document (same id and fields): writing it again changes nothing. */
export function holdsDocument(index: LibraryIndex, document: SearchDocument): boolean {
  const held = index.documents.get(document.id);
  return held !== undefined && (Object.keys(document) as (keyof SearchDocument)[]).every((field) => held[field] === document[field]);
}

export function removeDocuments(index: LibraryIndex, ids: Iterable<string>): void {
  for (const id of ids) {
    if (!index.documents.has(id)) continue;
    index.engine.discard(id);
    index.documents.delete(id);
    index.checked.delete(id);
    index.placeOf.delete(id);
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

/** The document's words as phrases and exclusions are checked in, kept once made. */
export function checkedFormOf(index: LibraryIndex, document: SearchDocument): string {
  let checked = index.checked.get(document.id);
  if (checked === undefined) {
    checked = checkedForm(`${document.title}\n${document.names}\n${document.tags}\n${document.text}`);
    index.checked.set(document.id, checked);
  }
  return checked;
}
