// The PDF export as stages the analyst can follow: preparing the print view (rendered in steps,
// with progress, and cancellable, then measured for the contents' page numbers), printing (the
// host's printToPDF, or the browser's print dialog), then done. The print view stays mounted
// until the export dialog closes.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { PageSize } from '../../../../shared/bridge/hostBridge';
import { hostBridge } from '../../../bridge/hostBridge';
import { loadDossierContent } from '../../../db/dossiers';
import { loadViewLibrary } from '../../../db/views';
import { loadSourceTexts } from '../../../db/library';
import { checkPrintContent } from './checkPrintContent';
import { useWorkbench, errorMessage } from '../../../ui/workbenchContext';
import { describeDossier } from '../model/dossierEntries';
import type { DossierView } from '../model/dossierViews';
import { measurePages, samePages } from '../print/measurePages';
import { buildPrintModel, passageContexts, type PrintLayout, type PrintModel } from '../print/printModel';
import type { QuoteContext } from '../print/wordCuts';
import { suggestedFileName } from '../../../../shared/bridge/suggestedFileName';

export type ExportStage = 'idle' | 'preparing' | 'printing' | 'done' | 'cancelled' | 'failed';

export interface PrintJob {
  readonly model: PrintModel;
  readonly pageSize: PageSize;
  readonly limit: number;
  readonly pages: ReadonlyMap<string, number> | null;
  readonly contexts: ReadonlyMap<string, QuoteContext>;
}

export interface ExportOptions {
  readonly pageSize: PageSize;
  readonly view: DossierView;
  readonly layout: PrintLayout;
}

export interface PdfExport {
  readonly stage: ExportStage;
  readonly progress: number;
  readonly message: string;
  readonly job: PrintJob | null;
  /** The print view's root, which the measuring pass reads. */
  readonly documentRef: RefObject<HTMLDivElement | null>;
  readonly start: (options: ExportOptions) => Promise<void>;
  /** Stops the export while it is preparing; once printing began, the host's own dialog cancels. */
  readonly cancel: () => void;
}

/** Blocks rendered per step: a few dozen passages lay out in well under a frame's budget. */
const BLOCKS_PER_STEP = 40;
/** Numbers sit in a fixed-width column, so the second measure confirms the first; a third is a guard. */
const MEASURE_PASSES = 3;

class ExportCancelled extends Error {}

/** Lets the browser paint (the progress bar) between steps; falls back to a timer when hidden. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}

export function usePdfExport(dossierId: string): PdfExport {
  const { setStatus } = useWorkbench();
  const [stage, setStage] = useState<ExportStage>('idle');
  const [progress, setProgress] = useState(0);
  const [message, setMessage] = useState('');
  const [job, setJob] = useState<PrintJob | null>(null);
  const cancelled = useRef(false);
  const mounted = useRef(true);
  const documentRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    mounted.current = true;
    return () => {
      // Closing the dialog mid-way cancels the preparation.
      mounted.current = false;
      cancelled.current = true;
    };
  }, []);

  const report = useCallback(
    (next: ExportStage, fraction: number, text: string) => {
      if (!mounted.current) return;
      setStage(next);
      setProgress(fraction);
      setMessage(text);
      setStatus(text, next === 'preparing' || next === 'printing' ? fraction : undefined);
    },
    [setStatus],
  );

  const start = useCallback(
    async ({ pageSize, view, layout }: ExportOptions) => {
      cancelled.current = false;
      const check = (): void => {
        if (cancelled.current) throw new ExportCancelled();
      };
      try {
        report('preparing', 0, 'Preparing the print view…');
        const loaded = await loadDossierContent(dossierId);
        if (!loaded) throw new Error('This dossier is no longer in the library.');
        const content = checkPrintContent(loaded);
        // View sections are computed from the whole library, read only when the dossier has one.
        const library = content.dossier.items.some((item) => item.type === 'view') ? await loadViewLibrary() : undefined;
        const model = buildPrintModel(content.dossier, describeDossier(content), { view, layout, now: new Date(), library });
        const texts = layout === 'compact' ? await loadSourceTexts(model.sources.map((source) => source.id)) : new Map<string, string>();
        const contexts = layout === 'compact' ? passageContexts(model, texts) : new Map<string, QuoteContext>();
        const total = model.blocks.length;
        for (let limit = 0; ; limit = Math.min(total, limit + BLOCKS_PER_STEP)) {
          check();
          // Rendered now, not at React's leisure, so the step's layout happens before the next paint.
          flushSync(() => setJob({ model, pageSize, limit, pages: null, contexts }));
          report('preparing', total === 0 ? 0.8 : 0.1 + (0.7 * limit) / total, `Preparing the print view: ${limit} of ${total} parts…`);
          await nextPaint();
          if (limit >= total) break;
        }
        await document.fonts.ready;
        check();
        report('preparing', 0.8, 'Numbering the pages of the contents…');
        let pages: ReadonlyMap<string, number> | null = null;
        for (let pass = 0; pass < MEASURE_PASSES; pass += 1) {
          const root = documentRef.current;
          if (!root) throw new Error('the print view was closed.');
          const measured = measurePages(root, model.contents.map((entry) => entry.anchor));
          if (pages && samePages(pages, measured)) break;
          pages = measured;
          flushSync(() => setJob({ model, pageSize, limit: total, pages: measured, contexts }));
        }
        check();
        report('printing', 0.85, hostBridge.host === 'electron' ? 'Printing the PDF… you will be asked where to save it.' : 'Opening the print dialog…');
        const result = await hostBridge.printToPdf({ suggestedName: suggestedFileName(model.dossier.title, '.pdf'), pageSize });
        if (result.status === 'cancelled') report('cancelled', 1, 'PDF export cancelled.');
        else if (hostBridge.host === 'electron') report('done', 1, `Saved the PDF as ${result.name}.`);
        else report('done', 1, 'Sent to the print dialog: choose “Save as PDF” there to keep a PDF.');
      } catch (error) {
        if (error instanceof ExportCancelled) {
          setJob(null);
          report('cancelled', 1, 'PDF export cancelled.');
        } else report('failed', 1, `The PDF could not be made: ${errorMessage(error)}`);
      }
    },
    [dossierId, report],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  return { stage, progress, message, job, documentRef, start, cancel };
}
