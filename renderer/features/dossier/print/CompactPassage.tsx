// One passage in the compact layout: a heading line with its number, kind, Admiralty code, the
// facts that were filled in and the [n] of its source in the sources list; then the quote between
// a dimmed line of context either side; then links, note and commentary when there are any.
import { memo, type ReactNode } from 'react';
import { KIND_LABELS } from '../../common/kinds';
import { admiraltyCode } from '../model/citation';
import { formatPages } from '../../../../shared/import/pdfPages';
import type { NumberedPassage } from '../model/dossierEntries';
import { readRichText } from '../model/richTextTree';
import { RichTextView } from './RichTextView';
import type { QuoteContext } from './wordCuts';
import { quotationMarks } from '../../../../shared/text/quotationMarks';
import { PrintLinks } from './PrintPieces';
import { formatPreciseDate } from '../../../../shared/text/dateDisplay';

interface CompactPassageProps {
  readonly entry: NumberedPassage;
  readonly anchor: string;
  readonly context: QuoteContext;
  /** The [n] of the passage's source in the sources list; null when the source is gone. */
  readonly sourceNumber: number | null;
}

function HeadingFact({ term, value }: { readonly term: string; readonly value: string }): ReactNode {
  return (
    <>
      {' · '}
      <span className="print-compact-term">{term}</span> <bdi>{value}</bdi>
    </>
  );
}

export function sourceAnchor(number: number): string {
  return `source-${number}`;
}

/** Memoised: the export renders the document in steps, and earlier passages do not change. */
export const CompactPassage = memo(function CompactPassage({ entry, anchor, context, sourceNumber }: CompactPassageProps): ReactNode {
  const { annotation, source, number, links, item } = entry;
  const marks = quotationMarks(source?.language ?? '');
  const note = annotation.noteText ? readRichText(annotation.note, annotation.noteText) : [];
  const eventDate = formatPreciseDate(annotation.eventDate);
  return (
    <article className={`print-passage print-passage-compact print-kind-${annotation.kind}`} id={anchor}>
      <h3 className="print-passage-heading">
        <span className="print-kind-badge">{KIND_LABELS[annotation.kind]}</span> Passage {number}
        {source && (
          <>
            {' · '}
            <span className="print-grading">{admiraltyCode(source.reliability, annotation.credibility)}</span>
          </>
        )}
        {!source && annotation.credibility !== null && <HeadingFact term="Credibility" value={String(annotation.credibility)} />}
        {annotation.actor && <HeadingFact term="Actor" value={annotation.actor} />}
        {annotation.target && <HeadingFact term="Target" value={annotation.target} />}
        {eventDate && <HeadingFact term="Date" value={eventDate} />}
        {' · '}
        {sourceNumber === null ? 'source no longer in the library' : <a href={`#${sourceAnchor(sourceNumber)}`}>[{sourceNumber}{annotation.pages ? `, ${formatPages(annotation.pages)}` : ''}]</a>}
      </h3>
      {annotation.anchor.state === 'orphan' && <p className="print-warning">Orphan: no longer found in the current text of its source.</p>}
      {/* The article's language: hyphenation, the font's shaping and a screen reader's voice follow it. */}
      <blockquote className="print-quote" lang={source?.language || undefined}>
        {context.before && (
          <span className="print-context" dir="auto">
            {context.before}
          </span>
        )}
        <span className="print-quote-text" dir="auto">
          {marks.open}
          {annotation.quote.exact}
          {marks.close}
        </span>
        {context.after && (
          <span className="print-context" dir="auto">
            {context.after}
          </span>
        )}
      </blockquote>
      {links.length > 0 && (
        <p className="print-compact-line">
          <span className="print-compact-term">Links</span>{' '}
          <PrintLinks links={links} />
        </p>
      )}
      {note.length > 0 && (
        <div className="print-note print-compact-line print-compact-note">
          <span className="print-compact-term">Note</span>
          <div>
            <RichTextView blocks={note} minHeadingLevel={4} />
          </div>
        </div>
      )}
      {item.commentary && (
        <p className="print-commentary print-compact-line" dir="auto">
          <span className="print-compact-term">Commentary</span> {item.commentary}
        </p>
      )}
    </article>
  );
});
