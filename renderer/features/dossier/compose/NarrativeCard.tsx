// A narrative section in the composer: the analyst's own text between passages, in the rich-text
// editor with headings, bold, italic, lists, links and block quotes.
import type { ReactNode } from 'react';
import { RichTextEditor, type RichTextValue } from '../../../ui/richText/RichTextEditor';
import type { NarrativeEntry } from '../model/dossierEntries';

interface NarrativeCardProps {
  readonly entry: NarrativeEntry;
  /** 1-based among the dossier's narrative sections: names the editor. */
  readonly ordinal: number;
  readonly onDraft: (value: RichTextValue) => void;
  readonly onDone: (before: RichTextValue, after: RichTextValue) => void;
}

export function NarrativeCard({ entry, ordinal, onDraft, onDone }: NarrativeCardProps): ReactNode {
  return (
    <div className="narrative-card">
      <p className="passage-title">Narrative section {ordinal}</p>
      <RichTextEditor
        label={`Narrative section ${ordinal}`}
        value={{ json: entry.item.content, text: entry.item.contentText }}
        namespace="dossier-narrative"
        toolbar="full"
        toolbarLabel={`Formatting of narrative section ${ordinal}`}
        placeholder="Your text: context, argument, what links the passages…"
        onDraft={onDraft}
        onDone={onDone}
      />
    </div>
  );
}
