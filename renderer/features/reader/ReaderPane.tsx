// The centre pane: the open article with its highlights, the tag toolbar at a selection,
// and a clear empty state when nothing is open.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { type Annotation, type AnnotationKind, type Source } from '../../../shared/model';
import { splitParagraphs } from '../../../shared/text/normalise';
import { useCommandHandler } from '../../commands/commandsContext';
import { READ_ONLY_NOTE, useTeamSyncView } from '../../sync/useTeamSyncView';
import { anchorSourceAnnotations, annotationsOfSource } from '../../db/annotations';
import { loadSource } from '../../db/library';
import { useKeyedLiveQuery } from '../../db/useKeyedLiveQuery';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { ArticleReader } from './ArticleReader';
import { HighlightLayer, type HitChoice, type TextSelection } from './HighlightLayer';
import { KindLegend } from '../common/KindLegend';
import { KeyboardCaret } from './KeyboardCaret';
import { TAG_COMMANDS } from '../common/kinds';
import { OverlapChooser } from './OverlapChooser';
import { ReaderContextMenu, citeSelection } from './ReaderContextMenu';
import { SelectionToolbar } from './SelectionToolbar';
import { SearchHitLayer } from './SearchHitLayer';
import type { PaintedSpan } from './highlightPainter';
import { usePendingSpans } from './usePendingSpans';
import { useScrollToAnnotation } from './useScrollToAnnotation';
import type { ReaderFindTool } from './findSlot';
import { joinIsolated } from '../../../shared/text/bidiIsolation';
import { formatCalendarDate } from '../../../shared/text/dateDisplay';
import { IsolatedText } from '../../ui/IsolatedText';
import { PageMarks } from '../pages/PageMarks';
import { OriginalFileBar } from '../pages/OriginalFileBar';

interface ReaderPaneProps {
  readonly sourceId: string | null;
  readonly selectedAnnotationId: string | null;
  readonly onSelectAnnotation: (id: string | null) => void;
  /** Stores the new annotation; resolves once it is stored (or the attempt failed). */
  readonly onTag: (source: Source, start: number, end: number, kind: AnnotationKind) => Promise<unknown>;
  readonly onTextSelection: (selection: { start: number; end: number } | null) => void;
  /** The find bar (Ctrl+F), plugged in by the app. */
  readonly findTool?: ReaderFindTool;
  /** Controls beside the article's title (its menu). */
  readonly headerActions?: (source: Source) => ReactNode;
}

export function ReaderPane({ sourceId, selectedAnnotationId, onSelectAnnotation, onTag, onTextSelection, findTool: FindTool, headerActions }: ReaderPaneProps): ReactNode {
  // Keyed: while another article loads, neither the previous text nor its annotations are shown
  // (or tagged into, or anchored against the new text).
  const source = useKeyedLiveQuery(sourceId, (id) => loadSource(id));
  const annotations = useKeyedLiveQuery(sourceId, (id) => annotationsOfSource(id));
  const [selection, setSelection] = useState<TextSelection | null>(null);
  // The selection as the page has it now: a tag key can arrive before the browser's selectionchange
  // event and before React has drawn the latest selection (keys typed fast, a busy machine), and
  // must tag what is selected, not what was. The highlight layer reads the page's selection.
  const liveSelection = useRef<TextSelection | null>(null);
  const selectionNow = useRef<(() => TextSelection | null) | null>(null);
  const currentSelection = (): TextSelection | null => (selectionNow.current ? selectionNow.current() : liveSelection.current);
  const [hit, setHit] = useState<HitChoice | null>(null);
  const [contextMenu, setContextMenu] = useState<{ x: number; y: number } | null>(null);
  const anchoredFor = useRef<string | null>(null);
  const { notify } = useWorkbench();
  const failed = useCallback((what: string) => (error: unknown) => notify({ tone: 'error', message: `${what}: ${errorMessage(error)}` }), [notify]);

  useEffect(() => {
    if (!source || !annotations || anchoredFor.current === source.id) return;
    anchoredFor.current = source.id;
    anchorSourceAnnotations(source, annotations).catch(failed('The highlights could not be checked against the text'));
  }, [source, annotations, failed]);

  const byId = useMemo(() => new Map((annotations ?? []).map((a) => [a.id, a])), [annotations]);
  const stored = useMemo<PaintedSpan[]>(
    () =>
      (annotations ?? [])
        .filter((a) => a.anchor.state !== 'orphan')
        .map((a) => ({ id: a.id, kind: a.kind, start: a.position.start, end: a.position.end }))
        .sort((a, b) => a.start - b.start),
    [annotations],
  );
  const { withPending: spans, add: addPending } = usePendingSpans(stored);
  const text = source?.text ?? '';
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  useScrollToAnnotation(paragraphs, selectedAnnotationId ? byId.get(selectedAnnotationId) : undefined);
  const articleElement = useRef<HTMLElement>(null);
  const textRoot = useCallback(() => articleElement.current?.querySelector<HTMLElement>('.article-text') ?? null, []);

  const handleSelection = useCallback(
    (next: TextSelection | null) => {
      liveSelection.current = next;
      setSelection(next);
      if (next) onTextSelection({ start: next.start, end: next.end });
    },
    [onTextSelection],
  );
  const handleHit = useCallback(
    (choice: HitChoice | null) => {
      if (!choice) return onSelectAnnotation(null);
      if (choice.spans.length === 1) return onSelectAnnotation(choice.spans[0]?.id ?? null);
      setHit(choice);
    },
    [onSelectAnnotation],
  );
  const tag = useCallback(
    async (kind: AnnotationKind) => {
      const current = currentSelection();
      if (!source || !current) return;
      const { start, end } = current;
      document.getSelection()?.removeAllRanges();
      liveSelection.current = null;
      setSelection(null);
      // Painted at once; the stored annotation takes the pending span's place when it arrives.
      const settle = addPending({ kind, start, end });
      try {
        await onTag(source, start, end, kind);
      } finally {
        settle();
      }
    },
    [source, onTag, addPending],
  );

  // A read-only team member cannot tag: nothing they tag would reach the team.
  const { readOnly } = useTeamSyncView();
  const hasSelection = (): boolean => !readOnly && currentSelection() !== null && source !== undefined && source !== null;
  useCommandHandler(TAG_COMMANDS.claim, () => tag('claim'), hasSelection);
  useCommandHandler(TAG_COMMANDS.denial, () => tag('denial'), hasSelection);
  useCommandHandler(TAG_COMMANDS.action, () => tag('action'), hasSelection);

  return (
    <main className="pane reader-pane" aria-labelledby="reader-heading">
      {!sourceId || source === null ? (
        <div className="empty reader-empty">
          <h2 id="reader-heading">No article open</h2>
          <p>Choose an article in the library to read and annotate it.</p>
        </div>
      ) : source === undefined ? (
        <p className="empty" id="reader-heading">
          Opening…
        </p>
      ) : (
        <article
          ref={articleElement}
          className="reader"
          onContextMenu={(event) => {
            if (!selection) return;
            event.preventDefault();
            setContextMenu({ x: event.clientX, y: event.clientY });
          }}
        >
          {FindTool && <FindTool sourceId={source.id} text={source.text} paragraphs={paragraphs} textRoot={textRoot} />}
          <header className="reader-header">
            {/* lang on the title and the text (ArticleReader), not the pane: its English controls keep the page's language. */}
            <h2 id="reader-heading" dir="auto" lang={source.language || undefined}>
              {source.title}
            </h2>
            <p className="reader-meta">
              <IsolatedText
                text={joinIsolated([source.publisher, source.author, source.publishedDate && formatCalendarDate(source.publishedDate), `Reliability ${source.reliability}`], ' · ')}
              />
            </p>
            {headerActions?.(source)}
            <KindLegend />
            <OriginalFileBar source={source} annotation={selectedAnnotationId ? byId.get(selectedAnnotationId) : undefined} />
            <p className="reader-hint">
              Select text (with the mouse, or in the article with Shift and the arrow keys), then press C, D or A (or use the toolbar) to tag it.
            </p>
          </header>
          <ArticleReader source={source}>
            <HighlightLayer text={source.text} paragraphs={paragraphs} spans={spans} selectedId={selectedAnnotationId} onSelection={handleSelection} onHit={handleHit} selectionNow={selectionNow} />
            <KeyboardCaret />
            <SearchHitLayer sourceId={source.id} paragraphs={paragraphs} />
            <PageMarks sourceId={source.id} paragraphs={paragraphs} />
          </ArticleReader>
          {selection && !readOnly && <SelectionToolbar selection={selection} onTag={(kind) => void tag(kind).catch(failed('The passage could not be tagged'))} />}
          {selection && readOnly && (
            <p role="note" className="read-only-note">
              {READ_ONLY_NOTE}
            </p>
          )}
          {contextMenu && selection && !readOnly && (
            <ReaderContextMenu
              x={contextMenu.x}
              y={contextMenu.y}
              onClose={() => setContextMenu(null)}
              onTag={(kind) => void tag(kind).catch(failed('The passage could not be tagged'))}
              onCopy={(withCitation) => {
                const text = source.text.slice(selection.start, selection.end);
                navigator.clipboard.writeText(withCitation ? citeSelection(text, source) : text).catch(failed('Could not copy'));
              }}
            />
          )}
          {hit && (
            <OverlapChooser
              choice={hit}
              annotations={byId}
              onClose={() => setHit(null)}
              onChoose={(id) => {
                setHit(null);
                onSelectAnnotation(id);
              }}
            />
          )}
        </article>
      )}
    </main>
  );
}

export type { Annotation };
