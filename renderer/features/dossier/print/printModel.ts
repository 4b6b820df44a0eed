// What the PDF holds, in order, before any drawing: the blocks of the body (group headings,
// narrative sections, passages), the contents that point at them, and the title page's counts.
import type { Dossier } from '../../../../shared/model';
import { KIND_LABELS, shortQuote } from '../../common/kinds';
import { isNumbered, type DossierEntry, type NarrativeEntry, type NumberedPassage } from '../model/dossierEntries';
import { groupPassages, type DossierView } from '../model/dossierViews';

export type PrintBlock =
  | { readonly type: 'group'; readonly key: string; readonly heading: string; readonly anchor: string; readonly count: number }
  | { readonly type: 'narrative'; readonly entry: NarrativeEntry; readonly anchor: string }
  | { readonly type: 'passage'; readonly entry: NumberedPassage; readonly anchor: string };

export interface ContentsEntry {
  readonly anchor: string;
  readonly text: string;
  readonly level: 1 | 2;
}

export interface PrintModel {
  readonly dossier: Dossier;
  readonly view: DossierView;
  /** The day of the export, YYYY-MM-DD. */
  readonly exportedOn: string;
  readonly blocks: readonly PrintBlock[];
  readonly contents: readonly ContentsEntry[];
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
  const from = source ? ` — ${shortQuote(source.title, 60)}` : '';
  return { anchor: passageAnchor(number), text: `${number}. ${KIND_LABELS[annotation.kind]}: “${shortQuote(annotation.quote.exact, 70)}”${from}`, level };
}

export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function buildPrintModel(dossier: Dossier, entries: readonly DossierEntry[], view: DossierView, now: Date): PrintModel {
  const passages = entries.filter(isNumbered);
  const blocks: PrintBlock[] = [];
  const contents: ContentsEntry[] = [];
  if (view === 'composed') {
    let section = 0;
    for (const entry of entries) {
      if (entry.type === 'narrative') {
        const anchor = `section-${++section}`;
        blocks.push({ type: 'narrative', entry, anchor });
        contents.push({ anchor, text: entry.title, level: 1 });
      } else if (isNumbered(entry)) {
        blocks.push({ type: 'passage', entry, anchor: passageAnchor(entry.number) });
        contents.push(passageContents(entry, 1));
      }
    }
  } else {
    groupPassages(entries, view).forEach((group, index) => {
      const anchor = `group-${index + 1}`;
      blocks.push({ type: 'group', key: group.key, heading: group.heading, anchor, count: group.passages.length });
      contents.push({ anchor, text: group.heading, level: 1 });
      for (const entry of group.passages) {
        blocks.push({ type: 'passage', entry, anchor: passageAnchor(entry.number) });
        contents.push(passageContents(entry, 2));
      }
    });
  }
  return {
    dossier,
    view,
    exportedOn: localDay(now),
    blocks,
    contents,
    passageCount: passages.length,
    sourceCount: new Set(passages.map((p) => p.annotation.sourceId)).size,
    sectionCount: entries.filter((e) => e.type === 'narrative').length,
    missingCount: entries.filter((e) => e.type === 'passage' && e.number === null).length,
  };
}
