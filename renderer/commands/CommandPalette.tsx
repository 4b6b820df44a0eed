// The command palette (Ctrl+Shift+P): finds any command by name, shows its shortcut, and says why
// a command cannot run now. Choosing one closes the palette, then runs it.
import { useId, useMemo, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { chordLabel, COMMANDS, commandKeys, type CommandDefinition } from '../../shared/commands';
import { Dialog } from '../ui/Dialog';
import { useCommands } from './commandsContext';

interface CommandPaletteProps {
  readonly onClose: () => void;
}

/** Commands whose words contain every word typed, those starting with the first word first. */
export function findCommands(query: string, commands: readonly CommandDefinition[] = COMMANDS): CommandDefinition[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = (command: CommandDefinition): string => `${command.category} ${command.title}`.toLowerCase();
  const found = commands.filter((command) => words.every((word) => text(command).includes(word)));
  const first = words[0];
  if (!first) return found;
  const starts = (command: CommandDefinition): number => (command.title.toLowerCase().startsWith(first) ? 0 : 1);
  return [...found].sort((a, b) => starts(a) - starts(b));
}

export function CommandPalette({ onClose }: CommandPaletteProps): ReactNode {
  const { router, platform } = useCommands();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Availability follows the views: a handler mounting or leaving redraws the list.
  useSyncExternalStore(
    (listener) => router.subscribe(listener),
    () => router.version,
  );
  const found = useMemo(() => findCommands(query), [query]);
  const listId = useId();
  const optionId = (index: number): string => `${listId}-${index}`;
  const current = Math.min(active, Math.max(found.length - 1, 0));

  const choose = (command: CommandDefinition | undefined): void => {
    if (!command) return;
    const id = command.id;
    if (!router.availability(id).available) return;
    onClose();
    // After the palette has closed, so focus is back where the command expects it.
    queueMicrotask(() => router.run(id, 'palette'));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + found.length) % Math.max(found.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(found[current]);
    }
  };

  return (
    <Dialog title="Command palette" onClose={onClose}>
      <div className="command-palette">
        <input
          type="text"
          role="combobox"
          aria-label="Command"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={found.length > 0 ? optionId(current) : undefined}
          placeholder="Type a command…"
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Commands" className="command-list">
          {found.map((command, index) => {
            const state = router.availability(command.id);
            const chord = commandKeys(command, platform)[0];
            return (
              <li
                key={command.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === current}
                aria-disabled={!state.available}
                className="command-option"
                onMouseMove={() => setActive(index)}
                onClick={() => choose(command)}
              >
                <span className="command-title">{command.title}</span>
                <span className="command-category">{command.category}</span>
                {chord && <kbd className="command-keys">{chordLabel(chord, platform)}</kbd>}
                {!state.available && <span className="command-reason">{state.reason}</span>}
              </li>
            );
          })}
          {found.length === 0 && <li className="command-empty">No command matches “{query}”.</li>}
        </ul>
      </div>
    </Dialog>
  );
}
