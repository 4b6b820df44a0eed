// A Lexical rich-text field shared by annotation notes and dossier narrative sections. Typing is
// saved as it happens (nothing lost if the app closes); leaving the field records one undoable edit.
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $getRoot, $setSelection, type EditorState } from 'lexical';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormattingToolbar, type ToolbarSet } from './FormattingToolbar';
import { isSafeLinkUrl } from '../../../shared/text/safeLinks';
import { SentValues } from './sentValues';

export interface RichTextValue {
  /** Lexical editor state as JSON, or empty when there is no text. */
  readonly json: string;
  readonly text: string;
}

interface RichTextEditorProps {
  readonly label: string;
  readonly value: RichTextValue;
  readonly namespace: string;
  /** 'basic': bold, italic, lists. 'full' adds headings, block quotes and links. */
  readonly toolbar: ToolbarSet;
  readonly toolbarLabel: string;
  readonly placeholder: string;
  /** Saves while typing, without an undo entry. */
  readonly onDraft: (value: RichTextValue) => void;
  /** Called on leaving the editor with the value it had on entering. */
  readonly onDone: (before: RichTextValue, after: RichTextValue) => void;
}

export const RICH_TEXT_NODES = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode];
const THEME = {
  text: { bold: 'note-bold', italic: 'note-italic' },
  quote: 'note-quote',
  link: 'note-link',
  heading: { h2: 'rich-heading', h3: 'rich-subheading' },
};
const DRAFT_DELAY_MS = 400;

/**
 * Shows a value changed elsewhere (undo, a merge) unless the analyst is typing in it. Only a new
 * stored value counts: a re-render that still carries the value from before the last save, or the
 * late echo of a save, is not a change and must not put old text back over new.
 */
function ExternalValuePlugin({ value, latest, sent }: { value: RichTextValue; latest: { current: RichTextValue }; sent: SentValues }): null {
  const [editor] = useLexicalComposerContext();
  const seen = useRef(value.json);
  useEffect(() => {
    if (value.json === seen.current) return;
    seen.current = value.json;
    if (sent.isEcho(value.json) || value.json === latest.current.json) return;
    const root = editor.getRootElement();
    if (root && root.contains(document.activeElement)) return;
    latest.current = value;
    // Without a selection, the update leaves the focus where the analyst put it.
    if (value.json) editor.setEditorState(editor.parseEditorState(value.json));
    else
      editor.update(() => {
        $getRoot().clear();
        $setSelection(null);
      });
  }, [editor, value, latest, sent]);
  return null;
}

function readValue(state: EditorState): RichTextValue {
  const text = state.read(() => $getRoot().getTextContent()).trim();
  return { json: text ? JSON.stringify(state.toJSON()) : '', text };
}

export function RichTextEditor(props: RichTextEditorProps): ReactNode {
  const { label, value, namespace, toolbar, toolbarLabel, placeholder, onDraft, onDone } = props;
  const atFocus = useRef<RichTextValue>(value);
  const latest = useRef<RichTextValue>(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [sent] = useState(() => new SentValues());
  const saveDraft = (draft: RichTextValue): void => {
    sent.record(draft.json);
    onDraft(draft);
  };
  const cancelPendingDraft = (): void => {
    clearTimeout(timer.current);
    timer.current = undefined;
  };
  // Typing is saved on leaving the field (blur, below); a timer left at unmount is only cleared.
  useEffect(() => () => cancelPendingDraft(), []);
  return (
    <LexicalComposer
      initialConfig={{
        namespace,
        nodes: RICH_TEXT_NODES,
        theme: THEME,
        editorState: value.json || undefined,
        onError: (error) => console.error(error),
      }}
    >
      <div className="note-editor">
        <FormattingToolbar set={toolbar} label={toolbarLabel} />
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="note-content"
              aria-label={label}
              onFocus={() => {
                atFocus.current = latest.current;
              }}
              onBlur={(event) => {
                // Moving into the toolbar's link form is still editing this field.
                if (event.relatedTarget instanceof Node && event.currentTarget.parentElement?.contains(event.relatedTarget)) return;
                if (timer.current) {
                  cancelPendingDraft();
                  saveDraft(latest.current);
                }
                if (latest.current.json !== atFocus.current.json) {
                  sent.record(latest.current.json);
                  onDone(atFocus.current, latest.current);
                }
                atFocus.current = latest.current;
              }}
            />
          }
          placeholder={<div className="note-placeholder">{placeholder}</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ExternalValuePlugin value={value} latest={latest} sent={sent} />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeLinkUrl} />
        <OnChangePlugin
          ignoreSelectionChange
          onChange={(state) => {
            const next = readValue(state);
            if (next.json === latest.current.json) return;
            latest.current = next;
            cancelPendingDraft();
            timer.current = setTimeout(() => {
              timer.current = undefined;
              saveDraft(latest.current);
            }, DRAFT_DELAY_MS);
          }}
        />
      </div>
    </LexicalComposer>
  );
}
