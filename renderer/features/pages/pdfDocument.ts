// Opens a PDF with pdf.js and reads its pages' text items, turning pdf.js's failures into
// sentences an analyst can act on. Runs in the exchange worker (import) and in the window
// (the Page view); pdf.js's parsing runs in the calling thread, in its "fake worker".
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { PdfPageItems } from '../../../shared/import/pdfText';
import { BundledPdfData } from './pdfBinaryData';

export type PdfJs = typeof import('pdfjs-dist');

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js with its worker code loaded into this thread: the import already runs in the exchange
 * worker, and the Page view renders one page, so a second worker would only add start-up time.
 * Node (unit tests) has no DOMMatrix and takes pdf.js's legacy build.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const inNode = typeof DOMMatrix === 'undefined';
    const [pdfjs, worker] = inNode
      ? await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')])
      : await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs as PdfJs;
  })();
  return loading;
}

/** A PDF that cannot be read, with the reason in a sentence. */
export class PdfProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfProblem';
  }
}

function hasBytes(bytes: Uint8Array, marker: string, from: number, to: number): boolean {
  const window = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, from), Math.min(bytes.length, to)));
  return window.includes(marker);
}

/** Checks what pdf.js would otherwise repair silently: a file cut short loses its last pages. */
export function checkPdfEnvelope(name: string, bytes: Uint8Array): void {
  if (!hasBytes(bytes, '%PDF-', 0, 1024)) throw new PdfProblem(`${name} is not a PDF file (it does not start with a PDF header).`);
  if (!hasBytes(bytes, '%%EOF', bytes.length - 2048, bytes.length)) {
    throw new PdfProblem(`${name} is truncated: the file ends before the PDF does (download or copy it again).`);
  }
}

function explain(name: string, error: unknown): PdfProblem {
  if (error instanceof PdfProblem) return error;
  const kind = error instanceof Error ? error.name : '';
  if (kind === 'PasswordException') {
    return new PdfProblem(`${name} is encrypted and needs a password to open; save an unprotected copy and import that.`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new PdfProblem(`${name} is damaged and could not be read as a PDF (${detail}).`);
}

/**
 * Opens the document; bytes are copied, since pdf.js takes ownership of what it is given.
 * `pdfjs` is the in-thread one unless the caller set up pdf.js's own worker (the Page view).
 */
export async function openPdf(name: string, bytes: Uint8Array, withPdfJs: () => Promise<PdfJs> = loadPdfJs): Promise<PDFDocumentProxy> {
  checkPdfEnvelope(name, bytes);
  const pdfjs = await withPdfJs();
  try {
    // No eval (the page's CSP forbids it) and no WebAssembly (text PDFs do not need its image
    // decoders, and allowing it would widen the CSP); stopAtErrors so damage is reported, not skipped.
    // CMaps come from the app's bundle (pdfBinaryData.ts); Node (unit tests) reads none.
    const cMaps = typeof DOMMatrix === 'undefined' ? {} : { BinaryDataFactory: BundledPdfData, useWorkerFetch: false };
    return await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useWasm: false, stopAtErrors: true, enableXfa: false, ...cMaps })
      .promise;
  } catch (error) {
    throw explain(name, error);
  }
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** One page's text items as plain records (PDF units, y up). */
export async function readPageItems(name: string, document: PDFDocumentProxy, pageNumber: number): Promise<PdfPageItems> {
  try {
    const page = await document.getPage(pageNumber);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = content.items.filter(isTextItem).map((item) => ({
      str: item.str,
      x: item.transform[4] ?? 0,
      y: item.transform[5] ?? 0,
      width: item.width,
      height: item.height || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0),
    }));
    page.cleanup();
    return { width: viewport.width, height: viewport.height, items };
  } catch (error) {
    throw explain(name, error);
  }
}
