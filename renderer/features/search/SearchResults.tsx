// The results list under the search field: a listbox of hits grouped by article (or dossier),
// each group with its count, each hit with its snippet and the matches marked as <mark> elements.
import { memo, useEffect, useState, type ReactNode } from 'react';
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
 * rest, below the fold, follow a frame later, so a keystroke's answer is painted without waiting
 * for rows nobody sees yet.
 */
const FIRST_PAGE = 12;

/** Whether all of `groups` are drawn: a frame after they arrived, or at once when the chosen hit is further down. */
function useWholeList(groups: readonly SearchGroupView[], activeIndex: number): boolean {
  const [wholeFor, setWholeFor] = useState<readonly SearchGroupView[] | null>(null);
  const whole = wholeFor === groups || activeIndex >= FIRST_PAGE;
  useEffect(() => {
    if (whole) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame is painted (a task queued from its animation frame runs after it).
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setWholeFor(groups), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [groups, whole]);
  return whole;
}

/** Drawn again only when the answer or the chosen hit changes, not on every key typed meanwhile. */
export const SearchResults = memo(function SearchResults({ groups, activeIndex, onActivate, onOpen }: SearchResultsProps): ReactNode {
  const whole = useWholeList(groups, activeIndex);
  let index = -1;
  let room = whole ? Number.POSITIVE_INFINITY : FIRST_PAGE;
  const drawn = groups.flatMap((group) => {
    if (room <= 0) return [];
    const hits = group.hits.slice(0, room);
    room -= hits.length;
    return [{ ...group, hits }];
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
    </div>
  );
});

export function flatHits(groups: readonly SearchGroupView[]): SearchHitView[] {
  return groups.flatMap((group) => group.hits);
}
