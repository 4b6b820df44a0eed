// The revision rule and the checked write path, on the real Dexie schema.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotationSchema, createAnnotation, type Annotation } from '../../../shared/model';
import { addAnnotation, updateAnnotation } from '../../../renderer/db/annotations';
import { RefusedWrite, checkedPut } from '../../../renderer/db/checkedWrite';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import { loadSettings, saveSettings } from '../../../renderer/db/settings';
import { editAnnotationChange } from '../../../renderer/features/annotations/annotationChanges';

const SOURCE = { id: 'src-1', textHash: 'a'.repeat(64) };
let database: WorkbenchDatabase;
let counter = 0;

beforeEach(async () => {
  database = new WorkbenchDatabase(`revisions-${++counter}`);
  await database.open();
});
afterEach(async () => {
  database.close();
  await database.delete();
});

function claim(): Annotation {
  return createAnnotation({
    source: SOURCE,
    placement: { quote: { exact: 'quoted', prefix: '', suffix: '' }, position: { start: 0, end: 6 } },
    kind: 'claim',
    author: 'Alice',
  });
}

describe('the revision rule', () => {
  it('counts every change, undo and redo included, and records who made it', async () => {
    const annotation = claim();
    await addAnnotation(annotation, database);
    const change = editAnnotationChange(annotation.id, { actor: 'Baku' }, 'Bob', 'Edit actor', database);
    await change.run();
    await change.undo();
    const undone = await database.annotations.get(annotation.id);
    expect(undone).toMatchObject({ actor: '', revision: 3, editedBy: 'Bob', author: 'Alice' });
    expect(undone && undone.updatedAt >= annotation.updatedAt).toBe(true);
    await (change.redo ?? change.run)();
    expect(await database.annotations.get(annotation.id)).toMatchObject({ actor: 'Baku', revision: 4 });
  });

  it('builds a part-of-a-field edit from the stored record, so it keeps a value written just before', async () => {
    const annotation = claim();
    await addAnnotation(annotation, database);
    // Both planned from the same copy on screen, as the form does while the first write lands.
    await editAnnotationChange(annotation.id, { eventDate: { ...annotation.eventDate, value: '2026-03' } }, 'Bob', 'Edit event date', database).run();
    const precision = editAnnotationChange(annotation.id, (stored) => ({ eventDate: { ...stored.eventDate, precision: 'month' } }), 'Bob', 'Edit date precision', database);
    await precision.run();
    expect((await database.annotations.get(annotation.id))?.eventDate).toEqual({ value: '2026-03', precision: 'month' });
    await precision.undo();
    expect((await database.annotations.get(annotation.id))?.eventDate).toEqual({ value: '2026-03', precision: 'day' });
    await (precision.redo ?? precision.run)();
    expect((await database.annotations.get(annotation.id))?.eventDate).toEqual({ value: '2026-03', precision: 'month' });
  });
});

describe('checked writes', () => {
  it('refuse a record over the model limits, naming the field, and store nothing', async () => {
    const annotation = claim();
    await addAnnotation(annotation, database);
    const write = updateAnnotation(annotation.id, { actor: 'x'.repeat(501) }, 'Bob', database);
    await expect(write).rejects.toBeInstanceOf(RefusedWrite);
    await expect(write).rejects.toThrow(/actor/);
    expect(await database.annotations.get(annotation.id)).toEqual(annotation);
  });

  it('refuse a long batch whose one bad record comes after thousands already put, leaving none of them', async () => {
    const batch = Array.from({ length: 2_500 }, (_, i) => (i === 2_100 ? { ...claim(), actor: 'x'.repeat(501) } : claim()));
    const write = database.transaction('rw', database.annotations, () => checkedPut(database.annotations, annotationSchema, batch, 'annotation'));
    await expect(write).rejects.toThrow(/actor/);
    expect(await database.annotations.count()).toBe(0);
  });

  it('refuse a new annotation that breaks the schema', async () => {
    await expect(addAnnotation({ ...claim(), tags: [''] }, database)).rejects.toThrow(/tags\.0/);
    expect(await database.annotations.count()).toBe(0);
  });

  it('refuse an analyst name longer than Settings allows, keeping the old one', async () => {
    await saveSettings({ analystName: 'Alice' }, database);
    await expect(saveSettings({ analystName: 'x'.repeat(201) }, database)).rejects.toThrow(/analystName/);
    expect((await loadSettings(database)).analystName).toBe('Alice');
  });
});
