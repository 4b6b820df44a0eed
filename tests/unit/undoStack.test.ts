import { describe, expect, it } from 'vitest';
import { UndoStack, type UndoableChange } from '../../renderer/ui/undoStack';

function counter(log: string[], name: string, delayMs = 0): UndoableChange {
  const wait = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, delayMs));
  return {
    label: name,
    undo: async () => {
      await wait();
      log.push(`undo ${name}`);
    },
    redo: async () => {
      await wait();
      log.push(`redo ${name}`);
    },
  };
}

describe('UndoStack', () => {
  it('undoes and redoes in order, and a new change clears the redo side', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    stack.push(counter(log, 'a'));
    stack.push(counter(log, 'b'));
    expect((await stack.undo())?.label).toBe('b');
    expect((await stack.redo())?.label).toBe('b');
    await stack.undo();
    stack.push(counter(log, 'c'));
    expect(await stack.redo()).toBeUndefined();
    expect(log).toEqual(['undo b', 'redo b', 'undo b']);
  });

  it('runs quick repeated undos one after another without dropping any', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    for (const name of ['a', 'b', 'c']) stack.push(counter(log, name, 10));
    const results = await Promise.all([stack.undo(), stack.undo(), stack.undo(), stack.undo()]);
    expect(results.map((r) => r?.label)).toEqual(['c', 'b', 'a', undefined]);
    expect(log).toEqual(['undo c', 'undo b', 'undo a']);
  });

  it('keeps a change that failed to undo on the undo side', async () => {
    const stack = new UndoStack();
    stack.push({ label: 'x', undo: () => Promise.reject(new Error('gone')), redo: async () => undefined });
    await expect(stack.undo()).rejects.toThrow('gone');
    expect(stack.nextUndo?.label).toBe('x');
    expect(await stack.redo()).toBeUndefined();
  });
});
