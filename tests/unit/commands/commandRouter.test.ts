// The command router: one owner per command, availability with its reason, and host commands
// that wait for their handler during start-up.
import { describe, expect, it, vi } from 'vitest';
import type { HostCommand, OpenedFile } from '../../../shared/bridge/hostBridge';
import { CommandRouter } from '../../../renderer/commands/commandRouter';

function setup(): { router: CommandRouter; unavailable: [string, string][]; failures: [string, unknown][] } {
  const unavailable: [string, string][] = [];
  const failures: [string, unknown][] = [];
  const router = new CommandRouter({
    onUnavailable: (id, reason) => unavailable.push([id, reason]),
    onFailure: (id, error) => failures.push([id, error]),
  });
  return { router, unavailable, failures };
}

const file: OpenedFile = { status: 'too-large', name: 'a.dossier', size: 9, limit: 1 };

describe('CommandRouter', () => {
  it('runs the one handler that owns a command; a second owner is reported, not a crash', () => {
    const { router, failures } = setup();
    const run = vi.fn();
    router.register('settings.open', { run });
    expect(router.run('settings.open', 'palette')).toBe(true);
    expect(run).toHaveBeenCalledWith('palette');
    const second = vi.fn();
    const leave = router.register('settings.open', { run: second });
    expect(failures.map(([id, error]) => [id, String(error)])).toEqual([['settings.open', 'Error: two views handle the command settings.open; one must own it']]);
    router.run('settings.open', 'key');
    expect(second).toHaveBeenCalledOnce();
    leave();
    router.run('settings.open', 'key');
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('says why a command cannot run: no view owns it, or its need is unmet', () => {
    const { router, unavailable } = setup();
    expect(router.run('dossier.exportPdf', 'key')).toBe(false);
    expect(unavailable).toEqual([['dossier.exportPdf', 'Open a dossier (Dossiers tab) first.']]);
    let selected = false;
    const run = vi.fn();
    router.register('annotate.claim', { run, isAvailable: () => selected });
    expect(router.availability('annotate.claim')).toEqual({ available: false, reason: 'Select some text in the article first.' });
    selected = true;
    expect(router.run('annotate.claim', 'key')).toBe(true);
    expect(run).toHaveBeenCalledOnce();
  });

  it('reports a handler that throws or rejects', async () => {
    const { router, failures } = setup();
    router.register('library.import', { run: () => Promise.reject(new Error('disk gone')) });
    router.register('library.paste', {
      run: () => {
        throw new Error('bug');
      },
    });
    router.run('library.import', 'button');
    router.run('library.paste', 'button');
    await vi.waitFor(() => expect(failures.map(([id]) => id).sort()).toEqual(['library.import', 'library.paste']));
  });

  it('queues host commands that arrive before start-up and delivers each to its owner once mounted', () => {
    const { router, unavailable } = setup();
    const received: string[] = [];
    router.receive({ type: 'files-opened', files: [file] });
    router.receive({ type: 'run-command', id: 'dossier.exportPdf' });
    // Another view mounts first: nothing of the queue goes to it.
    router.register('settings.open', { run: () => void received.push('settings') });
    router.register('dossier.exportPdf', { run: (via) => void received.push(`pdf via ${via}`) });
    expect(received).toEqual(['pdf via menu']);
    router.markStarted();
    router.registerFiles((files) => void received.push(`files ${files.length}`));
    expect(received).toEqual(['pdf via menu', 'files 1']);
    expect(unavailable).toEqual([]);
  });

  it('after start-up, reports a menu command no view owns instead of keeping it', () => {
    const { router, unavailable } = setup();
    router.receive({ type: 'run-command', id: 'dossier.exportPdf' });
    router.markStarted();
    expect(unavailable).toEqual([['dossier.exportPdf', 'Open a dossier (Dossiers tab) first.']]);
    const later = vi.fn();
    router.register('dossier.exportPdf', { run: later });
    expect(later).not.toHaveBeenCalled();
  });

  it('keeps opened files until their receiver mounts, however late', () => {
    const { router } = setup();
    router.markStarted();
    const command: HostCommand = { type: 'files-opened', files: [file] };
    router.receive(command);
    const receive = vi.fn();
    router.registerFiles(receive);
    expect(receive).toHaveBeenCalledWith([file]);
  });

  it('tells listeners when handlers come and go', () => {
    const { router } = setup();
    const listener = vi.fn();
    router.subscribe(listener);
    const before = router.version;
    const unregister = router.register('help.shortcuts', { run: vi.fn() });
    unregister();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(router.version).toBe(before + 2);
  });
});
