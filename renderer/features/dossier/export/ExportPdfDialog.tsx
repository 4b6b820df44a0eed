// The PDF export dialog: paper size, layout and arrangement, then the export's stages with
// progress and a Cancel button. The print view it mounts stays until the dialog closes.
import { useState, type ReactNode } from 'react';
import { PAGE_SIZES, type PageSize } from '../../../../shared/bridge/hostBridge';
import { Dialog } from '../../../ui/Dialog';
import { readPreference, writePreference } from '../../../ui/viewPreferences';
import { DOSSIER_VIEWS, VIEW_LABELS, type DossierView } from '../model/dossierViews';
import { PrintDocument } from '../print/PrintDocument';
import { COMPACT_FROM_PASSAGES, defaultLayout, PRINT_LAYOUTS, type PrintLayout } from '../print/printModel';
import { usePdfExport } from './usePdfExport';

interface ExportPdfDialogProps {
  readonly dossierId: string;
  readonly initialView: DossierView;
  /** Long dossiers default to the compact layout. */
  readonly passageCount: number;
  readonly onClose: () => void;
}

const PAGE_SIZE_PREFERENCE = 'pageSize';
const PAGE_SIZE_LABELS: Readonly<Record<PageSize, string>> = { A4: 'A4 (210 × 297 mm)', Letter: 'Letter (8.5 × 11 in)' };
const LAYOUT_LABELS: Readonly<Record<PrintLayout, string>> = {
  detailed: 'Detailed: every field of each passage, labelled',
  compact: 'Compact: filled-in fields on one line, quote in context, numbered sources',
};

function initialPageSize(): PageSize {
  const saved = readPreference(PAGE_SIZE_PREFERENCE);
  if (saved === 'A4' || saved === 'Letter') return saved;
  // Letter where it is the norm (the United States and Canada), A4 elsewhere.
  return /-(US|CA)$/i.test(navigator.language) ? 'Letter' : 'A4';
}

export function ExportPdfDialog({ dossierId, initialView, passageCount, onClose }: ExportPdfDialogProps): ReactNode {
  const [pageSize, setPageSize] = useState<PageSize>(initialPageSize);
  const [layout, setLayout] = useState<PrintLayout>(() => defaultLayout(passageCount));
  const [view, setView] = useState<DossierView>(initialView);
  const exporter = usePdfExport(dossierId);
  const { stage, progress, message, job } = exporter;
  const running = stage === 'preparing' || stage === 'printing';
  const close = (): void => {
    // Printing reads the print view as it is; it must stay until the host has finished.
    if (stage === 'printing') return;
    exporter.cancel();
    onClose();
  };
  const start = (): void => {
    writePreference(PAGE_SIZE_PREFERENCE, pageSize);
    void exporter.start({ pageSize, view, layout });
  };
  const missing = job?.model.missingCount ?? 0;

  return (
    <Dialog title="Export PDF" onClose={close}>
      {stage === 'idle' ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            start();
          }}
        >
          <fieldset className="choice-group">
            <legend>Paper size</legend>
            {PAGE_SIZES.map((size) => (
              <label key={size} className="choice">
                <input type="radio" name="page-size" value={size} checked={pageSize === size} onChange={() => setPageSize(size)} />
                {PAGE_SIZE_LABELS[size]}
              </label>
            ))}
          </fieldset>
          <fieldset className="choice-group">
            <legend>Layout</legend>
            {PRINT_LAYOUTS.map((option) => (
              <label key={option} className="choice">
                <input type="radio" name="layout" value={option} checked={layout === option} onChange={() => setLayout(option)} />
                {LAYOUT_LABELS[option]}
              </label>
            ))}
            <p className="empty-inline">Compact is the default from {COMPACT_FROM_PASSAGES} passages.</p>
          </fieldset>
          <label>
            Arrangement
            <select value={view} onChange={(e) => setView(e.target.value as DossierView)}>
              {DOSSIER_VIEWS.map((v) => (
                <option key={v} value={v}>
                  {VIEW_LABELS[v]}
                </option>
              ))}
            </select>
          </label>
          {view !== 'composed' && <p className="empty-inline">Grouped arrangements print the passages only; narrative sections and views (claims tables, timelines) print in the composed order.</p>}
          <div className="form-actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="primary">
              Export PDF
            </button>
          </div>
        </form>
      ) : (
        <div className="export-progress">
          <p role="status" aria-live="polite">
            {message}
          </p>
          {running && <progress aria-label="Export progress" max={1} value={progress} />}
          {missing > 0 && stage !== 'failed' && (
            <p className="empty-inline">
              {missing} passage{missing === 1 ? ' was' : 's were'} left out: {missing === 1 ? 'its annotation was' : 'their annotations were'} deleted.
            </p>
          )}
          {stage === 'printing' && <p className="empty-inline">Printing cannot be stopped from here; the save dialog that follows has its own Cancel.</p>}
          <div className="form-actions">
            {running ? (
              <button type="button" onClick={exporter.cancel} disabled={stage === 'printing'}>
                Cancel export
              </button>
            ) : (
              <button type="button" className="primary" onClick={onClose} autoFocus>
                Close
              </button>
            )}
          </div>
        </div>
      )}
      {job && stage !== 'cancelled' && (
        <PrintDocument model={job.model} pageSize={job.pageSize} limit={job.limit} pages={job.pages} contexts={job.contexts} documentRef={exporter.documentRef} />
      )}
    </Dialog>
  );
}
