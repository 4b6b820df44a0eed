// The find bar above the article: a search box, "3 of 12", previous and next, close. Its keys
// are the browser's: Enter and Shift+Enter, F3 and Shift+F3 (Cmd+G on macOS), Escape closes.
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { chordLabel, commandById, commandKeys, matchesChord } from '../../../shared/commands';
import { useCommands } from '../../commands/commandsContext';
import './find.css';

interface FindBarProps {
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
  /** Hits found, and the current one's index (meaningless when there are none). */
  readonly count: number;
  readonly current: number;
  readonly onNext: () => void;
  readonly onPrevious: () => void;
  readonly onClose: () => void;
  readonly input: RefObject<HTMLInputElement | null>;
}

function statusText(query: string, count: number, current: number): string {
  if (query.trim() === '') return '';
  return count === 0 ? 'No matches' : `${(current + 1).toLocaleString('en')} of ${count.toLocaleString('en')}`;
}

export function FindBar({ query, onQueryChange, count, current, onNext, onPrevious, onClose, input }: FindBarProps): ReactNode {
  const { platform } = useCommands();
  const keysOf = (id: 'reader.findNext' | 'reader.findPrevious'): readonly string[] => commandKeys(commandById(id), platform);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    // F3 and Cmd+G are the registry's; in a text field plain keys do not reach the dispatcher.
    const stroke = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, shiftKey: event.shiftKey };
    const isChord = (id: 'reader.findNext' | 'reader.findPrevious'): boolean =>
      keysOf(id).some((chord) => matchesChord(stroke, chord, platform));
    let handled = true;
    if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      if (event.shiftKey) onPrevious();
      else onNext();
    } else if (isChord('reader.findPrevious')) onPrevious();
    else if (isChord('reader.findNext')) onNext();
    else if (event.key === 'Escape') onClose();
    else handled = false;
    if (handled) event.preventDefault();
  };
  const status = statusText(query, count, current);
  const nextKeys = ['Enter', ...keysOf('reader.findNext').map((chord) => chordLabel(chord, platform))].join(', ');
  const previousKeys = ['Shift+Enter', ...keysOf('reader.findPrevious').map((chord) => chordLabel(chord, platform))].join(', ');
  return (
    <div className="find-bar" role="search" aria-label="Find in article">
      <input
        ref={input}
        type="search"
        dir="auto"
        className="find-input"
        aria-label="Find in article"
        placeholder="Find in article"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className={count === 0 && status ? 'find-status find-none' : 'find-status'} role="status">
        {status}
      </span>
      <button type="button" aria-label="Previous match" title={`Previous match (${previousKeys})`} disabled={count === 0} onClick={onPrevious}>
        ↑
      </button>
      <button type="button" aria-label="Next match" title={`Next match (${nextKeys})`} disabled={count === 0} onClick={onNext}>
        ↓
      </button>
      <button type="button" aria-label="Close find bar" title="Close (Esc)" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
