// The results list under the search field: a listbox of hits grouped by article (or dossier),
// each group with its count, each hit with its snippet and the matches marked as <mark> elements.
import { memo, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { SearchGroupView, SearchHitView } from '../../../shared/search/searchResults';
import type { Snippet } from '../../../shared/search/snippets';

const KIND_LABELS: Readonly<Record<SearchHitView['kind'], string>> = {
  article: 'Article',
  passage: 'Text',
  annotation: 'Annotation',
  dossier: 'Dossier',
  narrative: 'Dossier section',
};

export function hitOptionId(index: number): string {
  return `search-hit-${index}`;
}

export function SnippetText({ snippet }: { readonly snippet: Snippet }): ReactNode {
  const pieces: ReactNode[] = [];
  let at = 0;
  snippet.marks.forEach(([start, end], i) => {
    if (start > at) pieces.push(snippet.text.slice(at, start));
    pieces.push(<mark key={i}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < snippet.text.length) pieces.push(snippet.text.slice(at));
  return (
    <bdi className="search-snippet">
      {snippet.cutBefore && '…'}
      {pieces}
      {snippet.cutAfter && '…'}
    </bdi>
  );
}

interface SearchResultsProps {
  readonly groups: readonly SearchGroupView[];
  readonly activeIndex: number;
  readonly onActivate: (index: number) => void;
  readonly onOpen: (hit: SearchHitView) => void;
}

/**
 * Hits drawn in the frame that shows a new answer: more than the panel shows at once (70vh). The
 * rest, below the fold, are drawn when the end of this first page scrolls into view (or the chosen
 * hit goes past it), so a keystroke's answer is painted without rows nobody sees yet, and drawing
 * them never lands in the middle of the next keystroke's answer.
 */
const FIRST_PAGE = 12;

/** Whether all of `groups` are drawn: once the end of the first page was in view, or at once when the chosen hit is further down. */
function useWholeList(groups: readonly SearchGroupView[], activeIndex: number, firstPageEnd: RefObject<HTMLElement | null>): boolean {
  const [wholeFor, setWholeFor] = useState<readonly SearchGroupView[] | null>(null);
  const whole = wholeFor === groups || activeIndex >= FIRST_PAGE;
  useEffect(() => {
    const end = firstPageEnd.current;
    if (whole || !end) return;
    if (typeof IntersectionObserver === 'undefined') return setWholeFor(groups);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setWholeFor(groups);
    });
    observer.observe(end);
    return () => observer.disconnect();
  }, [groups, whole, firstPageEnd]);
  return whole;
}

/** Drawn again only when the answer or the chosen hit changes, not on every key typed meanwhile. */
export const SearchResults = memo(function SearchResults({ groups, activeIndex, onActivate, onOpen }: SearchResultsProps): ReactNode {
  const firstPageEnd = useRef<HTMLDivElement>(null);
  const whole = useWholeList(groups, activeIndex, firstPageEnd);
  let index = -1;
  let room = whole ? Number.POSITIVE_INFINITY : FIRST_PAGE;
  let cut = false;
  const drawn = groups.flatMap((group) => {
    const hits = group.hits.slice(0, Math.max(0, room));
    room -= hits.length;
    if (hits.length < group.hits.length) cut = true;
    return hits.length > 0 ? [{ ...group, hits }] : [];
  });
  return (
    <div role="listbox" id="search-results" aria-label="Search results" className="search-results">
      {drawn.map((group) => (
        <div role="group" key={group.key} aria-labelledby={`search-group-${group.key}`} className="search-group">
          <div className="search-group-head" id={`search-group-${group.key}`} role="presentation">
            <bdi className="search-group-title">{group.title || 'Untitled'}</bdi>
            <span className="search-group-count">
              {group.count} {group.count === 1 ? 'hit' : 'hits'}
              {group.kind === 'dossier' ? ' · dossier' : ''}
            </span>
          </div>
          {group.hits.map((hit) => {
            index += 1;
            const mine = index;
            return (
              <div
                key={hit.id}
                id={hitOptionId(mine)}
                role="option"
                aria-selected={mine === activeIndex}
                className={`search-hit${mine === activeIndex ? ' active' : ''}`}
                onMouseMove={() => mine !== activeIndex && onActivate(mine)}
                // The field keeps the focus: a click opens the hit without blurring it first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onOpen(hit)}
              >
                <span className="search-hit-kind">
                  {KIND_LABELS[hit.kind]}
                  {hit.near ? ' · near match' : ''}
                </span>
                {hit.names && <bdi className="search-hit-names">{hit.names}</bdi>}
                <SnippetText snippet={hit.snippet} />
              </div>
            );
          })}
        </div>
      ))}
      {cut && <div ref={firstPageEnd} className="search-first-page-end" aria-hidden="true" />}
    </div>
  );
});

export function flatHits(groups: readonly SearchGroupView[]): SearchHitView[] {
  return groups.flatMap((group) => group.hits);
}
