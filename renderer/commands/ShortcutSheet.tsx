// Help → Keyboard shortcuts: every command with keys, grouped as the registry groups them, in the
// platform's notation. Generated from the registry, so it is never out of date.
import type { ReactNode } from 'react';
import { chordLabel, COMMANDS, commandKeys, type CommandDefinition, type Platform } from '../../shared/commands';
import { Dialog } from '../ui/Dialog';
import { useCommands } from './commandsContext';

/** Categories in registry order, each with its commands that have keys. */
export function shortcutGroups(platform: Platform): readonly (readonly [string, readonly CommandDefinition[]])[] {
  const groups = new Map<string, CommandDefinition[]>();
  for (const command of COMMANDS) {
    if (commandKeys(command, platform).length === 0) continue;
    const group = groups.get(command.category) ?? [];
    group.push(command);
    groups.set(command.category, group);
  }
  return [...groups.entries()];
}

export function ShortcutSheet({ onClose }: { readonly onClose: () => void }): ReactNode {
  const { platform } = useCommands();
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      {/* Focusable so keyboard users can scroll a long sheet. */}
      <div className="shortcut-sheet" tabIndex={0} role="region" aria-label="Shortcuts by category">
        {shortcutGroups(platform).map(([category, commands]) => (
          <table key={category}>
            <caption>{category}</caption>
            <thead>
              <tr>
                <th scope="col">Command</th>
                <th scope="col">Keys</th>
              </tr>
            </thead>
            <tbody>
              {commands.map((command) => (
                <tr key={command.id}>
                  <th scope="row">{command.title}</th>
                  <td>
                    {commandKeys(command, platform).map((chord, index) => (
                      <span key={chord}>
                        {index > 0 && ' or '}
                        <kbd>{chordLabel(chord, platform)}</kbd>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
