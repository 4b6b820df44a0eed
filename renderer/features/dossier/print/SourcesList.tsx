// The compact layout's sources list, at the end of the PDF: each cited source once, numbered as
// the passages cite it ([n]), with its full citation and its reliability.
import type { ReactNode } from 'react';
import type { SourceRecord } from '../../../db/database';
import { citationParts, reliabilityText } from '../model/citation';
import { sourceAnchor } from './CompactPassage';
import { SOURCES_ANCHOR } from './printModel';
import { PrintCitation } from './PrintPieces';

export function SourcesList({ sources }: { readonly sources: readonly SourceRecord[] }): ReactNode {
  if (sources.length === 0) return null;
  return (
    <section className="print-sources" id={SOURCES_ANCHOR} aria-labelledby="print-sources-heading">
      <h2 id="print-sources-heading">Sources</h2>
      <ol>
        {sources.map((source, index) => {
          const citation = citationParts(source);
          return (
            <li key={source.id} id={sourceAnchor(index + 1)}>
              <span className="print-source-number">[{index + 1}]</span>
              <span className="print-source-citation">
                <PrintCitation citation={citation} />{' '}
                <span className="print-compact-term">Reliability</span> {reliabilityText(source.reliability)}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
