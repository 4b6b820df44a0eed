// Merging and splitting actors round-trips; renames name every annotation; the table counts by group.
import { describe, expect, it } from 'vitest';
import { describeSelection } from '../../../shared/anchoring';
import {
  actorListCsv,
  actorPageEntries,
  buildActorDirectory,
  filterActorRows,
  planAddAlias,
  planMerge,
  planRemoveAlias,
  planRename,
  planSplit,
  sortActorRows,
  summariseActors,
  type ActorPlan,
  type ChangeContext,
} from '../../../shared/actors';
import { createAnnotation, type Actor, type Annotation, type AnnotationKind } from '../../../shared/model';

const TEXT = 'Iranian President Masoud Pezeshkian called Aliyev. Pezeshkian denied it. Masouz Pezeshkian urged Baku.';
const SOURCE = { id: 's1', textHash: 'a'.repeat(64) };
let counter = 0;
function tagged(kind: AnnotationKind, actor: string, target = '', date = '', sourceId = 's1'): Annotation {
  counter += 1;
  return createAnnotation({
    id: `a${counter}`,
    source: { ...SOURCE, id: sourceId },
    placement: describeSelection(TEXT, counter, counter + 5),
    kind,
    author: 'Leyla',
    fields: { actor, target, eventDate: { value: date, precision: 'day' } },
  });
}

const ANNOTATIONS = [
  tagged('claim', 'Masoud Pezeshkian', 'Azerbaijan', '2026-03-09'),
  tagged('denial', 'Masoud Pezeshkian', '', '2026-03'),
  tagged('denial', 'Pezeshkian', '', '2026-03-08'),
  tagged('claim', 'Masouz Pezeshkian', 'Azerbaijan', '2025-06-26', 's2'),
  tagged('action', 'Ilham Aliyev', 'masoud pezeshkian', ''),
];

let ids = 0;
function context(records: readonly Actor[]): ChangeContext {
  return { records, editor: 'Leyla', now: '2026-12-03T10:00:00.000Z', newId: () => `r${(ids += 1)}` };
}

/** The library's actor records after a plan is written (what renderer/db/actors.ts does). */
function apply(records: readonly Actor[], plan: ActorPlan): Actor[] {
  const byId = new Map(records.map((r) => [r.id, r] as const));
  for (const r of plan.put) byId.set(r.id, r);
  return [...byId.values()];
}

/** What the analyst sees: each actor's name and aliases, and its counts. */
function view(records: readonly Actor[]): string[] {
  return summariseActors(ANNOTATIONS, records).rows.map((r) => `${r.name} [${r.aliases.join(', ')}] ${r.claims}/${r.denials}/${r.actions}/${r.asTarget} in ${r.articles}`).sort();
}

describe('actor table', () => {
  it('counts each actor by kind, as target, and by article; a name in another case is the same actor', () => {
    expect(view([])).toEqual([
      'Azerbaijan [] 0/0/0/2 in 2',
      'Ilham Aliyev [] 0/0/1/0 in 1',
      'Masoud Pezeshkian [] 1/1/0/1 in 1',
      'Masouz Pezeshkian [] 1/0/0/0 in 1',
      'Pezeshkian [] 0/1/0/0 in 1',
    ]);
  });

  it('sorts by any column and filters by name or alias', () => {
    const { rows } = summariseActors(ANNOTATIONS, []);
    expect(sortActorRows(rows, 'asTarget', 'descending').map((r) => r.name).slice(0, 1)).toEqual(['Azerbaijan']);
    expect(sortActorRows(rows, 'name', 'ascending').map((r) => r.name)[0]).toBe('Azerbaijan');
    expect(filterActorRows(rows, 'pezesh').map((r) => r.name).sort()).toEqual(['Masoud Pezeshkian', 'Masouz Pezeshkian', 'Pezeshkian']);
  });

  it('writes the list as CSV with a byte order mark', () => {
    const csv = actorListCsv(sortActorRows(summariseActors(ANNOTATIONS, []).rows, 'name', 'ascending'));
    expect(csv.startsWith('\uFEFFActor,Aliases,Claims,Denials,Actions,As target,Articles,Total\r\nAzerbaijan,,0,0,0,2,2,2\r\n')).toBe(true);
  });
});

describe('merge and split', () => {
  it('merges two actors and splits them back to exactly what was there', () => {
    const before = view([]);
    const directory = buildActorDirectory([], ['Masoud Pezeshkian', 'Masouz Pezeshkian']);
    const keep = directory.groupOf('Masoud Pezeshkian');
    const merge = directory.groupOf('Masouz Pezeshkian');
    if (!keep || !merge) throw new Error('no groups');
    const merged = apply([], planMerge(keep, merge, context([])));
    expect(view(merged)).toContain('Masoud Pezeshkian [Masouz Pezeshkian] 2/1/0/1 in 2');

    // A third, merged in too, then an alias by hand; then split the second off again.
    const d2 = summariseActors(ANNOTATIONS, merged).directory;
    const third = apply(merged, planMerge(d2.groupOf('Masoud Pezeshkian')!, d2.groupOf('Pezeshkian')!, context(merged)));
    const d3 = summariseActors(ANNOTATIONS, third).directory;
    const withAlias = apply(third, planAddAlias(d3.groupOf('Pezeshkian')!, 'Iranian President', d3, context(third)));
    expect(view(withAlias)).toContain('Masoud Pezeshkian [Iranian President, Masouz Pezeshkian, Pezeshkian] 2/2/0/1 in 2');

    const group = summariseActors(ANNOTATIONS, withAlias).directory.groupOf('Masouz Pezeshkian')!;
    const member = group.members.find((m) => m.name === 'Masouz Pezeshkian')!;
    const split = apply(withAlias, planSplit(member, context(withAlias)));
    expect(view(split)).toContain('Masouz Pezeshkian [] 1/0/0/0 in 1');
    expect(view(split)).toContain('Masoud Pezeshkian [Iranian President, Pezeshkian] 1/2/0/1 in 1');

    const d4 = summariseActors(ANNOTATIONS, split).directory;
    const noAlias = apply(split, planRemoveAlias(d4.groupOf('Masoud Pezeshkian')!, 'Iranian President', context(split)));
    const d5 = summariseActors(ANNOTATIONS, noAlias).directory;
    const apart = apply(noAlias, planSplit(d5.groupOf('Pezeshkian')!.members[0]!, context(noAlias)));
    expect(view(apart)).toEqual(before);
  });

  it('split keeps what was merged into the split actor', () => {
    const d = buildActorDirectory([], ['A Name', 'B Name', 'C Name']);
    const bc = apply([], planMerge(d.groupOf('B Name')!, d.groupOf('C Name')!, context([])));
    const d2 = buildActorDirectory(bc, []);
    const all = apply(bc, planMerge(buildActorDirectory(bc, ['A Name']).groupOf('A Name')!, d2.groupOf('B Name')!, context(bc)));
    const group = buildActorDirectory(all, ['A Name']).groupOf('C Name')!;
    expect(group.names).toEqual(['A Name', 'B Name', 'C Name']);
    const b = group.members.find((m) => m.name === 'B Name')!;
    const back = apply(all, planSplit(b, context(all)));
    expect(buildActorDirectory(back, ['A Name']).groupOf('C Name')!.names).toEqual(['B Name', 'C Name']);
  });

  it('refuses an alias that is already an actor, and a merge into itself', () => {
    const d = buildActorDirectory([], ['Pezeshkian', 'Iran']);
    expect(() => planAddAlias(d.groupOf('Pezeshkian')!, 'iran', d, context([]))).toThrow('already an actor: merge it instead');
    expect(() => planMerge(d.groupOf('Iran')!, d.groupOf('IRAN')!, context([]))).toThrow('cannot be merged into itself');
  });
});

describe('rename', () => {
  it('renames every annotation naming the actor as actor or target, with what to put back', () => {
    const { directory } = summariseActors(ANNOTATIONS, []);
    const plan = planRename(directory.groupOf('Masoud Pezeshkian')!, 'President Pezeshkian', ANNOTATIONS, directory, context([]));
    expect(plan.annotations).toEqual([
      { id: ANNOTATIONS[0]!.id, changes: { actor: 'President Pezeshkian' }, previous: { actor: 'Masoud Pezeshkian' } },
      { id: ANNOTATIONS[1]!.id, changes: { actor: 'President Pezeshkian' }, previous: { actor: 'Masoud Pezeshkian' } },
      { id: ANNOTATIONS[4]!.id, changes: { target: 'President Pezeshkian' }, previous: { target: 'masoud pezeshkian' } },
    ]);
    expect(() => planRename(directory.groupOf('Pezeshkian')!, 'Ilham Aliyev', ANNOTATIONS, directory, context([]))).toThrow('already an actor');
  });
});

describe('actor page', () => {
  it('lists what the actor claimed, denied and did and what was done to them, by event date', () => {
    const merged = apply([], planMerge(buildActorDirectory([], ['Masoud Pezeshkian']).groupOf('Masoud Pezeshkian')!, buildActorDirectory([], ['Pezeshkian']).groupOf('Pezeshkian')!, context([])));
    const { directory } = summariseActors(ANNOTATIONS, merged);
    const entries = actorPageEntries(directory.groupOf('Pezeshkian')!, ANNOTATIONS, directory);
    expect(entries.map((e) => `${e.annotation.eventDate.value || '–'} ${e.roles.join('+')}`)).toEqual(['2026-03 denied', '2026-03-08 denied', '2026-03-09 claimed', '– target']);
  });
});
