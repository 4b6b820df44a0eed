// The annotation's note: a small Lexical rich-text editor. Typing is saved as it happens
// (nothing lost if the app closes); leaving the editor records one undoable "Edit note".
import { LinkNode } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListItemNode, ListNode } from '@lexical/list';
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
import { $getRoot, FORMAT_TEXT_COMMAND, type EditorState } from 'lexical';
import { useEffect, useRef, type ReactNode } from 'react';

export interface NoteValue {
  readonly note: string;
  readonly noteText: string;
}

interface NoteEditorProps {
  readonly label: string;
  readonly value: NoteValue;
  /** Saves while typing, without an undo entry. */
  readonly onDraft: (value: NoteValue) => void;
  /** Called on leaving the editor with the value it had on entering. */
  readonly onDone: (before: NoteValue, after: NoteValue) => void;
}

export const NOTE_NODES = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode];
const NOTE_THEME = { text: { bold: 'note-bold', italic: 'note-italic' }, quote: 'note-quote', link: 'note-link' };
const DRAFT_DELAY_MS = 400;

/** Only http(s) and mailto links are kept in notes. */
export function isSafeLinkUrl(url: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

function NoteToolbar(): ReactNode {
  const [editor] = useLexicalComposerContext();
  return (
    <div className="note-toolbar" role="toolbar" aria-label="Note formatting" onMouseDown={(e) => e.preventDefault()}>
      <button type="button" onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
        Bold
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
        Italic
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}>
        Bulleted list
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}>
        Numbered list
      </button>
    </div>
  );
}

/** Shows a note changed elsewhere (undo, a merge) unless the analyst is typing in it. */
function ExternalValuePlugin({ value, latest }: { value: NoteValue; latest: { current: NoteValue } }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (value.note === latest.current.note) return;
    const root = editor.getRootElement();
    if (root && root.contains(document.activeElement)) return;
    latest.current = value;
    if (value.note) editor.setEditorState(editor.parseEditorState(value.note));
    else editor.update(() => $getRoot().clear());
  }, [editor, value, latest]);
  return null;
}

function readValue(state: EditorState): NoteValue {
  const noteText = state.read(() => $getRoot().getTextContent()).trim();
  return { note: noteText ? JSON.stringify(state.toJSON()) : '', noteText };
}

export function NoteEditor({ label, value, onDraft, onDone }: NoteEditorProps): ReactNode {
  const atFocus = useRef<NoteValue>(value);
  const latest = useRef<NoteValue>(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flush = (): void => {
    clearTimeout(timer.current);
    timer.current = undefined;
  };
  useEffect(() => () => flush(), []);
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'annotation-note',
        nodes: NOTE_NODES,
        theme: NOTE_THEME,
        editorState: value.note || undefined,
        onError: (error) => console.error(error),
      }}
    >
      <div className="note-editor">
        <NoteToolbar />
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="note-content"
              aria-label={label}
              onFocus={() => {
                atFocus.current = latest.current;
              }}
              onBlur={() => {
                if (timer.current) {
                  flush();
                  onDraft(latest.current);
                }
                if (latest.current.note !== atFocus.current.note) onDone(atFocus.current, latest.current);
              }}
            />
          }
          placeholder={<div className="note-placeholder">Your note on this passage…</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ExternalValuePlugin value={value} latest={latest} />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeLinkUrl} />
        <OnChangePlugin
          ignoreSelectionChange
          onChange={(state) => {
            const next = readValue(state);
            if (next.note === latest.current.note) return;
            latest.current = next;
            flush();
            timer.current = setTimeout(() => {
              timer.current = undefined;
              onDraft(latest.current);
            }, DRAFT_DELAY_MS);
          }}
        />
      </div>
    </LexicalComposer>
  );
}
