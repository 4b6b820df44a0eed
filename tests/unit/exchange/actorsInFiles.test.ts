// Aliases in shared files: actor records round-trip through a file, a file without them still
// reads, and they merge by the annotations' rules (added, identical, newer wins, conflict shown,
// the same actor under another id matched by name), with undo data.
import { describe, expect, it } from 'vitest';
import {
  applyMergeChanges,
  buildExchangeFile,
  mergeFiles,
  parseExchangeText,
  planMerge,
  selectForExport,
  serializeExchangeFile,
  type ExchangeContent,
  type LibrarySnapshot,
} from '../../../shared/exchange';
import type { Actor } from '../../../shared/model';
import { makeAnnotation, makeSource, T0, T1, T2, uuid } from './fixtures';

const TEXT = 'Masoud Pezeshkian called Aliyev. Masouz Pezeshkian urged Baku to investigate.';
const NOW = '2026-04-01T12:00:00.000Z';
const OPTIONS = { fileName: 'bob.dossier', now: NOW, localAnalyst: 'Alice' };

function actor(id: string, name: string, extra: Partial<Actor> = {}): Actor {
  return { id, name, aliases: [], revision: 1, updatedAt: T0, ...extra };
}

const MASOUD = actor(uuid(101), 'Masoud Pezeshkian', { aliases: ['Iranian President'] });
const MASOUZ = actor(uuid(102), 'Masouz Pezeshkian', { mergedInto: uuid(101) });

async function library(actors: readonly Actor[]): Promise<LibrarySnapshot> {
  const source = await makeSource(uuid(1), TEXT);
  const first = makeAnnotation(uuid(11), source, 'Masoud Pezeshkian called Aliyev', { actor: 'Masoud Pezeshkian' });
  const second = makeAnnotation(uuid(12), source, 'Masouz Pezeshkian urged Baku', { actor: 'Masouz Pezeshkian' });
  return { sources: [source], annotations: [first, second], links: [], dossiers: [], conflicts: [], actors };
}

function content(actors: readonly Actor[] | undefined): ExchangeContent {
  return { exportedAt: T1, exportedBy: 'Bob', scope: { kind: 'library', label: '' }, sources: [], annotations: [], links: [], dossiers: [], conflicts: [], ...(actors ? { actors } : {}) };
}

async function roundTrip(snapshot: LibrarySnapshot): Promise<ExchangeContent> {
  const file = buildExchangeFile({ ...snapshot, exportedBy: 'Alice', exportedAt: T1, scope: { kind: 'library', label: 'all' }, includeText: true });
  const parsed = await parseExchangeText(serializeExchangeFile(file));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.content;
}

describe('actors in the .dossier format', () => {
  it('travel in a file and read back as they were', async () => {
    const back = await roundTrip(await library([MASOUD, MASOUZ]));
    expect(back.actors).toEqual([MASOUD, MASOUZ]);
  });

  it('are optional: a file without them reads, and an export without actor records writes none', async () => {
    const file = buildExchangeFile({ ...(await library([])), exportedBy: 'Alice', exportedAt: T1, scope: { kind: 'library', label: 'all' }, includeText: true });
    expect('actors' in file).toBe(false);
    const back = await roundTrip(await library([]));
    expect(back.actors).toBeUndefined();
  });

  it('go with a part of the library when its annotations use one of the group’s names', async () => {
    const all = await library([MASOUD, MASOUZ, actor(uuid(103), 'Ilham Aliyev')]);
    const chosen = selectForExport(all, { kind: 'selection', annotationIds: [uuid(12)] });
    expect(chosen.actors).toEqual([MASOUD, MASOUZ]);
  });

  it('a bad record is refused with its path', async () => {
    const file = JSON.parse(serializeExchangeFile(buildExchangeFile({ ...(await library([MASOUD])), exportedBy: 'A', exportedAt: T1, scope: { kind: 'library', label: '' }, includeText: true }))) as { actors: unknown[] };
    file.actors = [{ ...MASOUD, name: '' }];
    const parsed = await parseExchangeText(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.path).toBe('$.actors[0].name');
  });
});

describe('merging actor records', () => {
  it('adds new ones, skips identical ones, and leaves a file without actors alone', async () => {
    const local = await library([MASOUD]);
    const plan = planMerge(local, content([MASOUD, MASOUZ]), OPTIONS);
    expect(plan.changes.actorsToPut).toEqual([MASOUZ]);
    expect(plan.report.actors).toEqual({ added: ['Masouz Pezeshkian'], updated: [], skipped: ['Masoud Pezeshkian'], conflicts: [] });
    expect(plan.undo.actorIdsAdded).toEqual([MASOUZ.id]);
    expect(applyMergeChanges(local, plan.changes).actors).toEqual([MASOUD, MASOUZ]);
    const none = planMerge(local, content(undefined), OPTIONS);
    expect(none.report.actors).toBeUndefined();
    expect(none.changes.actorsToPut).toBeUndefined();
  });

  it('the newer revision wins; both changed → a conflict listed with both versions, the library’s kept', async () => {
    const local = await library([MASOUD]);
    const newer = { ...MASOUD, aliases: ['Iranian President', 'Pezeshkian'], revision: 2, updatedAt: T1 };
    const updated = planMerge(local, content([newer]), OPTIONS);
    expect(updated.changes.actorsToPut).toEqual([newer]);
    expect(updated.undo.actorsReplaced).toEqual([MASOUD]);

    const theirs = { ...MASOUD, aliases: ['President of Iran'], revision: 2, updatedAt: T1 };
    const ours = { ...MASOUD, aliases: ['Iranian President', 'Pezeshkian'], revision: 2, updatedAt: T2 };
    const conflict = planMerge(await library([ours]), content([theirs]), OPTIONS);
    expect(conflict.changes.actorsToPut).toEqual([]);
    expect(conflict.report.actors?.conflicts).toEqual([
      { actorId: MASOUD.id, name: 'Masoud Pezeshkian', local: ['Masoud Pezeshkian', 'Iranian President', 'Pezeshkian'], incoming: ['Masoud Pezeshkian', 'President of Iran'] },
    ]);
  });

  it('the same actor made on another machine (another id, same name) is matched, and merges re-pointed at it', async () => {
    const local = await library([MASOUD]);
    const theirMasoud = actor(uuid(201), 'Masoud Pezeshkian', { aliases: ['Iranian President'] });
    const theirMasouz = actor(uuid(202), 'Masouz Pezeshkian', { mergedInto: uuid(201) });
    const plan = planMerge(local, content([theirMasoud, theirMasouz]), OPTIONS);
    expect(plan.changes.actorsToPut).toEqual([{ ...theirMasouz, mergedInto: MASOUD.id }]);
    expect(plan.report.actors?.skipped).toEqual(['Masoud Pezeshkian']);
  });

  it('dossier merge (the CLI) keeps the actors of every file', async () => {
    const a = await roundTrip(await library([MASOUD]));
    const b = await roundTrip(await library([MASOUD, MASOUZ]));
    const merged = mergeFiles([{ fileName: 'a.dossier', content: a }, { fileName: 'b.dossier', content: b }], NOW);
    expect(merged.library.actors).toEqual([MASOUD, MASOUZ]);
  });
});
