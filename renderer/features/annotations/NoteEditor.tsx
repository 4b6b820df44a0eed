// The annotation's note: the shared rich-text field with the note's small toolbar. Typing is saved
// as it happens; leaving the editor records one undoable "Edit note".
import type { ReactNode } from 'react';
import { RichTextEditor, type RichTextValue } from '../../ui/richText/RichTextEditor';


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

const toNote = (value: RichTextValue): NoteValue => ({ note: value.json, noteText: value.text });

export function NoteEditor({ label, value, onDraft, onDone }: NoteEditorProps): ReactNode {
  return (
    <RichTextEditor
      label={label}
      value={{ json: value.note, text: value.noteText }}
      namespace="annotation-note"
      toolbar="basic"
      toolbarLabel="Note formatting"
      placeholder="Your note on this passage…"
      onDraft={(next) => onDraft(toNote(next))}
      onDone={(before, after) => onDone(toNote(before), toNote(after))}
    />
  );
}
