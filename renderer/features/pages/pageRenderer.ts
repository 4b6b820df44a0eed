// Draws one page of an article's original PDF on a canvas, in the window, with pdf.js's own
// worker doing the parsing (the window only paints), and finds the selected passage on it.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url';
import { locateOnPage, type PageRect } from '../../../shared/import/pdfLocate';
import { openPdf, readPageItems, type PdfJs } from './pdfDocument';

let withWorker: Promise<PdfJs> | null = null;

/** pdf.js with its own worker, started once for the window (same origin: the CSP's script-src 'self' allows it). */
function pdfJsWithWorker(): Promise<PdfJs> {
  withWorker ??= (async () => {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(workerUrl, { type: 'module', name: 'pdf.js' });
    return pdfjs;
  })();
  return withWorker;
}

async function openOriginalPdf(name: string, blob: Blob): Promise<PDFDocumentProxy> {
  return openPdf(name, new Uint8Array(await blob.arrayBuffer()), pdfJsWithWorker);
}

/** The open article's PDF, opened once: the reader opens it ahead of need, the Page view draws from it. */
let current: { readonly sourceId: string; readonly document: Promise<PDFDocumentProxy> } | null = null;

export function originalPdfOf(sourceId: string, name: string, blob: Blob): Promise<PDFDocumentProxy> {
  if (current?.sourceId === sourceId) return current.document;
  // One article's PDF at a time: the previous one's memory goes back when another opens.
  void current?.document.then((previous) => previous.destroy()).catch(() => undefined);
  const document = openOriginalPdf(name, blob);
  current = { sourceId, document };
  document.catch(() => {
    if (current?.document === document) current = null;
  });
  return document;
}

/** A highlight rectangle in CSS pixels over the drawn page. */
export interface ScreenRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface DrawnPage {
  readonly width: number;
  readonly height: number;
  readonly highlights: readonly ScreenRect[];
}

/**
 * Draws `pageNumber` at `cssWidth` pixels wide and returns where `passage` lies on it (no
 * rectangles when the page does not hold it, as after a re-extraction that reads differently).
 */
export async function drawPage(
  name: string,
  document: PDFDocumentProxy,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  cssWidth: number,
  passage: { readonly text: string; readonly nearFraction: number } | null,
): Promise<DrawnPage> {
  const page = await document.getPage(pageNumber);
  const unscaled = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: cssWidth / unscaled.width });
  const ratio = globalThis.devicePixelRatio || 1;
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${viewport.width}px`;
  canvas.style.height = `${viewport.height}px`;
  const [, items] = await Promise.all([
    page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise,
    passage ? readPageItems(name, document, pageNumber) : Promise.resolve(null),
  ]);
  const rects: readonly PageRect[] = passage && items ? locateOnPage(items, passage.text, passage.nearFraction) : [];
  const highlights = rects.map((rect) => {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = viewport.convertToViewportRectangle([rect.x, rect.y, rect.x + rect.width, rect.y + rect.height]);
    return { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
  });
  return { width: viewport.width, height: viewport.height, highlights };
}
