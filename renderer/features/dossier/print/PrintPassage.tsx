// One passage as printed: number, kind (colour, border style and word, so it survives greyscale),
// quote, who did what to whom and when, credibility and reliability, links, note, commentary and
// the source's citation. Kept on one page when it fits.
import { memo, type ReactNode } from 'react';
import { KIND_LABELS } from '../../common/kinds';
import { citationParts, credibilityText, reliabilityText } from '../model/citation';
import type { NumberedPassage } from '../model/dossierEntries';
import { readRichText } from '../model/richTextTree';
import { RichTextView } from './RichTextView';
import { quotationMarks } from '../../../../shared/text/quotationMarks';
import { PrintCitation, PrintLinks } from './PrintPieces';
import { formatPreciseDate } from '../../../../shared/text/dateDisplay';

function Fact({ term, children }: { readonly term: string; readonly children: ReactNode }): ReactNode {
  return (
    <div className="print-fact">
      <dt>{term}</dt>
      <dd dir="auto">{children}</dd>
    </div>
  );
}

/** Memoised: the export renders the document in steps, and earlier passages do not change. */
export const PrintPassage = memo(function PrintPassage({ entry, anchor }: { readonly entry: NumberedPassage; readonly anchor: string }): ReactNode {
  const { annotation, source, number, links, item } = entry;
  const marks = quotationMarks(source?.language ?? '');
  const citation = source ? citationParts(source, annotation.pages) : null;
  const note = annotation.noteText ? readRichText(annotation.note, annotation.noteText) : [];
  return (
    <article className={`print-passage print-kind-${annotation.kind}`} id={anchor}>
      <h3 className="print-passage-heading">
        <span className="print-kind-badge">{KIND_LABELS[annotation.kind]}</span> Passage {number}
        {annotation.actor && (
          <span className="print-passage-actor">
            {' · '}
            <bdi>{annotation.actor}</bdi>
          </span>
        )}
      </h3>
      {annotation.anchor.state === 'orphan' && (
        <p className="print-warning">Orphan: this passage is no longer found in the current text of its source.</p>
      )}
      {/* The article's language: hyphenation, the font's shaping and a screen reader's voice follow it. */}
      <blockquote className="print-quote" dir="auto" lang={source?.language || undefined}>
        {marks.open}
        {annotation.quote.exact}
        {marks.close}
      </blockquote>
      <dl className="print-facts">
        <Fact term="Actor">{annotation.actor || '—'}</Fact>
        <Fact term="Target">{annotation.target || '—'}</Fact>
        <Fact term="Event date">{formatPreciseDate(annotation.eventDate) || 'Not given'}</Fact>
        <Fact term="Credibility">{credibilityText(annotation.credibility)}</Fact>
        <Fact term="Source reliability">{source ? reliabilityText(source.reliability) : 'Source no longer in the library'}</Fact>
        {links.length > 0 && (
          <Fact term="Links">
            <PrintLinks links={links} />
          </Fact>
        )}
      </dl>
      {note.length > 0 && (
        <div className="print-note">
          <p className="print-label">Note</p>
          <RichTextView blocks={note} minHeadingLevel={4} />
        </div>
      )}
      {item.commentary && (
        <div className="print-commentary">
          <p className="print-label">Commentary</p>
          <p dir="auto">{item.commentary}</p>
        </div>
      )}
      <p className="print-citation">
        <span className="print-label-inline">Source: </span>
        {citation ? (
          <PrintCitation citation={citation} />
        ) : (
          'the article is no longer in the library'
        )}
      </p>
    </article>
  );
});
