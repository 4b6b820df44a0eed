// Article versions as actions and their dialogs: import a new version (from the article's menu,
// or when an import matches an article), the re-anchoring report, a version read-only, and the
// comparison. The workbench renders `dialogs` and hands `sameArticle` to the library's import.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ArticleDraft } from '../../../shared/import/articleDraft';
import { nowIso } from '../../../shared/model';
import { quotedIsolated } from '../../../shared/text/bidiIsolation';
import type { VersionListing } from '../../../shared/versions';
import { hostBridge } from '../../bridge/hostBridge';
import { countAnnotationsOfSource } from '../../db/annotations';
import type { SourceRecord } from '../../db/database';
import { getSourceRecord } from '../../db/library';
import { articleVersions } from '../../db/versions';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { JobCancelled, runExchangeJob } from '../../workers/exchangeClient';
import { draftFromOpenedFile, type SameArticleResolver } from '../library/import/importArticles';
import { newVersionChange } from './newVersionChange';
import { planVersionFromLibrary, unpackPlanned, type PlannedVersion, type PlannedVersionFromFile } from './planVersion';
import type { SameArticleAnswer } from './SameArticleDialog';
import { VersionDialogs, type Question, type Report, type Shown } from './VersionDialogs';
import { OUTCOME_LABELS } from './VersionReportDialog';
import './versions.css';

/** From this many annotations the re-anchoring runs in the exchange worker, with progress. */
const OFF_THREAD_FROM = 200;

export interface VersionActions {
  readonly sameArticle: SameArticleResolver;
  readonly importNewVersion: (sourceId: string) => Promise<void>;
  readonly showVersion: (source: SourceRecord, version: VersionListing) => void;
  readonly compare: (source: SourceRecord, from?: string, to?: string) => Promise<void>;
  readonly dialogs: ReactNode;
}

export function useVersionActions(onOpened: (id: string) => void): VersionActions {
  const { setStatus, notify, perform, undoLatest, undoStack } = useWorkbench();
  const [question, setQuestion] = useState<Question | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);

  /** The rest of the step, once planned: write it as one undoable change and show the report. */
  const finishNewVersion = useCallback(
    async (existing: SourceRecord, planned: PlannedVersion, fileName: string, now: string): Promise<boolean> => {
      performance.mark('dw:version:planned');
      if (planned.status === 'refused') {
        setStatus('');
        notify({ tone: 'error', message: `${fileName} was not made a new version of ${quotedIsolated(existing.title)}: ${planned.problem}` });
        return false;
      }
      const change = await perform(newVersionChange(planned.plan, existing.title, now));
      performance.mark('dw:version:written');
      if (!change) {
        setStatus('');
        return false;
      }
      const { counts } = planned.plan;
      setStatus(`New version of ${quotedIsolated(existing.title)}: ${(['exact', 'moved', 'fuzzy', 'orphan'] as const).map((s) => `${counts[s]} ${OUTCOME_LABELS[s].toLowerCase()}`).join(', ')}.`);
      setReport({ title: existing.title, fileName, plan: planned.plan, change, undone: false });
      onOpened(existing.id);
      return true;
    },
    [setStatus, notify, perform, onOpened],
  );

  /**
   * Runs a worker job that Cancel (in the status line) stops at once: nothing is written until the
   * plan is back, so a cancelled step changes nothing. Null when cancelled.
   */
  const cancellable = useCallback(
    async <T,>(fileName: string, run: (signal: AbortSignal, cancel: () => void) => Promise<T>): Promise<T | null> => {
      const abort = new AbortController();
      try {
        return await run(abort.signal, () => abort.abort());
      } catch (error) {
        if (!(error instanceof JobCancelled)) throw error;
        setStatus(`The new version from ${fileName} was cancelled; nothing was changed.`);
        return null;
      }
    },
    [setStatus],
  );

  /** The whole step from a draft: plan (off the window's thread when large), then finish. */
  const makeNewVersion = useCallback(
    async (existing: SourceRecord, draft: ArticleDraft, fileName: string): Promise<boolean> => {
      const now = nowIso();
      const request = { sourceId: existing.id, newText: draft.text, newTextHash: draft.textHash, now };
      const count = await countAnnotationsOfSource(existing.id);
      setStatus(`Re-anchoring ${count} annotation${count === 1 ? '' : 's'} on the new version…`, 0);
      if (count < OFF_THREAD_FROM) return finishNewVersion(existing, await planVersionFromLibrary(request), fileName, now);
      const packed = await cancellable(fileName, (signal, cancel) =>
        runExchangeJob({ type: 'plan-new-version', request }, { signal, onReanchoring: (fraction) => setStatus(`Re-anchoring ${count} annotations on the new version…`, fraction, cancel) }),
      );
      if (packed === null) return false;
      return finishNewVersion(existing, unpackPlanned<PlannedVersion>(packed), fileName, now);
    },
    [setStatus, finishNewVersion, cancellable],
  );

  const sameArticle = useCallback<SameArticleResolver>(
    async (fileName, draft, existing) => {
      const answer = await new Promise<SameArticleAnswer>((resolve) => setQuestion({ fileName, existing, answer: resolve }));
      setQuestion(null);
      if (answer !== 'new-version') return answer;
      return (await makeNewVersion(existing, draft, fileName)) ? 'new-version' : 'cancelled';
    },
    [makeNewVersion],
  );

  const importNewVersion = useCallback(
    async (sourceId: string) => {
      try {
        const [file] = await hostBridge.openFiles({ purpose: 'article', multiple: false });
        if (!file) return;
        const existing = await getSourceRecord(sourceId);
        if (!existing) throw new Error('This article is no longer in the library.');
        if (file.status === 'read') {
          // Reading the file and re-anchoring share one worker: the text never crosses to the window.
          const now = nowIso();
          const packed = await cancellable(file.name, (signal, cancel) => {
            setStatus(`Reading ${file.name} and re-anchoring the annotations…`, 0, cancel);
            return runExchangeJob(
              { type: 'plan-new-version-file', sourceId, name: file.name, bytes: file.bytes, now },
              { signal, onReanchoring: (fraction) => setStatus(`Re-anchoring the annotations on ${file.name}…`, fraction, cancel) },
            );
          });
          if (packed === null) return;
          const planned = unpackPlanned<PlannedVersionFromFile>(packed);
          if (planned.status === 'failed') throw new Error(planned.problem);
          if (planned.status !== 'html') {
            await finishNewVersion(existing, planned, file.name, now);
            return;
          }
        }
        // Too large (the draft says so), or HTML, which needs the window's DOM parser.
        const draft = await draftFromOpenedFile(file);
        performance.mark('dw:version:drafted');
        if (typeof draft === 'string') throw new Error(draft);
        await makeNewVersion(existing, draft, file.name);
      } catch (error) {
        notify({ tone: 'error', message: `The new version could not be imported: ${errorMessage(error)}` });
      }
    },
    [makeNewVersion, finishNewVersion, notify, setStatus, cancellable],
  );

  const compare = useCallback(
    async (source: SourceRecord, from?: string, to?: string) => {
      const versions = await articleVersions(source.id);
      const current = versions.at(-1);
      const previous = versions.at(-2) ?? current;
      if (!current || !previous) return;
      setShown({ type: 'compare', source, versions, from: from ?? previous.textHash, to: to ?? current.textHash });
    },
    [],
  );

  const undoReport = useCallback(() => {
    if (!report) return;
    const { change } = report;
    undoLatest(change).then(
      () => setReport((r) => (r && !undoStack.isDone(change) ? { ...r, undone: true } : r)),
      (error: unknown) => notify({ tone: 'error', message: `The new version could not be undone: ${errorMessage(error)}` }),
    );
  }, [report, undoLatest, undoStack, notify]);

  const dialogs = useMemo(
    () => <VersionDialogs question={question} report={report} shown={shown} onUndoReport={undoReport} onCloseReport={() => setReport(null)} onCloseShown={() => setShown(null)} />,
    [question, report, shown, undoReport],
  );

  return useMemo(
    () => ({ sameArticle, importNewVersion, compare, showVersion: (source: SourceRecord, version: VersionListing) => setShown({ type: 'version', source, version }), dialogs }),
    [sameArticle, importNewVersion, compare, dialogs],
  );
}
