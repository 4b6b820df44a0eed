// @vitest-environment jsdom
// The one keyboard dispatcher: platform keys, text fields left alone, plain keys only where they act.
import { describe, expect, it, vi } from 'vitest';
import { CommandRouter } from '../../../renderer/commands/commandRouter';
import { commandForKey, dispatchKey, type KeyEventLike } from '../../../renderer/commands/keyDispatcher';

function press(key: string, mods: Partial<Pick<KeyEventLike, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>> = {}, target: EventTarget | null = document.body): KeyEventLike & { prevented: boolean } {
  const event = {
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
    target,
    defaultPrevented: false,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
  return event;
}

function setup(): { router: CommandRouter; unavailable: string[] } {
  const unavailable: string[] = [];
  const router = new CommandRouter({ onUnavailable: (id) => unavailable.push(id), onFailure: vi.fn() });
  return { router, unavailable };
}

describe('dispatchKey', () => {
  it('runs the command of a chord and keeps the browser from acting on it', () => {
    const { router } = setup();
    const run = vi.fn();
    router.register('library.import', { run });
    const event = press('o', { ctrlKey: true });
    expect(dispatchKey(event, router, 'other')).toBe('library.import');
    expect(run).toHaveBeenCalledWith('key');
    expect(event.prevented).toBe(true);
  });

  it('follows the platform: Cmd on macOS', () => {
    const { router } = setup();
    const run = vi.fn();
    router.register('library.import', { run });
    expect(dispatchKey(press('o', { ctrlKey: true }), router, 'mac')).toBeNull();
    expect(dispatchKey(press('o', { metaKey: true }), router, 'mac')).toBe('library.import');
    expect(run).toHaveBeenCalledOnce();
  });

  it('leaves undo and letters to a focused text field, but not Ctrl+O', () => {
    const { router } = setup();
    const undo = vi.fn();
    const claim = vi.fn();
    const importFiles = vi.fn();
    router.register('edit.undo', { run: undo });
    router.register('annotate.claim', { run: claim });
    router.register('library.import', { run: importFiles });
    const field = document.createElement('textarea');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    for (const target of [field, editable]) {
      const typed = press('z', { ctrlKey: true }, target);
      expect(dispatchKey(typed, router, 'other')).toBeNull();
      expect(typed.prevented).toBe(false);
      expect(dispatchKey(press('c', {}, target), router, 'other')).toBeNull();
    }
    expect(dispatchKey(press('o', { ctrlKey: true }, field), router, 'other')).toBe('library.import');
    expect([undo.mock.calls.length, claim.mock.calls.length, importFiles.mock.calls.length]).toEqual([0, 0, 1]);
  });

  it('lets a plain key through where its command cannot act, and says why for a chord', () => {
    const { router, unavailable } = setup();
    router.register('annotate.claim', { run: vi.fn(), isAvailable: () => false });
    const letter = press('c');
    expect(dispatchKey(letter, router, 'other')).toBeNull();
    expect(letter.prevented).toBe(false);
    const print = press('p', { ctrlKey: true });
    expect(dispatchKey(print, router, 'other')).toBe('dossier.exportPdf');
    // Prevented all the same: Ctrl+P must not print the app itself.
    expect(print.prevented).toBe(true);
    expect(unavailable).toEqual(['dossier.exportPdf']);
  });

  it('ignores a key another handler already took, and keys no command has', () => {
    const { router } = setup();
    const run = vi.fn();
    router.register('library.import', { run });
    expect(dispatchKey({ ...press('o', { ctrlKey: true }), defaultPrevented: true }, router, 'other')).toBeNull();
    expect(dispatchKey(press('q', { ctrlKey: true }), router, 'other')).toBeNull();
    expect(run).not.toHaveBeenCalled();
  });

  it('finds Redo by both of its chords off macOS and by one on macOS', () => {
    expect(commandForKey(press('z', { ctrlKey: true, shiftKey: true }), 'other')?.id).toBe('edit.redo');
    expect(commandForKey(press('y', { ctrlKey: true }), 'other')?.id).toBe('edit.redo');
    expect(commandForKey(press('y', { metaKey: true }), 'mac')).toBeUndefined();
  });
});
