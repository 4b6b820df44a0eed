// The workbench shell: toolbar, the three panes, notices and the status line.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { AppInfo } from '../shared/bridge/hostBridge';
import { DEFAULT_SETTINGS, type Annotation, type Settings } from '../shared/model';
import { useAnnotationActions } from './features/annotations/useAnnotationActions';
import { hostBridge } from './bridge/hostBridge';
import type { SourceRecord } from './db/database';
import { loadSettings, saveSettings } from './db/settings';
import { DetailsPane } from './features/details/DetailsPane';
import { DossierComposer } from './features/dossier/DossierComposer';
import { DossierListPane } from './features/dossier/DossierListPane';
import { LeftPane, useLeftTab } from './features/dossier/LeftPane';
import { ConfirmDeleteDialog } from './features/library/ConfirmDeleteDialog';
import { LibraryPane } from './features/library/LibraryPane';
import { PasteDialog } from './features/library/PasteDialog';
import { seedSampleLibrary } from './features/library/samples';
import { countAnnotations, useLibraryActions } from './features/library/useLibraryActions';
import { useFileDrop } from './features/library/useFileDrop';
import { isSharedFileName } from './features/sharing/importSharedFile';
import { useSharing } from './features/sharing/useSharing';
import { readBrowserFiles } from './bridge/browserBridge';
import { ReaderPane } from './features/reader/ReaderPane';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { requestPersistentStorage } from './features/settings/storagePersistence';
import { readLastView, writeLastView } from './ui/lastView';
import { NoticeArea } from './ui/NoticeArea';
import { Panes } from './ui/Panes';
import { StatusLine } from './ui/StatusLine';
import { useWorkbenchShell, type WorkbenchShell } from './ui/useWorkbenchShell';
import { WorkbenchContext, errorMessage } from './ui/workbenchContext';

const PDF_NEEDS_DOSSIER = 'Open a dossier (Dossiers tab) to export it as a PDF.';

type OpenDialog = { type: 'paste' } | { type: 'settings' } | { type: 'delete'; source: SourceRecord; count: number } | null;

function Workbench({ shell }: { readonly shell: WorkbenchShell }): ReactNode {
  const { notify, setStatus } = shell.workbench;
  const [openSourceId, setOpenSourceIdState] = useState<string | null>(() => readLastView().sourceId);
  // When set, the centre pane shows this dossier's composer instead of the article.
  const [openDossierId, setOpenDossierId] = useState<string | null>(() => readLastView().dossierId);
  useEffect(() => writeLastView({ sourceId: openSourceId, dossierId: openDossierId }), [openSourceId, openDossierId]);
  const [leftTab, setLeftTab] = useLeftTab();
  const [selectedAnnotationId, setSelectedAnnotationId] = useState<string | null>(null);
  const [textSelection, setTextSelection] = useState<{ start: number; end: number } | null>(null);
  const setOpenSourceId = useCallback((id: string | null) => {
    if (id) setOpenDossierId(null);
    setOpenSourceIdState((current) => {
      if (current !== id) {
        setSelectedAnnotationId(null);
        setTextSelection(null);
      }
      return id;
    });
  }, []);
  const followAnnotation = useCallback((annotation: Annotation) => {
    setOpenDossierId(null);
    setOpenSourceIdState(annotation.sourceId);
    setTextSelection(null);
    setSelectedAnnotationId(annotation.id);
  }, []);
  const openDossier = useCallback((id: string) => {
    setOpenDossierId(id);
    setSelectedAnnotationId(null);
    setTextSelection(null);
  }, []);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const closeIfOpen = useCallback((id: string) => setOpenSourceIdState((current) => (current === id ? null : current)), []);
  const annotationActions = useAnnotationActions(settings.analystName, setSelectedAnnotationId);
  const actions = useLibraryActions(setOpenSourceId, closeIfOpen);
  const sharing = useSharing(openSourceId, settings.analystName, appInfo?.version ?? '');
  const dragging = useFileDrop(
    useCallback(
      (files: File[]) => {
        const shared = files.filter((f) => isSharedFileName(f.name));
        const articles = files.filter((f) => !isSharedFileName(f.name));
        if (articles.length) void actions.importDropped(articles);
        if (shared.length) void readBrowserFiles(shared, 'shared-file').then(sharing.importFiles);
      },
      [actions, sharing.importFiles],
    ),
  );

  useEffect(() => {
    void (async () => {
      try {
        const added = await seedSampleLibrary();
        if (added) setStatus(`Welcome: ${added} sample articles are in the library.`);
        let loaded = await loadSettings();
        if (loaded.storagePersistence === 'unknown') {
          loaded = await saveSettings({ storagePersistence: await requestPersistentStorage() });
        }
        setSettings(loaded);
      } catch (error) {
        notify({ tone: 'error', message: `The library could not be opened: ${errorMessage(error)}` });
      }
    })();
    void hostBridge.getAppInfo().then(setAppInfo);
  }, [notify, setStatus]);

  const askDelete = useCallback(async (source: SourceRecord) => {
    setDialog({ type: 'delete', source, count: await countAnnotations(source.id) });
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'o' && !event.shiftKey) void actions.importFromPicker();
      else if (key === 'o' && event.shiftKey) void sharing.openFromPicker();
      else if (key === 'e' && event.shiftKey) sharing.openExport();
      // With a dossier open, its composer takes the key and opens the PDF export.
      else if (key === 'p' && !event.shiftKey && !openDossierId) notify({ tone: 'info', message: PDF_NEEDS_DOSSIER });
      else if (event.key === ',') setDialog({ type: 'settings' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = hostBridge.onCommand((command) => {
      if (command.type === 'import-article') void actions.importFromPicker();
      else if (command.type === 'open-shared-file') void sharing.openFromPicker();
      else if (command.type === 'export-shared-file') sharing.openExport();
      else if (command.type === 'files-opened') void sharing.importFiles(command.files);
      // An open dossier's composer handles its own export.
      else if (command.type === 'export-pdf' && !openDossierId) notify({ tone: 'info', message: PDF_NEEDS_DOSSIER });
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [actions, sharing.openFromPicker, sharing.openExport, sharing.importFiles, openDossierId, notify]);

  return (
    <>
      <div className={`app${dragging ? ' dragging' : ''}`}>
        <header className="toolbar" role="toolbar" aria-label="Main actions">
          <h1 className="app-name">Dossier Workbench</h1>
          <button type="button" onClick={() => void actions.importFromPicker()} aria-keyshortcuts="Control+O" title="Import files (Ctrl+O)">
            Import files…
          </button>
          <button type="button" onClick={() => setDialog({ type: 'paste' })}>
            Paste text…
          </button>
          {sharing.toolbar}
          <span className="toolbar-spacer" />
          <button type="button" onClick={() => setDialog({ type: 'settings' })} aria-keyshortcuts="Control+," title="Settings (Ctrl+,)">
            Settings
          </button>
        </header>
        <Panes
          left={
            <LeftPane
              tab={leftTab}
              onTabChange={setLeftTab}
              library={<LibraryPane selectedId={openSourceId} onOpen={setOpenSourceId} onDeleteRequest={(s) => void askDelete(s)} />}
              dossiers={<DossierListPane openDossierId={openDossierId} onOpen={openDossier} />}
            />
          }
          centre={
            openDossierId ? (
              <DossierComposer
                dossierId={openDossierId}
                selectedAnnotationId={selectedAnnotationId}
                onSelectAnnotation={setSelectedAnnotationId}
                onShowInArticle={followAnnotation}
              />
            ) : (
              <ReaderPane
                sourceId={openSourceId}
                selectedAnnotationId={selectedAnnotationId}
                onSelectAnnotation={setSelectedAnnotationId}
                onTag={async (source, start, end, kind) => void (await annotationActions.tag(source, start, end, kind))}
                onTextSelection={setTextSelection}
              />
            )
          }
          right={
            <DetailsPane
              sourceId={openDossierId ? null : openSourceId}
              emptyMessage={openDossierId ? 'Choose “Edit annotation” on a passage to see and edit its annotation here.' : undefined}
              selectedAnnotationId={selectedAnnotationId}
              textSelection={textSelection}
              actions={annotationActions}
              onSelectAnnotation={setSelectedAnnotationId}
              onFollow={followAnnotation}
              onSave={actions.saveMetadata}
              onDeleteRequest={(s) => void askDelete(s)}
            />
          }
        />
        <NoticeArea notices={shell.notices} onDismiss={shell.dismiss} />
        <StatusLine status={shell.status} />
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            Drop articles to import them
          </div>
        )}
      </div>
      {sharing.dialogs}
      {dialog?.type === 'paste' && <PasteDialog onImport={actions.importPasted} onClose={() => setDialog(null)} />}
      {dialog?.type === 'delete' && (
        <ConfirmDeleteDialog
          source={dialog.source}
          annotationCount={dialog.count}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void actions.deleteArticle(dialog.source);
          }}
        />
      )}
      {dialog?.type === 'settings' && (
        <SettingsDialog
          settings={settings}
          appInfo={appInfo}
          onClose={() => setDialog(null)}
          onSave={async (changes) => setSettings(await saveSettings(changes))}
          onRequestPersistence={async () => setSettings(await saveSettings({ storagePersistence: await requestPersistentStorage() }))}
        />
      )}
    </>
  );
}

export function App(): ReactNode {
  const shell = useWorkbenchShell();
  return (
    <WorkbenchContext.Provider value={shell.workbench}>
      <Workbench shell={shell} />
    </WorkbenchContext.Provider>
  );
}
