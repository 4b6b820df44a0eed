// The renderer's one keyboard dispatcher: a key press becomes the registry command whose chord it
// is, on the platform's terms (Cmd on macOS), leaving text fields their own keys.
import { COMMANDS, commandKeys, matchesChord, type CommandDefinition, type CommandId, type KeyStroke, type Platform } from '../../shared/commands';
import type { CommandRouter } from './commandRouter';
import { isTextEntry } from './textEntry';

export interface KeyEventLike extends KeyStroke {
  readonly target: EventTarget | null;
  readonly defaultPrevented: boolean;
  preventDefault(): void;
}

/** The command a key stroke asks for, if any. */
export function commandForKey(stroke: KeyStroke, platform: Platform): CommandDefinition | undefined {
  return COMMANDS.find((command) => commandKeys(command, platform).some((chord) => matchesChord(stroke, chord, platform)));
}

/** A key without Ctrl/Cmd (a letter, Delete, Alt+arrow) only acts where its command can run. */
function isPlainKey(event: KeyStroke): boolean {
  return !event.ctrlKey && !event.metaKey;
}

/**
 * Handles one key press: runs the command, or, for a Ctrl/Cmd chord that cannot run here, says
 * why (and keeps the browser from printing or opening files instead). Returns the command's id
 * when the key was taken.
 */
export function dispatchKey(event: KeyEventLike, router: CommandRouter, platform: Platform): CommandId | null {
  if (event.defaultPrevented) return null;
  const command = commandForKey(event, platform);
  if (!command) return null;
  if (!command.whileTyping && isTextEntry(event.target)) return null;
  const id = command.id;
  if (isPlainKey(event) && !router.availability(id).available) return null;
  event.preventDefault();
  router.run(id, 'key');
  return id;
}
