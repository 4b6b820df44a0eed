// Multi-value registers on a Y.Doc: two replicas exchanging Yjs updates as a network would.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TeamLibrary, type FieldConflict, type RecordChange } from '../../../shared/sync/teamLibrary';

interface Replica {
  readonly doc: Y.Doc;
  readonly library: TeamLibrary;
}

function replica(author: string): Replica {
  const doc = new Y.Doc();
  return { doc, library: new TeamLibrary(doc, author) };
}

/** Sends each side what the other lacks, as a provider does on reconnecting. */
function exchange(a: Replica, b: Replica): void {
  const toB = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc));
  const toA = Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc));
  Y.applyUpdate(b.doc, toB, 'network');
  Y.applyUpdate(a.doc, toA, 'network');
}

function sameState(a: Replica, b: Replica): void {
  expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
  expect(a.library.records('annotations')).toEqual(b.library.records('annotations'));
  expect(a.library.conflicts()).toEqual(b.library.conflicts());
}

/** The one conflict the library shows (fails when there is not exactly one). */
function onlyConflict(library: TeamLibrary): FieldConflict {
  const conflicts = library.conflicts();
  expect(conflicts).toHaveLength(1);
  return conflicts[0] as FieldConflict;
}

function synced(): readonly [Replica, Replica] {
  const alice = replica('Alice');
  const bob = replica('Bob');
  alice.library.writeRecord('annotations', 'a1', { note: 'first', actor: 'Iran', kind: 'claim' });
  exchange(alice, bob);
  return [alice, bob];
}

describe('TeamLibrary', () => {
  it('agrees on a record written on one side and edited on the other', () => {
    const [alice, bob] = synced();
    bob.library.writeRecord('annotations', 'a1', { note: 'second', actor: 'Iran', kind: 'claim' });
    exchange(alice, bob);
    sameState(alice, bob);
    expect(alice.library.record('annotations', 'a1')).toMatchObject({
      deleted: false,
      fields: { note: 'second', actor: 'Iran', kind: 'claim' },
      conflicts: [],
    });
  });

  it('writes only the fields whose value changed', () => {
    const [alice] = synced();
    const edits = alice.library.writeRecord('annotations', 'a1', { note: 'first', actor: 'Azerbaijan', kind: 'claim' });
    expect(edits.map((edit) => edit.field)).toEqual(['actor']);
  });

  it('shows concurrent edits of the same field as exactly one conflict on both sides', () => {
    const [alice, bob] = synced();
    alice.library.writeRecord('annotations', 'a1', { note: 'from Alice' });
    bob.library.writeRecord('annotations', 'a1', { note: 'from Bob' });
    exchange(alice, bob);
    sameState(alice, bob);
    const conflict = onlyConflict(alice.library);
    expect(conflict).toMatchObject({ table: 'annotations', recordId: 'a1', field: 'note' });
    expect(conflict.heads.map((head) => head.value).sort()).toEqual(['from Alice', 'from Bob']);
    // The value shown meanwhile is the same on both sides: the head with the lowest edit id.
    expect(alice.library.record('annotations', 'a1')?.fields.note).toBe(conflict.heads[0]?.value);
  });

  it('merges concurrent edits of different fields without a conflict', () => {
    const [alice, bob] = synced();
    alice.library.writeRecord('annotations', 'a1', { note: 'from Alice' });
    bob.library.writeRecord('annotations', 'a1', { actor: 'Azerbaijan' });
    exchange(alice, bob);
    sameState(alice, bob);
    expect(bob.library.conflicts()).toEqual([]);
    expect(bob.library.record('annotations', 'a1')?.fields).toMatchObject({ note: 'from Alice', actor: 'Azerbaijan' });
  });

  it('treats concurrent edits to the same value as agreement', () => {
    const [alice, bob] = synced();
    alice.library.writeRecord('annotations', 'a1', { note: 'same' });
    bob.library.writeRecord('annotations', 'a1', { note: 'same' });
    exchange(alice, bob);
    expect(alice.library.conflicts()).toEqual([]);
  });

  it('converges on a resolution made on either side', () => {
    const [alice, bob] = synced();
    alice.library.writeRecord('annotations', 'a1', { note: 'from Alice' });
    bob.library.writeRecord('annotations', 'a1', { note: 'from Bob' });
    exchange(alice, bob);
    const resolution = bob.library.resolve('annotations', 'a1', 'note', 'both, merged');
    expect([...resolution.parents].sort()).toEqual(onlyConflict(alice.library).heads.map((head) => head.id).sort());
    exchange(alice, bob);
    sameState(alice, bob);
    expect(alice.library.conflicts()).toEqual([]);
    expect(alice.library.record('annotations', 'a1')?.fields.note).toBe('both, merged');
  });

  it('does not resolve a conflict when a write leaves the field at one of its values', () => {
    const [alice, bob] = synced();
    alice.library.writeRecord('annotations', 'a1', { note: 'from Alice' });
    bob.library.writeRecord('annotations', 'a1', { note: 'from Bob' });
    exchange(alice, bob);
    const shown = alice.library.record('annotations', 'a1')?.fields ?? {};
    expect(alice.library.writeRecord('annotations', 'a1', { ...shown, actor: 'Russia' }).map((edit) => edit.field)).toEqual(['actor']);
    expect(alice.library.conflicts()).toHaveLength(1);
  });

  it('shows a deletion concurrent with an edit as a conflict, and resolves it either way', () => {
    const [alice, bob] = synced();
    alice.library.deleteRecord('annotations', 'a1');
    bob.library.writeRecord('annotations', 'a1', { note: 'edited meanwhile' });
    exchange(alice, bob);
    sameState(alice, bob);
    const conflict = onlyConflict(bob.library);
    expect(conflict).toMatchObject({ recordId: 'a1', field: '$deleted' });
    expect(conflict.heads.map((head) => [head.field, head.value])).toEqual(
      expect.arrayContaining([
        ['$deleted', true],
        ['note', 'edited meanwhile'],
      ]),
    );
    expect(bob.library.record('annotations', 'a1')?.deleted).toBe(true);

    bob.library.resolve('annotations', 'a1', '$deleted', false);
    exchange(alice, bob);
    sameState(alice, bob);
    expect(alice.library.conflicts()).toEqual([]);
    expect(alice.library.record('annotations', 'a1')).toMatchObject({ deleted: false, fields: { note: 'edited meanwhile' } });
  });

  it('keeps a deletion that saw every edit free of conflict', () => {
    const [alice, bob] = synced();
    bob.library.writeRecord('annotations', 'a1', { note: 'edited first' });
    exchange(alice, bob);
    alice.library.deleteRecord('annotations', 'a1');
    exchange(alice, bob);
    expect(bob.library.conflicts()).toEqual([]);
    expect(bob.library.record('annotations', 'a1')?.deleted).toBe(true);
  });

  it('is unharmed by an update applied twice or out of order', () => {
    const [alice, bob] = synced();
    const updates: Uint8Array[] = [];
    alice.doc.on('update', (update: Uint8Array) => updates.push(update));
    alice.library.writeRecord('annotations', 'a1', { note: 'one' });
    alice.library.writeRecord('annotations', 'a1', { note: 'two' });
    alice.library.writeRecord('annotations', 'a1', { note: 'three' });
    for (const update of [...updates].reverse()) Y.applyUpdate(bob.doc, update, 'network');
    for (const update of updates) Y.applyUpdate(bob.doc, update, 'network');
    sameState(alice, bob);
    expect(bob.library.record('annotations', 'a1')?.fields.note).toBe('three');
    expect(bob.library.conflicts()).toEqual([]);
  });

  it('indexes what the document held before the library was made', () => {
    const [alice] = synced();
    alice.library.writeRecord('annotations', 'a2', { note: 'x' });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(alice.doc));
    const library = new TeamLibrary(copy, 'Carol');
    expect(library.records('annotations')).toEqual(alice.library.records('annotations'));
  });

  it('reports the records each transaction touched, and whether it came from elsewhere', () => {
    const [alice, bob] = synced();
    const seen: Array<readonly [readonly RecordChange[], boolean]> = [];
    bob.library.onChange((changes, remote) => seen.push([changes, remote]));
    bob.library.writeRecord('annotations', 'a2', { note: 'local' });
    alice.library.writeRecord('links', 'l1', { fromId: 'a1', toId: 'a2' });
    exchange(alice, bob);
    expect(seen).toEqual([
      [[{ table: 'annotations', recordId: 'a2' }], false],
      [[{ table: 'links', recordId: 'l1' }], true],
    ]);
  });

  it('adds texts by hash once and ignores malformed entries from other clients', () => {
    const [alice, bob] = synced();
    alice.library.addText('abc', 'The article.');
    alice.library.addText('abc', 'Something else.');
    alice.doc.getMap('edits').set('bogus', { id: 'bogus', table: 'nowhere' });
    exchange(alice, bob);
    expect(bob.library.text('abc')).toBe('The article.');
    expect(bob.library.records('annotations')).toHaveLength(1);
  });

  it('costs the same per edit with 50,000 records (heads are kept per record and field, not recomputed)', () => {
    const doc = new Y.Doc();
    const library = new TeamLibrary(doc, 'Alice');
    doc.transact(() => {
      for (let i = 0; i < 50_000; i += 1) library.writeRecord('annotations', `r${i}`, { note: `n${i}`, actor: 'A' });
    });
    const started = performance.now();
    for (let i = 0; i < 100; i += 1) library.writeRecord('annotations', `r${i * 100}`, { note: 'changed' });
    // A generous bound for a loaded machine: recomputing heads over the library would take seconds.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(library.record('annotations', 'r100')?.fields.note).toBe('changed');
    expect(library.conflicts()).toEqual([]);
  }, 120_000);
});
