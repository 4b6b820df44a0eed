// Applying a shared-file import to the real Dexie schema: all of it, undo of all of it, and
// none of it when a write fails part way.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseExchangeText, planMerge } from '../../../shared/exchange';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import { applyImportPlan, loadLibrarySnapshot, settleConflict, undoImportRecord } from '../../../renderer/db/exchange';

const SAMPLES = readFileSync(new URL('../../../docs/examples/samples.dossier', import.meta.url), 'utf8');
let database: WorkbenchDatabase;
let counter = 0;

beforeEach(async () => {
  database = new WorkbenchDatabase(`exchange-${++counter}`);
  await database.open();
});
afterEach(async () => {
  database.close();
  await database.delete();
});

async function samplesPlan(fileName = 'samples.dossier') {
  const parsed = await parseExchangeText(SAMPLES);
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
  return { content: parsed.content, plan: planMerge(await loadLibrarySnapshot(database), parsed.content, { fileName, now: new Date().toISOString() }) };
}

describe('applyImportPlan', () => {
  it('writes sources with their texts, annotations, links and dossiers, then undoes all of it', async () => {
    const { content, plan } = await samplesPlan();
    const importId = await applyImportPlan(plan, database);
    expect(await database.sources.count()).toBe(content.sources.length);
    expect(await database.sourceTexts.count()).toBe(content.sources.length);
    expect(await database.annotations.count()).toBe(content.annotations.length);
    expect(await database.links.count()).toBe(content.links.length);
    expect(await database.dossiers.count()).toBe(content.dossiers.length);
    expect((await database.imports.get(importId))?.report.added.length).toBe(content.annotations.length);

    await undoImportRecord(importId, 'Tester', database);
    for (const table of [database.sources, database.sourceTexts, database.annotations, database.links, database.dossiers]) {
      expect(await table.count()).toBe(0);
    }
    expect((await database.imports.get(importId))?.undone).toBe(true);
    await expect(undoImportRecord(importId, 'Tester', database)).rejects.toThrow('was already undone');
  });

  it('undo puts back exactly what the import replaced', async () => {
    const { content, plan } = await samplesPlan();
    await applyImportPlan(plan, database);
    const before = await loadLibrarySnapshot(database);
    const [first, ...rest] = content.annotations;
    if (!first) throw new Error('the samples have annotations');
    const newer = { ...first, actor: 'Someone else', revision: first.revision + 1, updatedAt: new Date().toISOString() };
    const update = planMerge(before, { ...content, annotations: [newer, ...rest] }, { fileName: 'newer.dossier', now: new Date().toISOString() });
    expect(update.changes.annotationsToPut.map((a) => a.id)).toContain(first.id);
    const importId = await applyImportPlan(update, database);
    expect((await database.annotations.get(first.id))?.actor).toBe('Someone else');
    await undoImportRecord(importId, 'Tester', database);
    // The replaced annotation returns with its old values as a new revision (an undo never
    // rewinds a revision); everything else is exactly as before.
    const after = await loadLibrarySnapshot(database);
    const restored = after.annotations.find((a) => a.id === first.id);
    expect(restored).toMatchObject({ actor: first.actor, revision: newer.revision + 1, editedBy: 'Tester' });
    const { revision: _r, updatedAt: _u, editedBy: _e, ...values } = restored ?? first;
    const { revision: _r0, updatedAt: _u0, ...oldValues } = before.annotations.find((a) => a.id === first.id) ?? first;
    expect(values).toEqual(oldValues);
    expect({ ...after, annotations: after.annotations.filter((a) => a.id !== first.id) }).toEqual({
      ...before,
      annotations: before.annotations.filter((a) => a.id !== first.id),
    });
  });

  it('importing the same file twice skips everything the second time', async () => {
    await applyImportPlan((await samplesPlan()).plan, database);
    const { plan, content } = await samplesPlan('again.dossier');
    expect(plan.report.added).toHaveLength(0);
    expect(plan.report.skipped).toHaveLength(content.annotations.length);
  });

  it('leaves the library untouched when a write fails part way', async () => {
    const { plan } = await samplesPlan();
    const failing = database.imports.add.bind(database.imports);
    database.imports.add = (() => Promise.reject(new Error('disk failed'))) as unknown as typeof failing;
    await expect(applyImportPlan(plan, database)).rejects.toThrow('disk failed');
    database.imports.add = failing;
    expect(await database.sources.count()).toBe(0);
    expect(await database.annotations.count()).toBe(0);
    expect(await database.links.count()).toBe(0);
  });

  it('writes nothing when a record of a later table is refused', async () => {
    const { plan } = await samplesPlan();
    const [first, ...rest] = plan.changes.annotationsToPut;
    if (!first) throw new Error('the samples have annotations');
    // Breaks the annotation schema after the file's own checks, as a bug in the merge would.
    const broken = { ...plan, changes: { ...plan.changes, annotationsToPut: [...rest, { ...first, revision: -1 }] } };
    await expect(applyImportPlan(broken, database)).rejects.toThrow(/The annotation was not saved/);
    expect(await database.sources.count()).toBe(0);
    expect(await database.sourceTexts.count()).toBe(0);
    expect(await database.annotations.count()).toBe(0);
    expect(await database.imports.count()).toBe(0);
  });
});

describe('page starts of PDF sources', () => {
  it('are stored with an imported article, read back for export, and go with an undo; pages that no longer fit the text stay home', async () => {
    const { content } = await samplesPlan();
    const [first] = content.sources;
    if (!first?.text) throw new Error('the samples carry their texts');
    const pageStarts = [0, first.text.indexOf('\n\n') + 2];
    const withPages = { ...content, sources: [{ ...first, pageStarts }, ...content.sources.slice(1)] };
    const plan = planMerge(await loadLibrarySnapshot(database), withPages, { fileName: 'pages.dossier', now: new Date().toISOString() });
    const importId = await applyImportPlan(plan, database);
    expect(await database.sourcePages.get(first.id)).toEqual({ id: first.id, pageStarts });
    expect((await loadLibrarySnapshot(database)).sources.find((s) => s.id === first.id)?.pageStarts).toEqual(pageStarts);
    expect((await database.sources.get(first.id)) ?? {}).not.toHaveProperty('pageStarts');

    await database.sourcePages.put({ id: first.id, pageStarts: [0, first.text.length + 10] });
    expect((await loadLibrarySnapshot(database)).sources.find((s) => s.id === first.id)).not.toHaveProperty('pageStarts');

    await undoImportRecord(importId, 'Tester', database);
    expect(await database.sourcePages.count()).toBe(0);
  });
});

describe('settleConflict', () => {
  it('stores the chosen version with a revision past both and closes the conflict', async () => {
    const { content } = await samplesPlan();
    const local = content.annotations[0];
    if (!local) throw new Error('no annotation');
    const incoming = { ...local, actor: 'Theirs', revision: local.revision + 1 };
    await database.annotations.put(local);
    await database.conflicts.put({ id: 'c1', annotationId: local.id, local, incoming, fileName: 'f.dossier', exportedBy: 'R', detectedAt: new Date().toISOString() });
    const chosen = await settleConflict('c1', 'incoming', 'Tester', database);
    expect(chosen.actor).toBe('Theirs');
    expect(chosen.revision).toBe(local.revision + 2);
    expect((await database.annotations.get(local.id))?.actor).toBe('Theirs');
    expect(await database.conflicts.count()).toBe(0);
    await expect(settleConflict('c1', 'local', 'Tester', database)).rejects.toThrow('already resolved');
  });
});
