// What an import did: counts first, then each list, every text shown as text; and the
// button that takes the whole import back.
import type { ReactNode } from 'react';
import type { AnnotationEntry, ImportReport } from '../../../shared/exchange';
import { formatMoment } from '../../../shared/text/dateDisplay';
import { Dialog } from '../../ui/Dialog';
import { IsolatedText } from '../../ui/IsolatedText';
import { KIND_LABELS } from '../common/kinds';

interface ImportReportDialogProps {
  readonly report: ImportReport;
  readonly notes: readonly string[];
  readonly undone: boolean;
  readonly onUndo: () => void;
  readonly onShowConflicts: () => void;
  readonly onClose: () => void;
}

function EntryList({ title, entries, extra }: { title: string; entries: readonly AnnotationEntry[]; extra?: (e: AnnotationEntry) => string }): ReactNode {
  if (entries.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>
        {title} ({entries.length})
      </h3>
      <ul className="report-list">
        {entries.slice(0, 50).map((entry) => (
          <li key={entry.annotationId} dir="auto">
            {KIND_LABELS[entry.kind]}: “<bdi>{entry.quote}</bdi>” — <bdi>{entry.sourceTitle}</bdi>
            {extra ? ` (${extra(entry)})` : ''}
          </li>
        ))}
        {entries.length > 50 && <li>…and {entries.length - 50} more</li>}
      </ul>
    </section>
  );
}

export function ImportReportDialog({ report, notes, undone, onUndo, onShowConflicts, onClose }: ImportReportDialogProps): ReactNode {
  const counts: readonly [string, number][] = [
    ['Added', report.added.length],
    ['Updated', report.updated.length],
    ['Skipped', report.skipped.length],
    ['Conflicts', report.conflicts.length],
    ['Re-anchored', report.reanchored.length],
    ['Orphans', report.orphans.length],
  ];
  return (
    <Dialog title={`Imported ${report.fileName}`} onClose={onClose}>
      <p>
        Exported by <bdi>{report.exportedBy || 'an unnamed analyst'}</bdi> on {formatMoment(report.exportedAt)}.
        {report.sourcesAdded.length > 0 && ` ${report.sourcesAdded.length} new article(s) added to the library.`}
      </p>
      <table className="report-counts" aria-label="Import summary">
        <tbody>
          {counts.map(([label, count]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{count}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Links added</th>
            <td>{report.links.added}</td>
          </tr>
          <tr>
            <th scope="row">Dossiers added</th>
            <td>{report.dossiers.added.length + report.dossiers.copied.length}</td>
          </tr>
        </tbody>
      </table>
      {report.sourceVersions.length > 0 && (
        <section aria-label="Other versions of articles">
          <h3>Other versions of articles ({report.sourceVersions.length})</h3>
          <ul className="report-list">
            {report.sourceVersions.map((v) => (
              <li key={v.sourceId} dir="auto">
                “<bdi>{v.title}</bdi>” has the same {v.matchedBy} as “<bdi>{v.otherTitle}</bdi>” but a different text; both are kept.
              </li>
            ))}
          </ul>
        </section>
      )}
      <EntryList title="Conflicts" entries={report.conflicts} />
      {report.actors && <ActorReport report={report.actors} />}
      <EntryList title="Orphans" entries={report.orphans} />
      <EntryList title="Re-anchored" entries={report.reanchored} />
      <EntryList title="Added" entries={report.added} />
      <EntryList title="Updated" entries={report.updated} />
      <EntryList title="Left out: article text missing" entries={report.missingSource} />
      {notes.length > 0 && (
        <section aria-label="Notes">
          <h3>Notes ({notes.length})</h3>
          <ul className="report-list">
            {notes.slice(0, 50).map((note, index) => (
              <li key={index}>
                <IsolatedText text={note} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="form-actions">
        {report.conflicts.length > 0 && !undone && (
          <button type="button" onClick={onShowConflicts}>
            Resolve conflicts…
          </button>
        )}
        <button type="button" className="danger" disabled={undone} onClick={onUndo}>
          {undone ? 'Import undone' : 'Undo import'}
        </button>
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}

/** What the file's actor records (aliases, merges) did; a conflict keeps the library's version. */
function ActorReport({ report }: { readonly report: NonNullable<ImportReport['actors']> }): ReactNode {
  return (
    <section aria-label="Actors and aliases">
      <h3>Actors and aliases</h3>
      <p>
        {report.added.length} added, {report.updated.length} updated, {report.skipped.length} already here, {report.conflicts.length} in conflict.
      </p>
      {report.conflicts.length > 0 && (
        <ul className="report-list" aria-label="Actor conflicts">
          {report.conflicts.map((c) => (
            <li key={c.actorId}>
              “<bdi>{c.name}</bdi>” was changed on both sides. Yours (kept): <bdi>{c.local.join(', ')}</bdi>. The file’s: <bdi>{c.incoming.join(', ')}</bdi>. Merge
              or split on the actor’s page to take the file’s.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
