// The dialogs of article versions, as the version actions hold them: the new-article-or-version
// question, the re-anchoring report, one version's text, the comparison.
import type { ReactNode } from 'react';
import type { NewVersionPlan, VersionListing } from '../../../shared/versions';
import type { SourceRecord } from '../../db/database';
import type { UndoableChange } from '../../ui/undoStack';
import { ComparisonDialog } from './ComparisonDialog';
import { SameArticleDialog, type SameArticleAnswer } from './SameArticleDialog';
import { VersionReportDialog } from './VersionReportDialog';
import { VersionTextDialog } from './VersionTextDialog';

export interface Question {
  readonly fileName: string;
  readonly existing: SourceRecord;
  readonly answer: (answer: SameArticleAnswer) => void;
}

export interface Report {
  readonly title: string;
  readonly fileName: string;
  readonly plan: NewVersionPlan;
  readonly change: UndoableChange;
  readonly undone: boolean;
}

export type Shown =
  | { readonly type: 'version'; readonly source: SourceRecord; readonly version: VersionListing }
  | { readonly type: 'compare'; readonly source: SourceRecord; readonly versions: readonly VersionListing[]; readonly from: string; readonly to: string };

interface VersionDialogsProps {
  readonly question: Question | null;
  readonly report: Report | null;
  readonly shown: Shown | null;
  readonly onUndoReport: () => void;
  readonly onCloseReport: () => void;
  readonly onCloseShown: () => void;
}

export function VersionDialogs({ question, report, shown, onUndoReport, onCloseReport, onCloseShown }: VersionDialogsProps): ReactNode {
  return (
    <>
      {question && <SameArticleDialog fileName={question.fileName} existingTitle={question.existing.title} onAnswer={question.answer} />}
      {report && (
        <VersionReportDialog title={report.title} fileName={report.fileName} plan={report.plan} undone={report.undone} onClose={onCloseReport} onUndo={onUndoReport} />
      )}
      {shown?.type === 'version' && (
        <VersionTextDialog
          sourceId={shown.source.id}
          textHash={shown.version.textHash}
          label={`Version ${shown.version.number}${shown.version.current ? ' (current)' : ''} of “${shown.source.title}”`}
          lang={shown.source.language}
          onClose={onCloseShown}
        />
      )}
      {shown?.type === 'compare' && (
        <ComparisonDialog sourceId={shown.source.id} versions={shown.versions} fromHash={shown.from} toHash={shown.to} lang={shown.source.language} onClose={onCloseShown} />
      )}
    </>
  );
}
