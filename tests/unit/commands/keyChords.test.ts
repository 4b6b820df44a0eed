// Key chords on each platform's terms: matching, Electron accelerators, ARIA values and labels.
import { describe, expect, it } from 'vitest';
import { ariaKeyShortcut, chordLabel, electronAccelerator, matchesChord, parseChord, platformOf, type KeyStroke } from '../../../shared/commands';

function stroke(key: string, mods: Partial<Omit<KeyStroke, 'key'>> = {}): KeyStroke {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}

describe('key chords', () => {
  it('reads Mod as Ctrl off macOS and Cmd on macOS', () => {
    expect(matchesChord(stroke('o', { ctrlKey: true }), 'Mod+O', 'other')).toBe(true);
    expect(matchesChord(stroke('o', { metaKey: true }), 'Mod+O', 'other')).toBe(false);
    expect(matchesChord(stroke('o', { metaKey: true }), 'Mod+O', 'mac')).toBe(true);
    expect(matchesChord(stroke('o', { ctrlKey: true }), 'Mod+O', 'mac')).toBe(false);
  });

  it('requires Shift and Alt exactly for letters, whatever the case of the key', () => {
    expect(matchesChord(stroke('O', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+O', 'other')).toBe(true);
    expect(matchesChord(stroke('O', { ctrlKey: true, shiftKey: true }), 'Mod+O', 'other')).toBe(false);
    expect(matchesChord(stroke('o', { ctrlKey: true, altKey: true }), 'Mod+O', 'other')).toBe(false);
    expect(matchesChord(stroke('c'), 'C', 'other')).toBe(true);
    expect(matchesChord(stroke('c', { shiftKey: true }), 'C', 'other')).toBe(false);
    expect(matchesChord(stroke('c', { ctrlKey: true }), 'C', 'other')).toBe(false);
  });

  it('lets punctuation keys ignore Shift, which only chose the character', () => {
    expect(matchesChord(stroke(',', { ctrlKey: true }), 'Mod+,', 'other')).toBe(true);
    expect(matchesChord(stroke('/', { ctrlKey: true, shiftKey: true }), 'Mod+/', 'other')).toBe(true);
  });

  it('matches named keys', () => {
    expect(matchesChord(stroke('ArrowUp', { altKey: true }), 'Alt+ArrowUp', 'other')).toBe(true);
    expect(matchesChord(stroke('ArrowUp'), 'Alt+ArrowUp', 'other')).toBe(false);
    expect(matchesChord(stroke('Delete'), 'Delete', 'mac')).toBe(true);
  });

  it('renders accelerators, ARIA values and labels', () => {
    expect(electronAccelerator('Mod+Shift+O')).toBe('CmdOrCtrl+Shift+O');
    expect(electronAccelerator('Alt+ArrowUp')).toBe('Alt+Up');
    expect(ariaKeyShortcut('Mod+Shift+O', 'other')).toBe('Control+Shift+O');
    expect(ariaKeyShortcut('Mod+P', 'mac')).toBe('Meta+P');
    expect(chordLabel('Mod+Shift+O', 'other')).toBe('Ctrl+Shift+O');
    expect(chordLabel('Mod+Shift+O', 'mac')).toBe('⇧⌘O');
    expect(chordLabel('Alt+ArrowDown', 'other')).toBe('Alt+↓');
  });

  it('refuses chords it cannot read', () => {
    expect(() => parseChord('Hyper+O')).toThrow(/unknown modifier Hyper/);
    expect(() => parseChord('Mod+')).toThrow(/needs a key/);
  });

  it('tells macOS from the rest by platform name', () => {
    expect(platformOf('darwin')).toBe('mac');
    expect(platformOf('MacIntel')).toBe('mac');
    expect(platformOf('linux')).toBe('other');
    expect(platformOf('Win32')).toBe('other');
  });
});
