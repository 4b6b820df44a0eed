// From a query to what the results list shows: the engine's ranked hits, narrowed by quoted
// phrases and excluded words, grouped by article (or dossier), each hit with its snippet and the
// place in the article it opens at.
import type { SearchResult } from 'minisearch';
import { checkedFormOf, documentOf, engineResults, isNearMatch, type LibraryIndex, type StoredDocument } from './libraryIndex';
import { articleDocumentId, type SearchDocumentKind } from './searchDocuments';
import { phraseLookupWords } from './phraseWords';
import { parseQuery } from './queryParser';
import { phraseTest } from './searchTerms';
import { makeSnippet, type Snippet } from './snippets';

export interface SearchHitView {
  readonly id: string;
  readonly kind: SearchDocumentKind;
  readonly sourceId: string;
  readonly annotationId: string;
  readonly dossierId: string;
  readonly snippet: Snippet;
  /** Actor → target of an annotation, or publisher · author of an article. */
  readonly names: string;
  /** The stretch of the article text to scroll to and highlight; null for dossier hits. */
  readonly target: { readonly start: number; readonly end: number } | null;
  readonly near: boolean;
}

export interface SearchGroupView {
  /** The source id, or `d:<dossier id>`. */
  readonly key: string;
  readonly kind: 'article' | 'dossier';
  readonly title: string;
  /** Every hit in the group, of which `hits` are the first. */
  readonly count: number;
  readonly hits: readonly SearchHitView[];
  /**
   * Where the group stands in the answer, for merging answers of several parts of the library
   * (searchShards.ts): whether its first hit needed a typo, and that hit's score. Groups are shown
   * in the order of their first hits, exact before near.
   */
  readonly firstHit: { readonly near: boolean; readonly score: number };
}

export interface SearchOutcome {
  readonly query: string;
  readonly groups: readonly SearchGroupView[];
  /** Hits over all groups, shown or not. */
  readonly total: number;
  readonly groupCount: number;
  /** Milliseconds of the engine's own search within this answer. */
  readonly engineMs: number;
}

export interface SearchLimits {
  readonly groups: number;
  readonly hitsPerGroup: number;
}

export const DEFAULT_LIMITS: SearchLimits = { groups: 20, hitsPerGroup: 3 };

function hitView(document: StoredDocument, terms: readonly string[], near: boolean): SearchHitView {
  const body = document.text || document.title;
  const snippet = makeSnippet(body, terms);
  const firstMark = snippet.marks[0];
  let target: SearchHitView['target'] = null;
  if (document.kind === 'passage' && firstMark) target = { start: document.start + snippet.offset + firstMark[0], end: document.start + snippet.offset + firstMark[1] };
  else if (document.kind === 'passage') target = { start: document.start, end: document.start + Math.min(document.text.length, 80) };
  else if (document.kind === 'annotation') {
    const quoteLength = document.text.split('\n', 1)[0]?.length ?? 0;
    const inQuote = firstMark && snippet.offset + firstMark[1] <= quoteLength;
    target = inQuote
      ? { start: document.start + snippet.offset + firstMark[0], end: document.start + snippet.offset + firstMark[1] }
      : { start: document.start, end: document.start + quoteLength };
  }
  return { id: `${document.kind}:${document.sourceId}:${document.annotationId}:${document.dossierId}:${document.start}`, kind: document.kind, sourceId: document.sourceId, annotationId: document.annotationId, dossierId: document.dossierId, snippet, names: document.names, target, near };
}

/** A hit kept for the list: its place in the engine's results, and whether it matched through a typo. */
interface Kept {
  readonly at: number;
  readonly near: boolean;
}

/** One of the groups that can be shown (the first `limits.groups` to appear). */
interface Slot {
  readonly group: number;
  readonly firstHit: { readonly near: boolean; readonly score: number };
  /** The article's (or dossier's) own document leads its group: it is the way to open it. */
  readonly heads: Kept[];
  readonly rest: Kept[];
}

/** Runs the query against the index and shapes the answer for the results list. */
export function searchLibrary(index: LibraryIndex, query: string, limits: SearchLimits = DEFAULT_LIMITS, filter?: (document: StoredDocument) => boolean): SearchOutcome {
  const parsed = parseQuery(query);
  const phraseWords = parsed.phrases.flatMap((phrase) => phrase.words);
  // Phrase words first: the last word typed, if a bare one, is the one still being typed (prefix).
  const words = [...phraseWords, ...parsed.terms];
  if (words.length === 0) return { query, groups: [], total: 0, groupCount: 0, engineMs: 0 };
  const lastIsWhole = parsed.terms.length === 0 || /[\s"“”„«»]$/u.test(query);
  // A phrase's stop words are left to the phrase check (phraseWords.ts).
  const lookedUp = parsed.phrases.flatMap((phrase) => phraseLookupWords(phrase.words));
  const engineQuery = { words: [...lookedUp, ...parsed.terms], lastIsWhole, quoted: lookedUp.length, timing: { engineMs: 0 } };
  const results = engineResults(index, engineQuery);
  const phrases = parsed.phrases.filter((phrase) => phrase.words.length > 1).map(phraseTest);
  const excluded = parsed.excluded.map(phraseTest);
  const checks = phrases.length > 0 || excluded.length > 0;
  // One pass over every result (a common name matches thousands): exact and prefix hits in the
  // engine's order make the groups and their order; near hits wait (as positions) for a second,
  // usually short, pass, so each counts in its group but ranks after every exact hit. Groups are
  // counted by number (libraryIndex.ts `placeByNumber`), and hits kept only for the groups that can be
  // shown: no document read and no object made per hit, unless filters or phrases need the text.
  const counts = new Int32Array(index.groupKeys.length);
  const slotOf = new Int32Array(index.groupKeys.length).fill(-1);
  const slots: Slot[] = [];
  const keep = limits.hitsPerGroup;
  let total = 0;
  let groupCount = 0;
  const passes = (number: number): boolean => {
    const document = index.byNumber[number];
    if (!document || (filter && !filter(document))) return false;
    if (!checks) return true;
    const checked = checkedFormOf(index, number, document);
    return phrases.every((test) => test(checked)) && !excluded.some((test) => test(checked));
  };
  const readsDocuments = filter !== undefined || checks;
  const take = (at: number, near: boolean): void => {
    const number = (results[at] as SearchResult).id as number;
    const place = index.placeByNumber[number] ?? -1;
    if (place === -1 || (readsDocuments && !passes(number))) return;
    const group = place >> 1;
    if (counts[group] === 0) {
      groupCount += 1;
      if (slots.length < limits.groups) {
        slotOf[group] = slots.length;
        slots.push({ group, firstHit: { near, score: (results[at] as SearchResult).score }, heads: [], rest: [] });
      }
    }
    counts[group] = (counts[group] ?? 0) + 1;
    total += 1;
    const slot = slotOf[group] ?? -1;
    if (slot === -1) return;
    const list = place & 1 ? (slots[slot] as Slot).heads : (slots[slot] as Slot).rest;
    if (list.length < keep) list.push({ at, near });
  };
  const nearAt: number[] = [];
  for (let i = 0; i < results.length; i += 1) {
    if (isNearMatch(engineQuery, (results[i] as SearchResult).terms)) nearAt.push(i);
    else take(i, false);
  }
  for (const i of nearAt) take(i, true);
  // The shown hits' documents and matched words, taken before the engine's results are let go:
  // snippets make most of an answer's garbage, and a collection that lands while they are made
  // then copies the few hits kept instead of a result object for every matching document (a
  // scavenge in a search worker took 34 ms on average in the search bench, docs/search.md).
  const picked = slots.map(({ heads, rest }) =>
    [...heads, ...rest].slice(0, keep).map(({ at, near }) => {
      const result = results[at] as SearchResult;
      return { document: index.byNumber[result.id as number] as StoredDocument, terms: result.terms, near };
    }),
  );
  results.length = 0;
  const shown: SearchGroupView[] = slots.map(({ group, firstHit }, slot) => {
    const key = index.groupKeys[group] ?? '';
    const kind = index.groupKinds[group] ?? 'article';
    const first = picked[slot] ?? [];
    const headId = kind === 'article' ? articleDocumentId(key) : key;
    const highlightTerms = [...words, ...first.flatMap((hit) => hit.terms)];
    return { key, kind, title: documentOf(index, headId)?.title ?? '', count: counts[group] ?? 0, hits: first.map((hit) => hitView(hit.document, highlightTerms, hit.near)), firstHit };
  });
  return { query, groups: shown, total, groupCount, engineMs: engineQuery.timing.engineMs };
}

/**
 * `previous` with the hits of documents just added to the library, `added` being the same query
 * run over only those documents: an annotation just tagged is counted, and shown first in its
 * group (after the article's own hit), at once, while the whole query is run again to rank it
 * among the rest. Exact for counts, since a document matches a query or not by its own words.
 */
export function withAddedHits(previous: SearchOutcome, added: SearchOutcome, limits: SearchLimits = DEFAULT_LIMITS): SearchOutcome {
  if (added.total === 0) return previous;
  const addedByKey = new Map(added.groups.map((group) => [group.key, group]));
  const isHead = (hit: SearchHitView): boolean => hit.kind === 'article' || hit.kind === 'dossier';
  const groups = previous.groups.map((group) => {
    const more = addedByKey.get(group.key);
    if (!more) return group;
    addedByKey.delete(group.key);
    const hits = [...group.hits.filter(isHead), ...more.hits, ...group.hits.filter((hit) => !isHead(hit))].slice(0, limits.hitsPerGroup);
    return { ...group, count: group.count + more.count, hits };
  });
  const newGroups = [...addedByKey.values()];
  return {
    query: previous.query,
    groups: [...groups, ...newGroups].slice(0, limits.groups),
    total: previous.total + added.total,
    groupCount: previous.groupCount + newGroups.length,
    engineMs: added.engineMs,
  };
}
