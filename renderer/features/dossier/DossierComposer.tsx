// The centre pane when a dossier is open: its title page, its items (as composed, or grouped by
// kind, actor or event date), and its exports to PDF and to a shared file.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Annotation } from '../../../shared/model';
import { CommandButton } from '../../commands/CommandButton';
import { useCommandHandler } from '../../commands/commandsContext';
import { loadDossierContent } from '../../db/dossiers';
import { readPreference, writePreference } from '../../ui/viewPreferences';
import { useWorkbench, errorMessage } from '../../ui/workbenchContext';
import { requestAnalystName } from '../settings/analystNameRequest';
import { MissingAnalystName } from '../sharing/checkExport';
import { saveSharedFile } from '../sharing/exportSharedFile';
import { ComposedList } from './compose/ComposedList';
import { GroupedList } from './compose/GroupedList';
import { TitlePageForm } from './compose/TitlePageForm';
import { setDossierTarget } from './dossierTarget';
import { ExportPdfDialog } from './export/ExportPdfDialog';
import { describeDossier, isNumbered } from './model/dossierEntries';
import { DOSSIER_VIEWS, VIEW_LABELS, type DossierView } from './model/dossierViews';
import { useDossierActions } from './useDossierActions';
import './dossier.css';

interface DossierComposerProps {
  readonly dossierId: string;
  readonly selectedAnnotationId: string | null;
  readonly onSelectAnnotation: (id: string) => void;
  readonly onShowInArticle: (annotation: Annotation) => void;
}

const TITLE_PAGE_PREFERENCE = 'titlePage';
const OUTLINE_PREFERENCE = 'dossierOutline';

export function DossierComposer({ dossierId, selectedAnnotationId, onSelectAnnotation, onShowInArticle }: DossierComposerProps): ReactNode {
  const { setStatus, notify } = useWorkbench();
  const content = useLiveQuery(() => loadDossierContent(dossierId), [dossierId]);
  const entries = useMemo(() => (content ? describeDossier(content) : []), [content]);
  const actions = useDossierActions();
  const [view, setView] = useState<DossierView>('composed');
  const [exportingPdf, setExportingPdf] = useState(false);
  // Collapsed once, the title page stays collapsed (for every dossier, across restarts).
  const [titlePageOpen, setTitlePageOpen] = useState(() => readPreference(TITLE_PAGE_PREFERENCE) !== 'closed');
  const toggleTitlePage = (): void => {
    writePreference(TITLE_PAGE_PREFERENCE, titlePageOpen ? 'closed' : 'open');
    setTitlePageOpen(!titlePageOpen);
  };
  // Outline (one line per item) is for reordering a long dossier; it too is remembered.
  const [outline, setOutline] = useState(() => readPreference(OUTLINE_PREFERENCE) === 'on');
  const toggleOutline = (): void => {
    writePreference(OUTLINE_PREFERENCE, outline ? 'off' : 'on');
    setOutline(!outline);
  };
  /** The item focus was last in: a new narrative section goes after it. */
  const lastFocusedItem = useRef<string | null>(null);
  // Stable, so the memoised list is not redrawn for it.
  const rememberFocusedItem = useCallback((id: string) => {
    lastFocusedItem.current = id;
  }, []);
  const addNarrative = (): void => {
    const index = entries.findIndex((entry) => entry.item.id === lastFocusedItem.current);
    void actions.addNarrative(dossierId, index >= 0 ? index + 1 : undefined);
  };

  useEffect(() => setDossierTarget(dossierId), [dossierId]);
  // Ctrl+P and the menu's "Export dossier as PDF…" open the export (in a browser the key would
  // otherwise print the app itself).
  useCommandHandler('dossier.exportPdf', () => setExportingPdf(true));

  const exportJson = async (): Promise<void> => {
    setStatus('Writing the shared file…', 0.5);
    try {
      const { result, annotationCount: passages, sourceCount: sources } = await saveSharedFile({
        choice: { kind: 'dossier', dossierId },
        label: content?.dossier.title ?? 'dossier',
        // Colleagues need the texts to read the passages in context and to re-anchor them.
        includeText: true,
        format: 'dossier',
      });
      setStatus(
        result.status === 'saved'
          ? `Exported ${passages} passage${passages === 1 ? '' : 's'} from ${sources} source${sources === 1 ? '' : 's'} as ${result.name}.`
          : 'Export cancelled.',
      );
    } catch (error) {
      setStatus('Export failed.');
      if (error instanceof MissingAnalystName) requestAnalystName();
      notify({ tone: 'error', message: `The shared file could not be written: ${errorMessage(error)}` });
    }
  };

  if (content === undefined) {
    return (
      <main className="pane dossier-composer" aria-labelledby="dossier-heading">
        <p className="empty" id="dossier-heading">
          Opening the dossier…
        </p>
      </main>
    );
  }
  if (content === null) {
    return (
      <main className="pane dossier-composer" aria-labelledby="dossier-heading">
        <div className="empty reader-empty">
          <h2 id="dossier-heading">Dossier not found</h2>
          <p>It was deleted. Undo (Ctrl+Z) brings it back, or choose another dossier.</p>
        </div>
      </main>
    );
  }
  const { dossier } = content;
  const passages = entries.filter((e) => e.type === 'passage').length;

  return (
    <main className="pane dossier-composer" aria-labelledby="dossier-heading">
      <header className="dossier-header">
        <p className="dossier-kicker">Dossier</p>
        <h2 id="dossier-heading" dir="auto">
          {dossier.title}
        </h2>
        {dossier.handling && <p className="dossier-handling">{dossier.handling}</p>}
        <div className="dossier-toolbar" role="toolbar" aria-label="Dossier actions">
          <button type="button" onClick={addNarrative}>
            Add narrative section
          </button>
          {view === 'composed' && (
            <button type="button" aria-pressed={outline} onClick={toggleOutline}>
              Outline
            </button>
          )}
          <span className="toolbar-spacer" />
          <CommandButton command="dossier.exportPdf" label="Export PDF">
            Export PDF…
          </CommandButton>
          <button type="button" onClick={() => void exportJson()}>
            Export shared file
          </button>
        </div>
        <button type="button" className="disclosure" aria-expanded={titlePageOpen} onClick={toggleTitlePage}>
          Title page
        </button>
        {titlePageOpen && <TitlePageForm key={dossier.id} dossier={dossier} actions={actions} />}
        <fieldset className="choice-group view-switch">
          <legend>
            View · {passages} passage{passages === 1 ? '' : 's'}, {entries.length - passages} section{entries.length - passages === 1 ? '' : 's'}
          </legend>
          {DOSSIER_VIEWS.map((v) => (
            <label key={v} className="choice">
              <input type="radio" name={`dossier-view-${dossierId}`} value={v} checked={view === v} onChange={() => setView(v)} />
              {VIEW_LABELS[v]}
            </label>
          ))}
        </fieldset>
      </header>
      {view === 'composed' ? (
        <ComposedList
          dossierId={dossierId}
          entries={entries}
          selectedAnnotationId={selectedAnnotationId}
          actions={actions}
          onSelectAnnotation={onSelectAnnotation}
          onShowInArticle={onShowInArticle}
          onItemFocus={rememberFocusedItem}
          outline={outline}
        />
      ) : (
        <GroupedList entries={entries} view={view} selectedAnnotationId={selectedAnnotationId} onSelectAnnotation={onSelectAnnotation} onShowInArticle={onShowInArticle} />
      )}
      {exportingPdf && <ExportPdfDialog dossierId={dossierId} initialView={view} passageCount={entries.filter(isNumbered).length} onClose={() => setExportingPdf(false)} />}
    </main>
  );
}
