// The formatting buttons above a rich-text field. Each toggle reports its state (aria-pressed)
// from the current selection, so screen-reader users hear what the text already is.
import { $isLinkNode, $toggleLink } from '@lexical/link';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  FORMAT_TEXT_COMMAND,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { isSafeLinkUrl } from '../../../shared/text/safeLinks';

export type ToolbarSet = 'basic' | 'full';
type Block = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number' | 'other';

interface ToolbarState {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly block: Block;
  readonly link: boolean;
}

const INITIAL: ToolbarState = { bold: false, italic: false, block: 'paragraph', link: false };

function readToolbarState(editor: LexicalEditor): ToolbarState {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return INITIAL;
    const anchor = selection.anchor.getNode();
    const top = anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
    let block: Block = 'paragraph';
    if ($isHeadingNode(top)) block = top.getTag() === 'h2' ? 'h2' : top.getTag() === 'h3' ? 'h3' : 'other';
    else if ($isQuoteNode(top)) block = 'quote';
    else if ($isListNode(top)) block = top.getListType() === 'number' ? 'number' : 'bullet';
    const link = $isLinkNode(anchor) || $isLinkNode(anchor.getParent());
    return { bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), block, link };
  });
}

/** The old state when nothing changed, so React skips the re-render. */
function unlessUnchanged(old: ToolbarState, next: ToolbarState): ToolbarState {
  const same = old.bold === next.bold && old.italic === next.italic && old.block === next.block && old.link === next.link;
  return same ? old : next;
}

function setBlock(editor: LexicalEditor, block: 'paragraph' | 'h2' | 'h3' | 'quote'): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (block === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
    else if (block === 'quote') $setBlocksType(selection, () => $createQuoteNode());
    else $setBlocksType(selection, () => $createHeadingNode(block));
  });
}

/** The link form: a field for the address, applied to the selection the analyst had made. */
function LinkForm({ editor, selection, onClose }: { editor: LexicalEditor; selection: BaseSelection | null; onClose: () => void }): ReactNode {
  const [url, setUrl] = useState('https://');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const apply = (address: string | null): void => {
    if (address !== null && !isSafeLinkUrl(address.trim())) {
      setProblem('Write a web address starting with https:// or http://, or a mailto: address.');
      return;
    }
    editor.update(() => {
      if (selection) $setSelection(selection.clone());
      $toggleLink(address === null ? null : address.trim());
    });
    onClose();
    editor.focus();
  };
  return (
    <div className="link-editor" role="group" aria-label="Link">
      <label htmlFor={inputId}>Link address</label>
      <input
        id={inputId}
        type="url"
        value={url}
        autoFocus
        aria-invalid={problem ? true : undefined}
        onChange={(e) => setUrl(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply(url);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
            editor.focus();
          }
        }}
      />
      <button type="button" onClick={() => apply(url)}>
        Apply link
      </button>
      <button type="button" onClick={() => apply(null)}>
        Remove link
      </button>
      {problem && (
        <span role="alert" className="field-problem">
          {problem}
        </span>
      )}
    </div>
  );
}

export function FormattingToolbar({ set, label }: { readonly set: ToolbarSet; readonly label: string }): ReactNode {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL);
  const [linking, setLinking] = useState(false);
  const savedSelection = useRef<BaseSelection | null>(null);
  // Typing changes the editor on every key; the buttons only re-render when their state changes.
  useEffect(() => editor.registerUpdateListener(() => setState((old) => unlessUnchanged(old, readToolbarState(editor)))), [editor]);

  const toggleList = (kind: 'bullet' | 'number'): void => {
    if (state.block === kind) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
  };
  const blockButton = (block: 'h2' | 'h3' | 'quote', text: string): ReactNode => (
    <button type="button" aria-pressed={state.block === block} onClick={() => setBlock(editor, state.block === block ? 'paragraph' : block)}>
      {text}
    </button>
  );

  return (
    <>
      {/* Keeping the mouse down off the buttons keeps the editor's selection and focus. */}
      <div className="note-toolbar" role="toolbar" aria-label={label} onMouseDown={(e) => e.target instanceof HTMLButtonElement && e.preventDefault()}>
        {set === 'full' && (
          <>
            {blockButton('h2', 'Heading')}
            {blockButton('h3', 'Subheading')}
            {blockButton('quote', 'Quote')}
          </>
        )}
        <button type="button" aria-pressed={state.bold} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
          Bold
        </button>
        <button type="button" aria-pressed={state.italic} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
          Italic
        </button>
        <button type="button" aria-pressed={state.block === 'bullet'} onClick={() => toggleList('bullet')}>
          Bulleted list
        </button>
        <button type="button" aria-pressed={state.block === 'number'} onClick={() => toggleList('number')}>
          Numbered list
        </button>
        {set === 'full' && (
          <button
            type="button"
            aria-pressed={state.link}
            aria-expanded={linking}
            onClick={() => {
              savedSelection.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
              setLinking(!linking);
            }}
          >
            Link
          </button>
        )}
      </div>
      {linking && <LinkForm editor={editor} selection={savedSelection.current} onClose={() => setLinking(false)} />}
    </>
  );
}
