// What changed between two versions of an article: removed words struck through (del), added
// words underlined (ins), rendered as text.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { compareVersions, type VersionListing } from '../../../shared/versions';
import { loadVersionText } from '../../db/versions';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/workbenchContext';

interface ComparisonDialogProps {
  readonly sourceId: string;
  readonly versions: readonly VersionListing[];
  readonly fromHash: string;
  readonly toHash: string;
  readonly lang: string;
  readonly onClose: () => void;
}

export function ComparisonDialog({ sourceId, versions, fromHash, toHash, lang, onClose }: ComparisonDialogProps): ReactNode {
  const [from, setFrom] = useState(fromHash);
  const [to, setTo] = useState(toHash);
  const [texts, setTexts] = useState<{ readonly key: string; readonly older: string; readonly newer: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const key = `${from}:${to}`;
  useEffect(() => {
    Promise.all([loadVersionText(sourceId, from), loadVersionText(sourceId, to)]).then(
      ([older, newer]) => {
        if (older === undefined || newer === undefined) setProblem('One of these versions is no longer in the library.');
        else setTexts({ key: `${from}:${to}`, older, newer });
      },
      (error: unknown) => setProblem(errorMessage(error)),
    );
  }, [sourceId, from, to]);
  const comparison = useMemo(() => (texts && texts.key === key ? compareVersions(texts.older, texts.newer) : null), [texts, key]);
  const choice = (label: string, value: string, onChange: (hash: string) => void): ReactNode => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {versions.map((v) => (
          <option key={v.textHash} value={v.textHash}>
            Version {v.number}
            {v.current ? ' (current)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Dialog title="Compare versions" onClose={onClose}>
      <div className="version-choices">
        {choice('From', from, setFrom)}
        {choice('To', to, setTo)}
      </div>
      {problem && <p role="alert">{problem}</p>}
      {comparison && (
        <>
          <p role="status">
            {from === to
              ? 'The same version on both sides: nothing changed.'
              : `${comparison.wordsAdded} word${comparison.wordsAdded === 1 ? '' : 's'} added, ${comparison.wordsRemoved} removed.`}
          </p>
          <div className="version-text version-comparison" role="document" aria-label="Changes" lang={lang || undefined} dir="auto" tabIndex={0}>
            {comparison.segments.map((segment, index) =>
              segment.change === 'added' ? (
                <ins key={index}>{segment.text}</ins>
              ) : segment.change === 'removed' ? (
                <del key={index}>{segment.text}</del>
              ) : (
                <span key={index}>{segment.text}</span>
              ),
            )}
          </div>
        </>
      )}
      <div className="form-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
