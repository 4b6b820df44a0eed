// Undo and redo of a shared-file import, any number of times, from the stack and from the report.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { UndoStack } from '../../../renderer/ui/undoStack';
import { importSharedFile } from '../../../renderer/features/sharing/importSharedFile';
import { sharedImportChange } from '../../../renderer/features/sharing/sharedImportChange';
import { clearLibrary } from '../db/seedLibrary';

function samplesFile(): { status: 'read'; name: string; size: number; bytes: Uint8Array } {
  const bytes = new Uint8Array(readFileSync(new URL('../../../docs/examples/samples.dossier', import.meta.url)));
  return { status: 'read', name: 'samples.dossier', size: bytes.byteLength, bytes };
}

async function importRecorded(stack: UndoStack, file: ReturnType<typeof samplesFile>) {
  const outcome = await importSharedFile(file, { analystName: 'Tester' });
  if (outcome.status !== 'imported') throw new Error('refused');
  const change = sharedImportChange(file, outcome.importId, outcome.newIds, 'Tester');
  const recorded = { label: change.label, undo: change.undo, redo: change.redo ?? change.run };
  stack.push(recorded);
  return { outcome, recorded };
}

beforeEach(() => clearLibrary(db));

describe('undo and redo of a shared-file import', () => {
  it('work every time: undo, redo, undo, redo', async () => {
    const stack = new UndoStack();
    const { outcome } = await importRecorded(stack, samplesFile());
    const added = outcome.report.added.length;
    expect(added).toBeGreaterThan(0);
    for (let round = 0; round < 3; round += 1) {
      await stack.undo();
      expect(await db.annotations.count()).toBe(0);
      await stack.redo();
      expect(await db.annotations.count()).toBe(added);
    }
  });

  it('say so when the file is refused on redo, and change nothing', async () => {
    const stack = new UndoStack();
    const file = samplesFile();
    await importRecorded(stack, file);
    await stack.undo();
    const original = file.bytes.slice();
    file.bytes.fill(0x7b); // the file on disk is no longer a shared file
    await expect(stack.redo()).rejects.toThrow(/samples\.dossier is refused now, so it was not imported again/);
    expect(await db.annotations.count()).toBe(0);
    // The entry stays: once the file is readable again, redo works.
    file.bytes.set(original);
    await stack.redo();
    expect(await db.annotations.count()).toBeGreaterThan(0);
  });

  it("from the report, after later changes, leave no stale entry on the stack", async () => {
    const stack = new UndoStack();
    const { recorded } = await importRecorded(stack, samplesFile());
    const later = { label: 'Later', undo: async () => undefined, redo: async () => undefined };
    stack.push(later);
    await stack.withdraw(recorded);
    expect(await db.annotations.count()).toBe(0);
    expect(stack.isDone(recorded)).toBe(false);
    expect(await stack.undo()).toBe(later);
    expect(await stack.undo()).toBeUndefined();
  });
});
