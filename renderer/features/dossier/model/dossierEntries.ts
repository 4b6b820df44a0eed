// A dossier as the analyst reads it: each item joined to its annotation and source, passages
// numbered in composed order, and each link worded against that numbering ("denies passage 1").
import type { Annotation, AnnotationLink } from '../../../../shared/model';
import type { SourceRecord } from '../../../db/database';
import type { DossierContent } from '../../../db/dossiers';
import { KIND_LABELS, LINK_LABELS, shortQuote } from '../../common/kinds';
import type { NarrativeItem, PassageItem, ViewItem } from './dossierItems';
import { readRichText, sectionTitle, type RichBlock } from './richTextTree';
import { isolateText, quotedIsolated } from '../../../../shared/text/bidiIsolation';

export interface LinkPhrase {
  readonly id: string;
  readonly text: string;
  /** The linked passage's number when it is in this dossier. */
  readonly passageNumber: number | null;
}

export interface PassageEntry {
  readonly type: 'passage';
  readonly item: PassageItem;
  /** Null for a passage whose annotation was deleted: it is shown, but neither numbered nor printed. */
  readonly number: number | null;
  readonly annotation: Annotation | null;
  readonly source: SourceRecord | null;
  readonly links: readonly LinkPhrase[];
}

export interface NarrativeEntry {
  readonly type: 'narrative';
  readonly item: NarrativeItem;
  readonly title: string;
  readonly blocks: readonly RichBlock[];
}

/** A cross-article view (claims table or timeline) as a section; its content is computed when shown. */
export interface ViewEntry {
  readonly type: 'view';
  readonly item: ViewItem;
}

export type DossierEntry = PassageEntry | NarrativeEntry | ViewEntry;

export function describeDossier(content: DossierContent): DossierEntry[] {
  const numbers = new Map<string, number>();
  for (const item of content.dossier.items) {
    if (item.type === 'passage' && content.annotations.has(item.annotationId) && !numbers.has(item.annotationId)) {
      numbers.set(item.annotationId, numbers.size + 1);
    }
  }
  const linksByAnnotation = new Map<string, AnnotationLink[]>();
  for (const link of [...content.links].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    for (const end of [link.fromId, link.toId]) linksByAnnotation.set(end, [...(linksByAnnotation.get(end) ?? []), link]);
  }
  const describeOther = (other: Annotation): string => {
    const title = content.sources.get(other.sourceId)?.title ?? 'an article no longer in the library';
    // Quote and title isolated: either may be right-to-left inside an English sentence.
    return `${KIND_LABELS[other.kind].toLowerCase()} ${quotedIsolated(shortQuote(other.quote.exact, 60))} (${isolateText(title)})`;
  };

  return content.dossier.items.map((item): DossierEntry => {
    if (item.type === 'narrative') {
      const blocks = readRichText(item.content, item.contentText);
      return { type: 'narrative', item, title: sectionTitle(blocks), blocks };
    }
    if (item.type === 'view') return { type: 'view', item };
    const annotation = content.annotations.get(item.annotationId) ?? null;
    const links = (annotation ? (linksByAnnotation.get(annotation.id) ?? []) : []).flatMap((link): LinkPhrase[] => {
      const outgoing = link.fromId === annotation?.id;
      const other = content.annotations.get(outgoing ? link.toId : link.fromId);
      if (!other) return [];
      const verb = outgoing ? LINK_LABELS[link.type].outgoing : LINK_LABELS[link.type].incoming;
      const passageNumber = numbers.get(other.id) ?? null;
      const text = passageNumber === null ? `${verb} ${describeOther(other)}` : `${verb} passage ${passageNumber}`;
      return [{ id: link.id, text, passageNumber }];
    });
    return {
      type: 'passage',
      item,
      number: annotation ? (numbers.get(annotation.id) ?? null) : null,
      annotation,
      source: annotation ? (content.sources.get(annotation.sourceId) ?? null) : null,
      links,
    };
  });
}

export interface NumberedPassage extends PassageEntry {
  readonly number: number;
  readonly annotation: Annotation;
}

export function isNumbered(entry: DossierEntry): entry is NumberedPassage {
  return entry.type === 'passage' && entry.number !== null && entry.annotation !== null;
}
