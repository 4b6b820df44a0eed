// From a query to what the results list shows: the engine's ranked hits, narrowed by quoted
// phrases and excluded words, grouped by article (or dossier), each hit with its snippet and the
// place in the article it opens at.
import { checkedFormOf, rankHits, type LibraryIndex, type RankedHit, type StoredDocument } from './libraryIndex';
import { articleDocumentId, dossierDocumentIdPrefix, type SearchDocumentKind } from './searchDocuments';
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

const DEFAULT_LIMITS: SearchLimits = { groups: 20, hitsPerGroup: 3 };

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

/** Runs the query against the index and shapes the answer for the results list. */
export function searchLibrary(index: LibraryIndex, query: string, limits: SearchLimits = DEFAULT_LIMITS, filter?: (document: StoredDocument) => boolean): SearchOutcome {
  const parsed = parseQuery(query);
  const phraseWords = parsed.phrases.flatMap((phrase) => phrase.words);
  // Phrase words first: the last word typed, if a bare one, is the one still being typed (prefix).
  const words = [...phraseWords, ...parsed.terms];
  const empty: SearchOutcome = { query, groups: [], total: 0, groupCount: 0, engineMs: 0 };
  if (words.length === 0) return empty;
  const lastIsWhole = parsed.terms.length === 0 || /[\s"“”„«»]$/u.test(query);
  const timing = { engineMs: 0 };
  let hits = rankHits(index, { words, lastIsWhole, timing, ...(filter ? { filter } : {}) });
  const phrases = parsed.phrases.filter((phrase) => phrase.words.length > 1).map(phraseTest);
  const excluded = parsed.excluded.map(phraseTest);
  if (phrases.length > 0 || excluded.length > 0) {
    hits = hits.filter((hit) => {
      const checked = checkedFormOf(index, hit.document);
      return phrases.every((test) => test(checked)) && !excluded.some((test) => test(checked));
    });
  }
  // One pass over every hit: a count per group, and only the first few of each kept. The
  // article's (or dossier's) own document leads its group: it is the way to open it.
  const groups = new Map<string, { kind: 'article' | 'dossier'; count: number; heads: RankedHit[]; rest: RankedHit[] }>();
  const keep = limits.hitsPerGroup;
  for (const hit of hits) {
    const { document } = hit;
    const key = document.sourceId || dossierDocumentIdPrefix(document.dossierId);
    let group = groups.get(key);
    if (!group) {
      group = { kind: document.sourceId ? 'article' : 'dossier', count: 0, heads: [], rest: [] };
      groups.set(key, group);
    }
    group.count += 1;
    const list = document.kind === 'article' || document.kind === 'dossier' ? group.heads : group.rest;
    if (list.length < keep) list.push(hit);
  }
  const shown: SearchGroupView[] = [];
  for (const [key, group] of groups) {
    if (shown.length >= limits.groups) break;
    const headId = group.kind === 'article' ? articleDocumentId(key) : key;
    const first = [...group.heads, ...group.rest].slice(0, keep);
    const highlightTerms = [...words, ...first.flatMap((hit) => hit.terms)];
    shown.push({ key, kind: group.kind, title: index.documents.get(headId)?.title ?? '', count: group.count, hits: first.map((hit) => hitView(hit.document, highlightTerms, hit.near)) });
  }
  return { query, groups: shown, total: hits.length, groupCount: groups.size, engineMs: timing.engineMs };
}
