// What the analyst does to the library, as undoable, reported actions: import, edit, delete.
import { useCallback } from 'react';
import type { OpenedFile } from '../../../shared/bridge/hostBridge';
import type { SourceMetadata } from '../../../shared/model';
import { hostBridge } from '../../bridge/hostBridge';
import { useCommandHandler } from '../../commands/commandsContext';
import { readBrowserFiles } from '../../bridge/readBrowserFiles';
import { countAnnotationsOfSource } from '../../db/annotations';
import type { SourceRecord } from '../../db/database';
import { deleteSourceChange, editSourceChange } from './libraryChanges';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { importArticleFiles, importPastedText, summariseImport, type ImportOutcome, type SameArticleResolver } from './import/importArticles';
import { quotedIsolated } from '../../../shared/text/bidiIsolation';

export interface LibraryActions {
  readonly importFromPicker: () => Promise<void>;
  readonly importDropped: (files: File[]) => Promise<void>;
  readonly importOpened: (files: readonly OpenedFile[]) => Promise<void>;
  readonly importPasted: (text: string, title: string) => Promise<boolean>;
  readonly saveMetadata: (source: SourceRecord, metadata: SourceMetadata) => Promise<void>;
  readonly deleteArticle: (source: SourceRecord) => Promise<void>;
}

/** `sameArticle` asks about a file that matches an article by URL or title (article versions). */
export function useLibraryActions(onOpened: (id: string) => void, onClosed: (id: string) => void, sameArticle?: SameArticleResolver): LibraryActions {
  const { setStatus, notify, perform, undoLatest } = useWorkbench();

  const report = useCallback(
    (outcomes: readonly ImportOutcome[]) => {
      const summary = summariseImport(outcomes);
      setStatus(summary);
      const problems = outcomes.flatMap((o) =>
        o.status === 'failed' ? [o.problem] : o.status === 'duplicate' ? [`${o.name} is already in the library as ${quotedIsolated(o.existing.title)}.`] : [],
      );
      const firstAdded = outcomes.find((o) => o.status === 'added' || o.status === 'new-version');
      if (firstAdded?.status === 'added' || firstAdded?.status === 'new-version') onOpened(firstAdded.source.id);
      else {
        const firstDuplicate = outcomes.find((o) => o.status === 'duplicate');
        if (firstDuplicate?.status === 'duplicate') onOpened(firstDuplicate.existing.id);
      }
      const failed = outcomes.some((o) => o.status === 'failed');
      notify({ tone: failed ? 'error' : 'info', message: summary, details: problems });
    },
    [setStatus, notify, onOpened],
  );

  const importOpened = useCallback(
    async (files: readonly OpenedFile[]) => {
      if (files.length === 0) return;
      const controller = new AbortController();
      const cancel = (): void => controller.abort();
      setStatus(`Importing ${files.length} file${files.length === 1 ? '' : 's'}…`, 0, cancel);
      const progress = (done: number, total: number): void =>
        setStatus(`Importing ${Math.min(total, Math.floor(done) + 1)} of ${total}…`, done / total, cancel);
      report(await importArticleFiles(files, progress, controller.signal, sameArticle));
    },
    [report, setStatus, sameArticle],
  );

  const importFromPicker = useCallback(async () => {
    try {
      await importOpened(await hostBridge.openFiles({ purpose: 'article', multiple: true }));
    } catch (error) {
      notify({ tone: 'error', message: `Could not open the files: ${errorMessage(error)}` });
    }
  }, [importOpened, notify]);
  useCommandHandler('library.import', importFromPicker);

  return {
    importOpened,
    importFromPicker,
    importDropped: useCallback(async (files: File[]) => importOpened(await readBrowserFiles(files, 'article')), [importOpened]),
    importPasted: useCallback(
      async (text: string, title: string) => {
        const outcome = await importPastedText(text, title);
        report([outcome]);
        return outcome.status !== 'failed';
      },
      [report],
    ),
    saveMetadata: useCallback(
      async (source: SourceRecord, metadata: SourceMetadata) => {
        const change = await perform(editSourceChange(source, metadata));
        if (change) setStatus(`Saved details of ${quotedIsolated(metadata.title)}.`);
      },
      [perform, setStatus],
    ),
    deleteArticle: useCallback(
      async (source: SourceRecord) => {
        const change = await perform(deleteSourceChange(source, () => onClosed(source.id)));
        if (change) {
          notify({ tone: 'info', message: `Deleted ${quotedIsolated(source.title)}.`, action: { label: 'Undo', run: () => void undoLatest(change) } });
        }
      },
      [perform, notify, onClosed, undoLatest],
    ),
  };
}

/** The live annotation count of one source, for the delete confirmation. */
export async function countAnnotations(sourceId: string): Promise<number> {
  return countAnnotationsOfSource(sourceId);
}
