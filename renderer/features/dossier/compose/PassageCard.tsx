// One passage in the composer, always showing its annotation as it is now (later edits flow
// through): kind, quote, facts, source, links, note and the analyst's commentary. Says so when
// the annotation was deleted or its passage can no longer be found in the article.
import type { ReactNode } from 'react';
import type { Annotation } from '../../../../shared/model';
import { joinIsolated } from '../../../../shared/text/bidiIsolation';
import { IsolatedText } from '../../../ui/IsolatedText';
import { AnchorBadge } from '../../common/AnchorBadge';
import { KIND_LABELS, shortQuote } from '../../common/kinds';
import { citationText, credibilityText } from '../model/citation';
import type { PassageEntry } from '../model/dossierEntries';
import { CommitTextArea } from './CommitTextArea';
import { formatPreciseDate } from '../../../../shared/text/dateDisplay';

interface PassageCardProps {
  readonly entry: PassageEntry;
  readonly selected: boolean;
  /** Null in read-only views (grouped), where the commentary is shown but not edited. */
  readonly onCommentary: ((commentary: string) => void) | null;
  readonly onEdit: (annotation: Annotation) => void;
  readonly onShowInArticle: (annotation: Annotation) => void;
}

export function passageLabel(entry: PassageEntry): string {
  if (!entry.annotation || entry.number === null) return 'Missing passage';
  return `Passage ${entry.number}: ${KIND_LABELS[entry.annotation.kind]} “${shortQuote(entry.annotation.quote.exact, 50)}”`;
}

export function PassageCard({ entry, selected, onCommentary, onEdit, onShowInArticle }: PassageCardProps): ReactNode {
  const { annotation, source, number, links, item } = entry;
  if (!annotation || number === null) {
    return (
      <div className="passage-card passage-missing">
        <p className="passage-title">Missing passage</p>
        <p role="note">The annotation this passage quoted was deleted, or its article was. It is left out of exports; remove it, or undo the deletion to bring it back.</p>
      </div>
    );
  }
  const facts = [
    annotation.actor || 'no actor',
    annotation.target ? `→ ${annotation.target}` : '',
    formatPreciseDate(annotation.eventDate) || 'no date',
    `credibility ${credibilityText(annotation.credibility)}`,
  ].filter(Boolean);
  return (
    <div className={`passage-card kind-${annotation.kind}${selected ? ' selected' : ''}`}>
      <div className="passage-title">
        <span className="kind-tag">
          <span className="kind-icon" aria-hidden="true" />
          {KIND_LABELS[annotation.kind]}
        </span>{' '}
        Passage {number}
        {annotation.anchor.state !== 'exact' && <AnchorBadge anchor={annotation.anchor} />}
      </div>
      {annotation.anchor.state === 'orphan' && (
        <p role="note" className="passage-warning">
          The quoted passage is no longer in the article’s text. It is printed with this warning; re-attach it in the article to fix it.
        </p>
      )}
      <blockquote className={`quote kind-${annotation.kind}`} dir="auto" lang={source?.language || undefined}>
        {annotation.quote.exact}
      </blockquote>
      <p className="passage-facts" dir="auto">
        <IsolatedText text={joinIsolated(facts, ' · ')} />
      </p>
      <p className="passage-source" dir="auto">
        <IsolatedText text={source ? `${citationText(source, annotation.pages)} · Reliability ${source.reliability}` : 'The article is no longer in the library.'} />
      </p>
      {links.length > 0 && (
        <ul className="passage-links" aria-label={`Links of passage ${number}`}>
          {links.map((link) => (
            <li key={link.id}>
              <IsolatedText text={link.text} />
            </li>
          ))}
        </ul>
      )}
      {annotation.noteText && (
        <p className="passage-note" dir="auto">
          <span className="field-label">Note:</span> {shortQuote(annotation.noteText, 300)}
        </p>
      )}
      {onCommentary ? (
        <CommitTextArea label={`Commentary on passage ${number}`} value={item.commentary} placeholder="Why this passage matters here" onCommit={onCommentary} />
      ) : (
        item.commentary && (
          <p className="passage-note" dir="auto">
            <span className="field-label">Commentary:</span> {item.commentary}
          </p>
        )
      )}
      <div className="passage-actions">
        <button type="button" aria-label={`Edit annotation: passage ${number}`} onClick={() => onEdit(annotation)}>
          Edit annotation
        </button>
        <button type="button" aria-label={`Show in article: passage ${number}`} onClick={() => onShowInArticle(annotation)}>
          Show in article
        </button>
      </div>
    </div>
  );
}
