// The Page view: one page of the article's original PDF as published, drawn by pdf.js, with the
// selected passage highlighted on it, so a reader can check the passage against the document.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Annotation, Source } from '../../../shared/model';
import { loadPageStarts, loadSourceFile } from '../../db/sourceFiles';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/workbenchContext';
import { drawPage, originalPdfOf, type DrawnPage } from './pageRenderer';
import './pages.css';

interface PageViewProps {
  readonly source: Source;
  readonly annotation?: Annotation;
  readonly onClose: () => void;
}

const PAGE_WIDTH_PX = 640;

/** The part of the passage on `page`, and where it starts within the page's text (0..1). */
function passageOnPage(source: Source, annotation: Annotation | undefined, pageStarts: readonly number[], page: number): { text: string; nearFraction: number } | null {
  if (!annotation || annotation.anchor.state === 'orphan') return null;
  const pageStart = pageStarts[page - 1] ?? 0;
  const pageEnd = pageStarts[page] ?? source.text.length;
  const start = Math.max(annotation.position.start, pageStart);
  const end = Math.min(annotation.position.end, pageEnd);
  if (end <= start) return null;
  return { text: source.text.slice(start, end), nearFraction: (start - pageStart) / Math.max(1, pageEnd - pageStart) };
}

export function PageView({ source, annotation, onClose }: PageViewProps): ReactNode {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [document, setDocument] = useState<{ pdf: PDFDocumentProxy; pageStarts: readonly number[] } | null>(null);
  const [page, setPage] = useState<number | null>(null);
  const [drawn, setDrawn] = useState<DrawnPage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // The page the view opens on: where the selected passage begins, as it was when opened.
  const [firstPage] = useState(() => annotation?.pages?.first ?? null);
  useEffect(() => {
    let closed = false;
    void (async () => {
      const [file, pageStarts] = await Promise.all([loadSourceFile(source.id), loadPageStarts(source.id)]);
      if (!file || !pageStarts) throw new Error('this article has no original PDF in the library');
      const pdf = await originalPdfOf(source.id, file.fileName, file.blob);
      if (closed) return;
      setDocument({ pdf, pageStarts });
      setPage((shown) => shown ?? firstPage ?? 1);
    })().catch((error: unknown) => setProblem(`The page could not be shown: ${errorMessage(error)}`));
    return () => {
      closed = true;
    };
  }, [source.id, firstPage]);

  // Redrawn when the page or the passage's place changes, not whenever the record is read again.
  const passageKey = annotation && annotation.anchor.state !== 'orphan' ? `${annotation.position.start}:${annotation.position.end}` : '';
  useEffect(() => {
    if (!document || page === null || !canvas.current) return;
    let current = true;
    setDrawn(null);
    const passage = passageOnPage(source, annotation, document.pageStarts, page);
    drawPage(source.title, document.pdf, page, canvas.current, PAGE_WIDTH_PX, passage)
      .then((result) => {
        if (!current) return;
        setDrawn(result);
        performance.mark('dw:page-view:drawn');
      })
      .catch((error: unknown) => setProblem(`Page ${page} could not be drawn: ${errorMessage(error)}`));
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- passageKey stands for the annotation's place
  }, [document, page, source.text, passageKey]);

  const count = document?.pdf.numPages ?? 0;
  const passage = document && page !== null ? passageOnPage(source, annotation, document.pageStarts, page) : null;
  return (
    <Dialog title={page === null ? 'Page view' : `Page ${page} of ${count}`} onClose={onClose}>
      <div className="page-view">
        <p className="page-view-status" role="status">
          {problem ??
            (!drawn
              ? 'Drawing the page…'
              : !passage
                ? 'The original page as published.'
                : drawn.highlights.length > 0
                  ? 'The selected passage is highlighted on the original page.'
                  : 'The selected passage could not be found in this page as pdf.js reads it; its place in the article is unaffected.')}
        </p>
        <div className="page-view-sheet" data-drawn={drawn ? 'true' : 'false'}>
          <canvas ref={canvas} role="img" aria-label={page === null ? 'Original page' : `Page ${page} of the original PDF`} />
          {drawn?.highlights.map((rect, index) => (
            <mark key={index} className="page-view-highlight" aria-label="Selected passage" style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }} />
          ))}
        </div>
        <div className="dialog-actions">
          <button type="button" disabled={page === null || page <= 1} onClick={() => setPage((p) => (p === null ? p : p - 1))}>
            Previous page
          </button>
          <button type="button" disabled={page === null || page >= count} onClick={() => setPage((p) => (p === null ? p : p + 1))}>
            Next page
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Dialog>
  );
}
