// How a passage's facts are written in the composer and the PDF: credibility and reliability in
// words, and the citation of the source (dates follow shared/text/dateDisplay).
import {
  CREDIBILITY_LABELS,
  type Credibility,
  RELIABILITY_LABELS,
  type Annotation,
  type ReliabilityGrade,
} from '../../../../shared/model';
import { isolateText, quotedIsolated } from '../../../../shared/text/bidiIsolation';
import { formatPublishedDate } from '../../../../shared/text/dateDisplay';
import { formatPages, type PageRange } from '../../../../shared/import/pdfPages';
import type { SourceRecord } from '../../../db/database';

export type CitedSource = Pick<SourceRecord, 'title' | 'publisher' | 'author' | 'publishedDate' | 'url'>;

export function credibilityText(credibility: Annotation['credibility']): string {
  return credibility === null ? 'Not assessed' : CREDIBILITY_LABELS[credibility];
}

export function reliabilityText(reliability: ReliabilityGrade): string {
  return RELIABILITY_LABELS[reliability];
}

/**
 * The Admiralty grading as one code, source reliability then credibility of the information
 * ("B3"); a dash stands for credibility not assessed ("B–"), so the code keeps its two places.
 */
export function admiraltyCode(reliability: ReliabilityGrade, credibility: Credibility | null): string {
  return `${reliability}${credibility ?? '–'}`;
}

/**
 * The parts of a citation in reading order; the URL is last so it can be a link of its own.
 * Each part is isolated (FSI…PDI): a Persian title would otherwise take the closing quotation
 * mark and the publisher after it into its right-to-left run.
 */
export function citationParts(source: CitedSource, pages?: PageRange): { readonly text: string; readonly url: string } {
  const parts = [
    quotedIsolated(source.title),
    isolateText(source.author),
    isolateText(source.publisher),
    formatPublishedDate(source.publishedDate),
    // A passage of a PDF cites its page(s) last: "p. 3", "pp. 3–4".
    pages ? formatPages(pages) : '',
  ].filter(Boolean);
  return { text: `${parts.join(', ')}.`, url: source.url };
}

export function citationText(source: CitedSource, pages?: PageRange): string {
  const { text, url } = citationParts(source, pages);
  return url ? `${text} ${url}` : text;
}
