// The workbench window: toolbar, the three panes with the view router (the reader or a dossier's
// composer in the centre), notices, the status line and the dialogs.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { isSharedFileName } from '../../shared/bridge/fileTypes';
import { readBrowserFiles } from '../bridge/readBrowserFiles';
import { CommandButton } from '../commands/CommandButton';
import { useCommands } from '../commands/commandsContext';
import type { SourceRecord } from '../db/database';
import { useAnnotationActions } from '../features/annotations/useAnnotationActions';
import { DetailsPane } from '../features/details/DetailsPane';
import { DossierComposer } from '../features/dossier/DossierComposer';
import { DossierListPane } from '../features/dossier/DossierListPane';
import { FindInArticle } from '../features/find/FindInArticle';
import { ActorPage } from '../features/actors/ActorPage';
import { ActorsPane } from '../features/actors/ActorsPane';
import { useActorLibrary } from '../features/actors/useActorLibrary';
import { LibraryPane } from '../features/library/LibraryPane';
import { countAnnotations, useLibraryActions } from '../features/library/useLibraryActions';
import { useFileDrop } from '../features/library/useFileDrop';
import { ReaderPane } from '../features/reader/ReaderPane';
import { SearchField } from '../features/search/SearchField';
import { AnalystNamePrompt } from '../features/settings/AnalystNamePrompt';
import { useSharing } from '../features/sharing/useSharing';
import { ArticleMenu } from '../features/versions/ArticleMenu';
import { useVersionActions } from '../features/versions/useVersionActions';
import { VersionsSection } from '../features/versions/VersionsSection';
import { saveSettings } from '../db/settings';
import { LeftPane } from '../ui/LeftPane';
import { NoticeArea } from '../ui/NoticeArea';
import { PaneErrorBoundary } from '../ui/PaneErrorBoundary';
import { useEscapedErrors } from '../ui/useEscapedErrors';
import { usePaneLayout } from '../ui/paneLayout';
import { Panes } from '../ui/Panes';
import { PaneToggle } from '../ui/PaneToggle';
import { StatusLine } from '../ui/StatusLine';
import { TeamSyncStatus } from '../features/settings/TeamSyncStatus';
import type { WorkbenchShell } from '../ui/useWorkbenchShell';
import { errorMessage } from '../ui/workbenchContext';
import { ShellDialogs, type ShellDialog } from './ShellDialogs';
import { useShellCommands } from './useShellCommands';
import { useStartup } from './useStartup';
import { useViewState } from './useViewState';
import { ViewTabNote } from './ViewTabNote';
import { ClaimsView } from '../features/claims/ClaimsView';
import { TimelineView } from '../features/timeline/TimelineView';

const CENTRE_PANES = { claims: 'Claims', timeline: 'Timeline', actor: 'Actor', dossier: 'Dossier', reader: 'Reader' } as const;

export function Workbench({ shell }: { readonly shell: WorkbenchShell }): ReactNode {
  const { notify } = shell.workbench;
  const { router } = useCommands();
  const view = useViewState();
  const paneLayout = usePaneLayout(view.openSourceId === null && view.openDossierId === null);
  const centre = view.centreView ?? (view.openActorName !== null ? 'actor' : view.openDossierId ? 'dossier' : 'reader');
  const { settings, setSettings, appInfo, settingsLoaded } = useStartup();
  useEscapedErrors(notify);
  const [dialog, setDialog] = useState<ShellDialog>(null);
  const annotationActions = useAnnotationActions(settings.analystName, view.selectAnnotation);
  const versions = useVersionActions(view.openSource);
  const library = useLibraryActions(view.openSource, view.closeSourceIfOpen, versions.sameArticle);
  const sharing = useSharing(view.openSourceId, view.openDossierId, settings.analystName);
  // One live read for the Actors tab and an actor's page, and none while neither shows.
  const actorLibrary = useActorLibrary(view.leftTab === 'actors' || view.openActorName !== null);
  useShellCommands({ openDialog: setDialog, showTab: view.setLeftTab, runUndo: shell.runUndo });

  const dragging = useFileDrop(
    useCallback(
      (files: File[]) => {
        const shared = files.filter((f) => isSharedFileName(f.name));
        const articles = files.filter((f) => !isSharedFileName(f.name));
        const failed = (error: unknown): void => notify({ tone: 'error', message: `The dropped files could not be read: ${errorMessage(error)}` });
        if (articles.length) library.importDropped(articles).catch(failed);
        if (shared.length) readBrowserFiles(shared, 'shared-file').then(sharing.importFiles).catch(failed);
      },
      [library, sharing.importFiles, notify],
    ),
  );
  const askDelete = useCallback(
    (source: SourceRecord) => {
      countAnnotations(source.id).then(
        (count) => setDialog({ type: 'delete', source, count }),
        (error: unknown) => notify({ tone: 'error', message: `The article could not be read: ${errorMessage(error)}` }),
      );
    },
    [notify],
  );
  // Last of the effects: every view above has registered its commands by now, so host commands
  // that arrived during start-up can be delivered or reported.
  useEffect(() => router.markStarted(), [router]);

  return (
    <>
      <div className={`app${dragging ? ' dragging' : ''}`}>
        <header className="toolbar" role="toolbar" aria-label="Main actions">
          <h1 className="app-name">Dossier Workbench</h1>
          <PaneToggle pane="library" layout={paneLayout} />
          <CommandButton command="library.import" label="Import files">
            Import files…
          </CommandButton>
          <CommandButton command="library.paste">Paste text…</CommandButton>
          {sharing.toolbar}
          <span className="toolbar-spacer" />
          <SearchField onOpenArticle={view.openSource} onFollowAnnotation={view.followAnnotation} onOpenDossier={view.openDossier} analystName={settings.analystName} />
          <AnalystNamePrompt
            analystName={settingsLoaded ? settings.analystName : null}
            onSave={async (analystName) => setSettings(await saveSettings({ analystName }))}
          />
          <CommandButton command="settings.open" label="Settings">
            Settings
          </CommandButton>
          <PaneToggle pane="details" layout={paneLayout} />
        </header>
        <Panes
          layout={paneLayout}
          left={
            <PaneErrorBoundary pane="Library">
              <LeftPane
              tab={view.leftTab}
              onTabChange={view.setLeftTab}
              library={<LibraryPane selectedId={view.openSourceId} onOpen={view.openSource} onDeleteRequest={askDelete} />}
                dossiers={<DossierListPane openDossierId={view.openDossierId} onOpen={view.openDossier} />}
                actors={<ActorsPane library={actorLibrary} openActorName={view.openActorName} onOpenActor={view.openActor} analystName={settings.analystName} />}
                claims={<ViewTabNote view="claims" showing={view.centreView === 'claims'} onShow={() => view.setLeftTab('claims')} />}
                timeline={<ViewTabNote view="timeline" showing={view.centreView === 'timeline'} onShow={() => view.setLeftTab('timeline')} />}
              />
            </PaneErrorBoundary>
          }
          centre={
            <PaneErrorBoundary key={centre} pane={CENTRE_PANES[centre]}>
            {view.centreView === 'claims' ? (
              <ClaimsView onFollow={view.followAnnotation} />
            ) : view.centreView === 'timeline' ? (
              <TimelineView onFollow={view.followAnnotation} />
            ) : view.openActorName !== null ? (
              <ActorPage name={view.openActorName} library={actorLibrary} analystName={settings.analystName} onFollow={view.followAnnotation} onShowActor={view.openActor} />
            ) : view.openDossierId ? (
              <DossierComposer
                dossierId={view.openDossierId}
                selectedAnnotationId={view.selectedAnnotationId}
                onSelectAnnotation={view.selectAnnotation}
                onShowInArticle={view.followAnnotation}
              />
            ) : (
              <ReaderPane
                sourceId={view.openSourceId}
                selectedAnnotationId={view.selectedAnnotationId}
                onSelectAnnotation={view.selectAnnotation}
                onTag={async (source, start, end, kind) => void (await annotationActions.tag(source, start, end, kind))}
                onTextSelection={view.setTextSelection}
                findTool={FindInArticle}
                headerActions={(source) => <ArticleMenu source={source} actions={versions} />}
              />
            )}
            </PaneErrorBoundary>
          }
          right={
            <PaneErrorBoundary pane="Details">
            <DetailsPane
              sourceId={view.openDossierId ? null : view.openSourceId}
              emptyMessage={view.openDossierId ? 'Choose “Edit annotation” on a passage to see and edit its annotation here.' : undefined}
              selectedAnnotationId={view.selectedAnnotationId}
              textSelection={view.textSelection}
              actions={annotationActions}
              onSelectAnnotation={view.selectAnnotation}
              onFollow={view.followAnnotation}
              onSave={library.saveMetadata}
              onDeleteRequest={askDelete}
              articleExtras={(source) => <VersionsSection source={source} actions={versions} />}
            />
            </PaneErrorBoundary>
          }
        />
        <NoticeArea notices={shell.notices} onDismiss={shell.dismiss} />
        <StatusLine status={shell.status}>
          <TeamSyncStatus />
        </StatusLine>
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            Drop articles to import them
          </div>
        )}
      </div>
      {sharing.dialogs}
      {versions.dialogs}
      <ShellDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        library={library}
        settings={settings}
        onSettings={setSettings}
        appInfo={appInfo}
      />
    </>
  );
}
