// What a control that runs a command shows of its keys: aria-keyshortcuts and a tooltip, both
// read from the registry so they never drift from what the keys do.
import { ariaKeyShortcut, chordLabel, commandById, commandKeys, type CommandId, type Platform } from '../../shared/commands';

export interface ShortcutProps {
  readonly 'aria-keyshortcuts'?: string;
  readonly title: string;
}

/** Props for a control that runs `id`; `label` is the tooltip's words when they differ from the title. */
export function shortcutProps(id: CommandId, platform: Platform, label?: string): ShortcutProps {
  const command = commandById(id);
  const chords = commandKeys(command, platform);
  const words = label ?? command.title.replace(/…$/, '');
  if (chords.length === 0) return { title: words };
  return {
    'aria-keyshortcuts': chords.map((chord) => ariaKeyShortcut(chord, platform)).join(' '),
    title: `${words} (${chordLabel(chords[0] ?? '', platform)})`,
  };
}
