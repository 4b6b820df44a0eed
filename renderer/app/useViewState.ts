// What the workbench shows: the open article or dossier, the selected annotation, the text
// selected in the reader, and the left pane's tab. The last view is reopened on the next start.
import { useCallback, useEffect, useState } from 'react';
import type { Annotation } from '../../shared/model';
import { readLastView, writeLastView } from '../ui/lastView';
import { useLeftTab, type LeftTab } from '../ui/LeftPane';

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A cross-article view that takes the centre pane while its tab is chosen. */
export type CentreView = 'claims' | 'timeline' | null;

const centreViewOf = (tab: LeftTab): CentreView => (tab === 'claims' || tab === 'timeline' ? tab : null);

export interface ViewState {
  readonly openSourceId: string | null;
  /** When set, the centre pane shows this dossier's composer instead of the article. */
  readonly openDossierId: string | null;
  readonly selectedAnnotationId: string | null;
  /** When set, the centre pane shows this actor's page (over the article or dossier). */
  readonly openActorName: string | null;
  readonly openActor: (name: string | null) => void;
  readonly textSelection: TextRange | null;
  readonly leftTab: LeftTab;
  /** When set, the centre pane shows this view instead of the article or dossier. */
  readonly centreView: CentreView;
  readonly setLeftTab: (tab: LeftTab) => void;
  readonly openSource: (id: string | null) => void;
  readonly openDossier: (id: string) => void;
  /** Opens the annotation's article with the annotation selected. */
  readonly followAnnotation: (annotation: Annotation) => void;
  readonly selectAnnotation: (id: string | null) => void;
  readonly setTextSelection: (range: TextRange | null) => void;
  /** Closes the article if it is the open one (it was deleted). */
  readonly closeSourceIfOpen: (id: string) => void;
}

export function useViewState(): ViewState {
  const [openSourceId, setOpenSourceId] = useState<string | null>(() => readLastView().sourceId);
  const [openDossierId, setOpenDossierId] = useState<string | null>(() => readLastView().dossierId);
  useEffect(() => writeLastView({ sourceId: openSourceId, dossierId: openDossierId }), [openSourceId, openDossierId]);
  const [leftTab, chooseLeftTab] = useLeftTab();
  const [centreView, setCentreView] = useState<CentreView>(() => centreViewOf(leftTab));
  // Choosing a view's tab shows the view; Library or Dossiers gives the centre back to what was open.
  const setLeftTab = useCallback(
    (tab: LeftTab) => {
      chooseLeftTab(tab);
      setCentreView(centreViewOf(tab));
    },
    [chooseLeftTab],
  );
  const [selectedAnnotationId, selectAnnotation] = useState<string | null>(null);
  const [textSelection, setTextSelection] = useState<TextRange | null>(null);
  const [openActorName, setOpenActorName] = useState<string | null>(null);
  // An actor's page takes the centre pane from a cross-article view.
  const openActor = useCallback((name: string | null) => {
    if (name !== null) setCentreView(null);
    setOpenActorName(name);
  }, []);

  const openSource = useCallback((id: string | null) => {
    setCentreView(null);
    if (id) setOpenDossierId(null);
    if (id) setOpenActorName(null);
    setOpenSourceId((current) => {
      if (current !== id) {
        selectAnnotation(null);
        setTextSelection(null);
      }
      return id;
    });
  }, []);
  const followAnnotation = useCallback((annotation: Annotation) => {
    setCentreView(null);
    setOpenDossierId(null);
    setOpenActorName(null);
    setOpenSourceId(annotation.sourceId);
    setTextSelection(null);
    selectAnnotation(annotation.id);
  }, []);
  const openDossier = useCallback((id: string) => {
    setCentreView(null);
    setOpenDossierId(id);
    setOpenActorName(null);
    selectAnnotation(null);
    setTextSelection(null);
  }, []);
  const closeSourceIfOpen = useCallback((id: string) => setOpenSourceId((current) => (current === id ? null : current)), []);

  return {
    openSourceId,
    openDossierId,
    selectedAnnotationId,
    openActorName,
    openActor,
    textSelection,
    leftTab,
    centreView,
    setLeftTab,
    openSource,
    openDossier,
    followAnnotation,
    selectAnnotation,
    setTextSelection,
    closeSourceIfOpen,
  };
}
