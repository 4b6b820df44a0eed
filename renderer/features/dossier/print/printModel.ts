// What the PDF holds, in order, before any drawing: the blocks of the body (group headings,
// narrative sections, passages), the contents that point at them, the numbered sources the
// compact layout cites, and the title page's counts.
import type { Dossier } from '../../../../shared/model';
import { isolateText, quotedIsolated } from '../../../../shared/text/bidiIsolation';
import type { SourceRecord } from '../../../db/database';
import { KIND_LABELS } from '../../common/kinds';
import type { ViewLibrary } from '../../../db/views';
import { isNumbered, type DossierEntry, type NarrativeEntry, type NumberedPassage, type ViewEntry } from '../model/dossierEntries';
import { viewSectionContent, type ViewSectionContent } from './viewSectionContent';
import { groupPassages, type DossierView } from '../model/dossierViews';
import { cutAtWordEnd, quoteContext, type QuoteContext } from './wordCuts';

/** Detailed: every fact of a passage, labelled. Compact: facts on one line, sources at the end. */
export const PRINT_LAYOUTS = ['detailed', 'compact'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];
/** Dossiers of this many passages and more default to the compact layout. */
export const COMPACT_FROM_PASSAGES = 11;

export function defaultLayout(passageCount: number): PrintLayout {
  return passageCount >= COMPACT_FROM_PASSAGES ? 'compact' : 'detailed';
}

/** Contents entries are cut at word boundaries to about one line. */
const CONTENTS_QUOTE_MAX = 50;
const CONTENTS_TITLE_MAX = 36;
const CONTENTS_HEADING_MAX = 110;

export type PrintBlock =
  | { readonly type: 'group'; readonly key: string; readonly heading: string; readonly anchor: string; readonly count: number }
  | { readonly type: 'narrative'; readonly entry: NarrativeEntry; readonly anchor: string }
  | { readonly type: 'passage'; readonly entry: NumberedPassage; readonly anchor: string }
  | { readonly type: 'view'; readonly entry: ViewEntry; readonly anchor: string; readonly content: ViewSectionContent | null };

export interface ContentsEntry {
  readonly anchor: string;
  readonly text: string;
  readonly level: 1 | 2;
}

export interface PrintModel {
  readonly dossier: Dossier;
  readonly view: DossierView;
  readonly layout: PrintLayout;
  /** The day of the export, YYYY-MM-DD. */
  readonly exportedOn: string;
  readonly blocks: readonly PrintBlock[];
  readonly contents: readonly ContentsEntry[];
  /** The passages' sources in order of first citation; a passage cites its source by position + 1. */
  readonly sources: readonly SourceRecord[];
  readonly passageCount: number;
  readonly sourceCount: number;
  readonly sectionCount: number;
  /** Passages whose annotation was deleted: left out, and the export dialog says so. */
  readonly missingCount: number;
}

export function passageAnchor(number: number): string {
  return `passage-${number}`;
}

function passageContents(entry: NumberedPassage, level: 1 | 2): ContentsEntry {
  const { annotation, source, number } = entry;
  // Quote and title isolated: a Persian quote would otherwise run on into the title after it.
  const from = source ? ` — ${isolateText(cutAtWordEnd(source.title, CONTENTS_TITLE_MAX))}` : '';
  return { anchor: passageAnchor(number), text: `${number}. ${KIND_LABELS[annotation.kind]}: ${quotedIsolated(cutAtWordEnd(annotation.quote.exact, CONTENTS_QUOTE_MAX))}${from}`, level };
}

/** The sources of the printed passages, each once, in the order the body first cites them. */
function citedSources(blocks: readonly PrintBlock[]): SourceRecord[] {
  const sources = new Map<string, SourceRecord>();
  for (const block of blocks) {
    const source = block.type === 'passage' ? block.entry.source : null;
    if (source && !sources.has(source.id)) sources.set(source.id, source);
  }
  return [...sources.values()];
}

/** The number [n] a passage's citation refers to in the sources list, or null without a source. */
export function sourceNumber(model: Pick<PrintModel, 'sources'>, sourceId: string): number | null {
  const index = model.sources.findIndex((source) => source.id === sourceId);
  return index < 0 ? null : index + 1;
}

export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The anchor of the compact layout's sources list, the last entry of its contents. */
export const SOURCES_ANCHOR = 'sources';

export interface PrintOptions {
  readonly view: DossierView;
  readonly layout: PrintLayout;
  readonly now: Date;
  /** The whole library, for view sections (claims, timeline); without it they print as a note. */
  readonly library?: ViewLibrary;
}

export function buildPrintModel(dossier: Dossier, entries: readonly DossierEntry[], { view, layout, now, library }: PrintOptions): PrintModel {
  const passages = entries.filter(isNumbered);
  const blocks: PrintBlock[] = [];
  const contents: ContentsEntry[] = [];
  if (view === 'composed') {
    let section = 0;
    let views = 0;
    for (const entry of entries) {
      if (entry.type === 'view') {
        const anchor = `view-${++views}`;
        blocks.push({ type: 'view', entry, anchor, content: library ? viewSectionContent(entry.item, library) : null });
        contents.push({ anchor, text: cutAtWordEnd(entry.item.title, CONTENTS_HEADING_MAX), level: 1 });
      } else if (entry.type === 'narrative') {
        const anchor = `section-${++section}`;
        blocks.push({ type: 'narrative', entry, anchor });
        contents.push({ anchor, text: cutAtWordEnd(entry.title, CONTENTS_HEADING_MAX), level: 1 });
      } else if (isNumbered(entry)) {
        blocks.push({ type: 'passage', entry, anchor: passageAnchor(entry.number) });
        contents.push(passageContents(entry, 1));
      }
    }
  } else {
    groupPassages(entries, view).forEach((group, index) => {
      const anchor = `group-${index + 1}`;
      blocks.push({ type: 'group', key: group.key, heading: group.heading, anchor, count: group.passages.length });
      contents.push({ anchor, text: cutAtWordEnd(group.heading, CONTENTS_HEADING_MAX), level: 1 });
      for (const entry of group.passages) {
        blocks.push({ type: 'passage', entry, anchor: passageAnchor(entry.number) });
        contents.push(passageContents(entry, 2));
      }
    });
  }
  const sources = citedSources(blocks);
  if (layout === 'compact' && sources.length > 0) contents.push({ anchor: SOURCES_ANCHOR, text: 'Sources', level: 1 });
  return {
    dossier,
    view,
    layout,
    exportedOn: localDay(now),
    blocks,
    contents,
    sources,
    passageCount: passages.length,
    sourceCount: new Set(passages.map((p) => p.annotation.sourceId)).size,
    sectionCount: entries.filter((e) => e.type === 'narrative').length,
    missingCount: entries.filter((e) => e.type === 'passage' && e.number === null).length,
  };
}

/** The compact layout's line of context either side of each passage's quote, by annotation id. */
export function passageContexts(model: PrintModel, sourceTexts: ReadonlyMap<string, string>): Map<string, QuoteContext> {
  const contexts = new Map<string, QuoteContext>();
  for (const block of model.blocks) {
    if (block.type === 'passage') contexts.set(block.entry.annotation.id, quoteContext(block.entry.annotation, sourceTexts.get(block.entry.annotation.sourceId)));
  }
  return contexts;
}
