// The library: every source with its publisher, date and annotation count; sort, filter, open.
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useDeferredValue, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useCommandHandler, useCommands } from '../../commands/commandsContext';
import { shortcutProps } from '../../commands/shortcutProps';
import type { SourceRecord } from '../../db/database';
import { listSources } from '../../db/library';
import { useAnnotationCounts } from './useAnnotationCounts';
import { ArticleAddToDossier } from './ArticleAddToDossier';
import { joinIsolated } from '../../../shared/text/bidiIsolation';
import { formatPublishedDate } from '../../../shared/text/dateDisplay';
import { IsolatedText } from '../../ui/IsolatedText';

const SORTS = {
  imported: { label: 'Recently imported', compare: (a: SourceRecord, b: SourceRecord) => b.importedAt.localeCompare(a.importedAt) },
  published: { label: 'Published date', compare: (a: SourceRecord, b: SourceRecord) => b.publishedDate.localeCompare(a.publishedDate) },
  title: { label: 'Title', compare: (a: SourceRecord, b: SourceRecord) => a.title.localeCompare(b.title) },
  publisher: { label: 'Publisher', compare: (a: SourceRecord, b: SourceRecord) => a.publisher.localeCompare(b.publisher) },
} as const;
type SortKey = keyof typeof SORTS;

interface LibraryPaneProps {
  readonly selectedId: string | null;
  readonly onOpen: (id: string) => void;
  readonly onDeleteRequest: (source: SourceRecord) => void;
}

interface LibraryRowProps {
  readonly source: SourceRecord;
  readonly count: number;
  readonly selected: boolean;
  readonly keyShortcuts: string | undefined;
  readonly onOpen: (id: string) => void;
}

const LibraryRow = memo(function LibraryRow({ source, count, selected, keyShortcuts, onOpen }: LibraryRowProps): ReactNode {
  return (
    <li className={selected ? 'selected' : undefined}>
      <button type="button" className="source-open" aria-current={selected ? 'true' : undefined} data-source-id={source.id} aria-keyshortcuts={keyShortcuts} onClick={() => onOpen(source.id)}>
        <span className="source-title" dir="auto" lang={source.language || undefined}>
          {source.title}
        </span>
        <span className="source-meta">
          <IsolatedText text={`${joinIsolated([source.publisher || 'Unknown publisher', formatPublishedDate(source.publishedDate)], ' · ')} · ${count} annotation${count === 1 ? '' : 's'}`} />
        </span>
      </button>
      {selected && count > 0 && <ArticleAddToDossier sourceId={source.id} />}
    </li>
  );
});

function matches(source: SourceRecord, filter: string): boolean {
  if (!filter) return true;
  const haystack = `${source.title} ${source.publisher} ${source.author} ${source.tags.join(' ')}`.toLocaleLowerCase();
  return filter
    .toLocaleLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

export function LibraryPane({ selectedId, onOpen, onDeleteRequest }: LibraryPaneProps): ReactNode {
  const sources = useLiveQuery(() => listSources(), []);
  const counts = useAnnotationCounts();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortKey>('imported');
  const deferredFilter = useDeferredValue(filter.trim());
  const visible = useMemo(
    () => (sources ?? []).filter((s) => matches(s, deferredFilter)).sort(SORTS[sort].compare),
    [sources, deferredFilter, sort],
  );

  // Delete on a focused entry asks to delete that article.
  const focusedSource = (): SourceRecord | undefined => {
    const focused = document.activeElement;
    const id = focused instanceof HTMLElement ? focused.dataset.sourceId : undefined;
    return id ? sources?.find((s) => s.id === id) : undefined;
  };
  useCommandHandler(
    'library.deleteArticle',
    () => {
      const source = focusedSource();
      if (source) onDeleteRequest(source);
    },
    () => focusedSource() !== undefined,
  );
  const { platform } = useCommands();
  // Arrow keys, Home and End move between the entries, as in any list of files.
  const moveFocus = (event: KeyboardEvent<HTMLUListElement>): void => {
    const entries = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-source-id]'));
    const from = entries.findIndex((entry) => entry === document.activeElement);
    const steps: Record<string, number> = { ArrowDown: from + 1, ArrowUp: from - 1, Home: 0, End: entries.length - 1 };
    const to = from < 0 ? undefined : steps[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    entries[Math.max(0, Math.min(entries.length - 1, to))]?.focus();
  };
  const deleteShortcut = shortcutProps('library.deleteArticle', platform)['aria-keyshortcuts'];
  // A row is drawn again only when its own article, count or selection changes (memo): after a
  // tag only that article's count changed, and 2,000 rows drawn again held the window.
  const latestOnOpen = useRef(onOpen);
  latestOnOpen.current = onOpen;
  const open = useCallback((id: string) => latestOnOpen.current(id), []);

  return (
    <nav className="pane library-pane" aria-labelledby="library-heading">
      <div className="pane-header">
        <h2 id="library-heading">Library</h2>
        <span className="count">{sources ? `${visible.length} of ${sources.length}` : ''}</span>
      </div>
      <div className="library-controls">
        <input
          type="search"
          aria-label="Filter library"
          placeholder="Filter by title, publisher, tag…"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <label>
          Sort by{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {Object.entries(SORTS).map(([key, { label }]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {sources === undefined ? (
        <p className="empty">Loading the library…</p>
      ) : sources.length === 0 ? (
        <p className="empty">The library is empty. Import an article with “Import files…”, drop files on the window, or paste text.</p>
      ) : visible.length === 0 ? (
        <p className="empty">No article matches “{filter}”.</p>
      ) : (
        <ul className="source-list" aria-label="Articles" onKeyDown={moveFocus}>
          {visible.map((source) => (
            <LibraryRow key={source.id} source={source} count={counts?.get(source.id) ?? 0} selected={source.id === selectedId} keyShortcuts={deleteShortcut} onOpen={open} />
          ))}
        </ul>
      )}
    </nav>
  );
}
