// The toolbar's search field (Ctrl+K): results as you type, arrow keys to move, Enter to open the
// hit in its article (scrolled to and painted), Escape to go back where you were. An annotation
// hit also offers Go to and Add to dossier; the index's state is always said.
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Annotation } from '../../../shared/model';
import { NO_FILTERS, hasNoFilters, type AnnotationFilters } from '../../../shared/search/filters';
import type { SearchHitView } from '../../../shared/search/searchResults';
import { useCommandHandler } from '../../commands/commandsContext';
import { getAnnotation } from '../../db/annotations';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { AddToDossier } from '../common/addToDossier';
import { jumpToSearchHit } from '../common/searchJump';
import { FilteredView } from './FilteredView';
import { SearchResults, flatHits, hitOptionId } from './SearchResults';
import { SearchStatusLine } from './SearchStatusLine';
import { useLibrarySearch } from './useLibrarySearch';
import { rebuildSearchIndex } from '../../workers/searchClient';
import './search.css';

interface SearchFieldProps {
  readonly onOpenArticle: (sourceId: string) => void;
  readonly onFollowAnnotation: (annotation: Annotation) => void;
  readonly onOpenDossier: (dossierId: string) => void;
  /** Who "only my annotations" means. */
  readonly analystName: string;
}

export function SearchField({ onOpenArticle, onFollowAnnotation, onOpenDossier, analystName }: SearchFieldProps): ReactNode {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [showFilters, setShowFilters] = useState(false);
  const [filters, setFilters] = useState<AnnotationFilters>(NO_FILTERS);
  const [restriction, setRestriction] = useState<readonly string[] | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  const { notify } = useWorkbench();
  const search = useLibrarySearch(query, showFilters ? restriction : null);
  const hits = flatHits(search.outcome?.groups ?? []);
  const activeHit = hits[Math.min(active, hits.length - 1)];
  const shownOutcome = search.outcome;
  // For the benchmark: when an answer was committed to the screen (and how many hits it had). A
  // layout effect runs in the commit itself, so the mark is in the frame that paints the answer.
  useLayoutEffect(() => {
    if (shownOutcome) performance.mark('dw:search-shown', { detail: { query: shownOutcome.query, total: shownOutcome.total } });
  }, [shownOutcome]);

  useCommandHandler('search.focus', () => {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused !== input.current) cameFrom.current = focused;
    input.current?.focus();
    input.current?.select();
    setOpen(true);
  });

  useCommandHandler('search.rebuild', () => {
    rebuildSearchIndex();
    setOpen(true);
    input.current?.focus();
  });

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) {
      const back = cameFrom.current;
      cameFrom.current = null;
      if (back?.isConnected) back.focus();
      else input.current?.blur();
    }
  }, []);

  const failed = useCallback((error: unknown) => notify({ tone: 'error', message: `The search result could not be opened: ${errorMessage(error)}` }), [notify]);

  const openHit = useCallback(
    async (hit: SearchHitView, how: 'at-hit' | 'go-to' = 'at-hit') => {
      close(false);
      if (hit.kind === 'dossier' || hit.kind === 'narrative') return onOpenDossier(hit.dossierId);
      if (hit.kind === 'annotation') {
        const annotation = await getAnnotation(hit.annotationId);
        if (!annotation) throw new Error('the annotation is no longer in the library');
        onFollowAnnotation(annotation);
        if (how === 'go-to') return;
      } else onOpenArticle(hit.sourceId);
      if (hit.target) jumpToSearchHit(hit.sourceId, hit.target.start, hit.target.end);
    },
    [close, onOpenArticle, onFollowAnnotation, onOpenDossier],
  );

  const openFromList = useCallback((hit: SearchHitView) => void openHit(hit).catch(failed), [openHit, failed]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (Math.min(current, hits.length - 1) + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && activeHit) {
      event.preventDefault();
      openHit(activeHit).catch(failed);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    }
  };

  const showPanel = open;
  const filtering = showFilters && !hasNoFilters(filters);
  return (
    <div
      className="search-field"
      onBlur={(event) => {
        // Stays open while the focus moves within the field and its panel.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search library"
        aria-expanded={showPanel}
        aria-controls="search-panel"
        aria-autocomplete="list"
        aria-activedescendant={showPanel && activeHit ? hitOptionId(Math.min(active, hits.length - 1)) : undefined}
        placeholder="Search library (Ctrl+K)"
        value={query}
        onChange={(event) => {
          search.ask(event.target.value);
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {showPanel && (
        <div
          id="search-panel"
          className="search-panel"
          role="region"
          aria-label="Library search"
          // Focusable, so a click on its background keeps it open (the field's focus moves here).
          tabIndex={-1}
          onKeyDown={(event) => {
            // Escape in a dialog opened from the panel (a new dossier) closes only the dialog.
            if (event.key === 'Escape' && !(event.target instanceof Element && event.target.closest('dialog'))) close(true);
          }}
        >
          <div className="search-panel-head">
            <SearchStatusLine status={search.status} outcome={search.outcome} query={query} filtering={filtering} failure={search.failure} />
            <button type="button" aria-expanded={showFilters} onClick={() => setShowFilters((shown) => !shown)}>
              Filters{filtering ? ' (on)' : ''}
            </button>
          </div>
          {showFilters && (
            <FilteredView
              filters={filters}
              onChange={setFilters}
              analystName={analystName}
              query={query}
              onRestriction={setRestriction}
              onOpen={(annotation) => {
                close(false);
                onFollowAnnotation(annotation);
              }}
            />
          )}
          {/* A query that could not be answered shows no list: the last one's hits are not its. */}
          {search.outcome && !search.failure && search.outcome.groups.length > 0 && (
            <SearchResults groups={search.outcome.groups} activeIndex={Math.min(active, hits.length - 1)} onActivate={setActive} onOpen={openFromList} />
          )}
          {activeHit && (
            <div className="search-actions" role="group" aria-label="Actions for the chosen result">
              {activeHit.kind === 'annotation' ? (
                <>
                  <button type="button" onClick={() => openHit(activeHit, 'go-to').catch(failed)}>
                    Go to
                  </button>
                  <AddToDossier annotationIds={[activeHit.annotationId]} buttonLabel="Add to dossier" />
                </>
              ) : activeHit.kind === 'dossier' || activeHit.kind === 'narrative' ? (
                <button type="button" onClick={() => openHit(activeHit).catch(failed)}>
                  Open dossier
                </button>
              ) : (
                <button type="button" onClick={() => openHit(activeHit).catch(failed)}>
                  Open article
                </button>
              )}
              <span className="search-keys">↑↓ move · Enter open · Esc back</span>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
