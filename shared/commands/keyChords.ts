// Key chords as data ("Mod+Shift+O"): one notation the registry declares keys in, turned into
// Electron accelerators, aria-keyshortcuts values, labels for people, and matched against key
// events. "Mod" is Cmd on macOS and Ctrl elsewhere, as every desktop tool's users expect.

export type Platform = 'mac' | 'other';

/** Modifiers in the order every rendering uses. */
const MODIFIERS = ['Mod', 'Ctrl', 'Alt', 'Shift'] as const;
type Modifier = (typeof MODIFIERS)[number];

export interface ParsedChord {
  readonly mod: boolean;
  readonly ctrl: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  /** The key as KeyboardEvent.key names it, letters upper-case ("O", ",", "ArrowUp", "Delete", "F3"). */
  readonly key: string;
}

/** The fields of a KeyboardEvent a chord is matched against (a plain object in tests). */
export interface KeyStroke {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

export function parseChord(chord: string): ParsedChord {
  const parts = chord.split('+');
  // "Mod++" would be a chord on the plus key; none is declared, so a trailing empty part is an error.
  const key = parts.pop();
  if (!key) throw new Error(`a key chord needs a key: ${chord}`);
  for (const part of parts) {
    if (!(MODIFIERS as readonly string[]).includes(part)) throw new Error(`unknown modifier ${part} in ${chord}`);
  }
  const has = (modifier: Modifier): boolean => parts.includes(modifier);
  return { mod: has('Mod'), ctrl: has('Ctrl'), alt: has('Alt'), shift: has('Shift'), key: key.length === 1 ? key.toUpperCase() : key };
}

/** Ctrl and Cmd as the platform means them: on macOS "Mod" is Cmd, elsewhere Ctrl. */
function wants(chord: ParsedChord, platform: Platform): { readonly ctrl: boolean; readonly meta: boolean } {
  return platform === 'mac' ? { ctrl: chord.ctrl, meta: chord.mod } : { ctrl: chord.mod || chord.ctrl, meta: false };
}

/**
 * Whether a key event is this chord. Letters compare case-blind; Shift must match exactly except
 * for punctuation keys, whose character already says whether Shift was held.
 */
export function matchesChord(stroke: KeyStroke, chord: string, platform: Platform): boolean {
  const parsed = parseChord(chord);
  const { ctrl, meta } = wants(parsed, platform);
  if (stroke.ctrlKey !== ctrl || stroke.metaKey !== meta || stroke.altKey !== parsed.alt) return false;
  const key = stroke.key.length === 1 ? stroke.key.toUpperCase() : stroke.key;
  if (key !== parsed.key) return false;
  const isPunctuation = parsed.key.length === 1 && parsed.key.toUpperCase() === parsed.key.toLowerCase() && !/\d/.test(parsed.key);
  return isPunctuation || stroke.shiftKey === parsed.shift;
}

/** The accelerator Electron's menu shows ("CmdOrCtrl+Shift+O"). */
export function electronAccelerator(chord: string): string {
  const parsed = parseChord(chord);
  const parts = [parsed.mod ? 'CmdOrCtrl' : '', parsed.ctrl ? 'Ctrl' : '', parsed.alt ? 'Alt' : '', parsed.shift ? 'Shift' : ''];
  const key = parsed.key.startsWith('Arrow') ? parsed.key.slice('Arrow'.length) : parsed.key;
  return [...parts.filter(Boolean), key].join('+');
}

/** The value of aria-keyshortcuts ("Control+Shift+O", "Meta+P"): modifier names from the ARIA spec. */
export function ariaKeyShortcut(chord: string, platform: Platform): string {
  const parsed = parseChord(chord);
  const { ctrl, meta } = wants(parsed, platform);
  const parts = [ctrl ? 'Control' : '', meta ? 'Meta' : '', parsed.alt ? 'Alt' : '', parsed.shift ? 'Shift' : ''];
  return [...parts.filter(Boolean), parsed.key].join('+');
}

const KEY_NAMES: Readonly<Record<string, string>> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };

/** The chord as a person reads it: "Ctrl+Shift+O" on Windows and Linux, "⇧⌘O" on macOS. */
export function chordLabel(chord: string, platform: Platform): string {
  const parsed = parseChord(chord);
  const key = KEY_NAMES[parsed.key] ?? parsed.key;
  if (platform === 'mac') {
    return `${parsed.ctrl ? '⌃' : ''}${parsed.alt ? '⌥' : ''}${parsed.shift ? '⇧' : ''}${parsed.mod ? '⌘' : ''}${key}`;
  }
  const parts = [parsed.mod || parsed.ctrl ? 'Ctrl' : '', parsed.alt ? 'Alt' : '', parsed.shift ? 'Shift' : ''];
  return [...parts.filter(Boolean), key].join('+');
}

/** Which convention a platform string (Node's process.platform or navigator.platform) follows. */
export function platformOf(name: string): Platform {
  return /^(darwin|mac)/i.test(name) ? 'mac' : 'other';
}
