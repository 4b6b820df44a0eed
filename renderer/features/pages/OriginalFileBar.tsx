// Above an article imported from a PDF or Word file: "Page view" (PDF) and "Save original
// file…", which writes the file exactly as it was imported. Owns the two commands of the same
// names while an article is open, so they work from the menu, the palette and their keys too.
import { useEffect, useState, type ReactNode } from 'react';
import { useCommandHandler } from '../../commands/commandsContext';
import { DOCX_MEDIA_TYPE, type SaveFileRequest } from '../../../shared/bridge/hostBridge';
import { suggestedFileName } from '../../../shared/bridge/suggestedFileName';
import type { Annotation, Source } from '../../../shared/model';
import { hostBridge } from '../../bridge/hostBridge';
import { loadSourceFile } from '../../db/sourceFiles';
import { useKeyedLiveQuery } from '../../db/useKeyedLiveQuery';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { originalPdfOf } from './pageRenderer';
import { PageView } from './PageView';

const SAVED_TYPES: readonly SaveFileRequest['mediaType'][] = ['application/pdf', DOCX_MEDIA_TYPE];

function savedType(mediaType: string): SaveFileRequest['mediaType'] | null {
  return SAVED_TYPES.find((type) => type === mediaType) ?? null;
}

export function OriginalFileBar({ source, annotation }: { readonly source: Source; readonly annotation?: Annotation }): ReactNode {
  const file = useKeyedLiveQuery(source.id, (id) => loadSourceFile(id));
  const [showPage, setShowPage] = useState(false);
  const { notify, setStatus } = useWorkbench();
  // Opened ahead of need, when the window has a moment, so the Page view only draws.
  useEffect(() => {
    if (!file || file.mediaType !== 'application/pdf') return undefined;
    const open = (): void => void originalPdfOf(file.id, file.fileName, file.blob).catch(() => undefined);
    if (typeof requestIdleCallback !== 'function') return void open();
    const handle = requestIdleCallback(open);
    return () => cancelIdleCallback(handle);
  }, [file]);
  const mediaType = file ? savedType(file.mediaType) : null;
  const isPdf = file?.mediaType === 'application/pdf';
  // `file` is undefined while it loads and null for an article imported from text.
  const withoutOriginal = (what: string): void =>
    notify({ tone: 'info', message: file === undefined ? 'The article’s original file is still loading; try again in a moment.' : `“${source.title}” was not imported from ${what}.` });
  const save = async (): Promise<void> => {
    if (!file || !mediaType) return;
    const dot = file.fileName.lastIndexOf('.');
    const name = suggestedFileName(dot > 0 ? file.fileName.slice(0, dot) : file.fileName, dot > 0 ? file.fileName.slice(dot) : '');
    const result = await hostBridge.saveFile({ suggestedName: name, mediaType, content: new Uint8Array(await file.blob.arrayBuffer()) });
    if (result.status === 'saved') setStatus(`Saved the original file as ${result.name}.`);
  };

  const saveWithMessage = (): void =>
    void save().catch((error: unknown) => notify({ tone: 'error', message: `The original file could not be saved: ${errorMessage(error)}` }));

  useCommandHandler('article.pageView', () => (isPdf ? setShowPage(true) : withoutOriginal('a PDF, so it has no pages to show')));
  useCommandHandler('article.saveOriginal', () =>
    mediaType ? saveWithMessage() : withoutOriginal('a PDF or Word file, so there is no original file to save'),
  );

  if (!file) return null;
  return (
    <div className="original-file-bar" role="group" aria-label="Original file">
      {isPdf && (
        <button type="button" onClick={() => setShowPage(true)}>
          Page view
        </button>
      )}
      {mediaType && (
        <button type="button" onClick={saveWithMessage}>
          Save original file…
        </button>
      )}
      {showPage && <PageView source={source} annotation={annotation} onClose={() => setShowPage(false)} />}
    </div>
  );
}
