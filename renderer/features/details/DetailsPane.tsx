// The right-hand pane: the selected annotation's editor, or the open article's details and
// its annotation list.
import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { Annotation, SourceMetadata } from '../../../shared/model';
import { annotationsOfSource, getAnnotation } from '../../db/annotations';
import type { SourceRecord } from '../../db/database';
import { getSourceRecord, loadSource } from '../../db/library';
import { articleVersions } from '../../db/versions';
import { useKeyedLiveQuery } from '../../db/useKeyedLiveQuery';
import { AnnotationEditor } from '../annotations/AnnotationEditor';
import { AnnotationList } from '../annotations/AnnotationList';
import type { AnnotationActions } from '../annotations/useAnnotationActions';
import { readPreference, writePreference } from '../../ui/viewPreferences';
import { SourceDetailsForm } from './SourceDetailsForm';

interface DetailsPaneProps {
  readonly sourceId: string | null;
  readonly selectedAnnotationId: string | null;
  readonly textSelection: { readonly start: number; readonly end: number } | null;
  readonly actions: AnnotationActions;
  readonly onSelectAnnotation: (id: string | null) => void;
  readonly onFollow: (annotation: Annotation) => void;
  readonly onSave: (source: SourceRecord, metadata: SourceMetadata) => Promise<void>;
  readonly onDeleteRequest: (source: SourceRecord) => void;
  /** Shown under the article's details (its versions). */
  readonly articleExtras?: (source: SourceRecord) => ReactNode;
  /** What the pane says when nothing is selected (a dossier open rather than an article). */
  readonly emptyMessage?: string;
}

const EXPANDED_PREFERENCE = 'articleDetailsExpanded';

export function DetailsPane(props: DetailsPaneProps): ReactNode {
  const { sourceId, selectedAnnotationId, textSelection, actions, onSelectAnnotation, onFollow, onSave, onDeleteRequest, emptyMessage, articleExtras } = props;
  const source = useKeyedLiveQuery(sourceId, (id) => getSourceRecord(id));
  // Drawn as deferred values: a tag changes both at once, and mounting the new annotation's editor
  // (its Lexical note, the form) and redrawing the list are the heaviest render a tag causes. Deferred,
  // React renders them in slices, so what arrives meanwhile (an open search's answer, the next key)
  // is handled between slices instead of after them; the passage's highlight is already painted.
  const annotations = useDeferredValue(useKeyedLiveQuery(sourceId, (id) => annotationsOfSource(id)));
  const selected = useDeferredValue(useKeyedLiveQuery(selectedAnnotationId, (id) => getAnnotation(id)));
  const [expanded, setExpanded] = useState(() => readPreference(EXPANDED_PREFERENCE) !== 'false');
  // Keyed by the text hash too: a new version renumbers at once.
  const versions = useKeyedLiveQuery(source ? `${source.id}\n${source.textHash}` : null, () => (source ? articleVersions(source.id) : Promise.resolve(undefined)));
  const versionOf = useMemo(() => {
    if (!versions || versions.length < 2) return undefined;
    const labels = new Map(versions.map((v) => [v.textHash, `version ${v.number}`]));
    return (annotation: Annotation) => labels.get(annotation.sourceHash);
  }, [versions]);

  const reattach = async (annotation: Annotation): Promise<void> => {
    const full = source && textSelection ? await loadSource(source.id) : undefined;
    if (full && textSelection) await actions.reattach(annotation, full, textSelection.start, textSelection.end);
  };

  return (
    <aside className="pane details-pane" aria-labelledby="details-heading">
      <div className="pane-header">
        <h2 id="details-heading">Details</h2>
      </div>
      {selected ? (
        <AnnotationEditor key={selected.id} annotation={selected} lang={source?.language} actions={actions} onBack={() => onSelectAnnotation(null)} onFollow={onFollow} />
      ) : source ? (
        <>
          <section className="article-details" aria-label="Article details">
            <button
              type="button"
              className="disclosure"
              aria-expanded={expanded}
              onClick={() => {
                writePreference(EXPANDED_PREFERENCE, String(!expanded));
                setExpanded(!expanded);
              }}
            >
              Article details
            </button>
            {expanded && (
              <SourceDetailsForm key={`${source.id}:${source.updatedAt}`} source={source} onSave={(m) => onSave(source, m)} onDelete={() => onDeleteRequest(source)} />
            )}
          </section>
          {articleExtras?.(source)}
          <AnnotationList
            annotations={annotations ?? []}
            lang={source.language}
            selectedId={selectedAnnotationId}
            hasTextSelection={textSelection !== null}
            onChoose={(a) => onSelectAnnotation(a.id)}
            onReattach={(a) => void reattach(a)}
            versionOf={versionOf}
          />
        </>
      ) : (
        <p className="empty">{emptyMessage ?? 'Open an article to see and edit its details.'}</p>
      )}
    </aside>
  );
}
