// The lineage rules of docs/exchange-format.md ("Merge rules"), as the scenarios analysts meet:
// who edited what since which copy, and what the merge must then do.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import { decideAnnotationMerge } from '../../../shared/exchange';
import { makeAnnotation, T0, T1, T2 } from './fixtures';

const SOURCE = { id: 's', text: 'Alpha said the border is closed.', textHash: 'a'.repeat(64) };
const base = makeAnnotation('x', SOURCE, 'the border is closed', { author: 'Alice', revision: 3 });

function version(actor: string, revision: number, from?: { by: string; at: number }, updatedAt = T1): Annotation {
  return {
    ...base,
    actor,
    revision,
    updatedAt,
    ...(from ? { provenance: { fileName: `${from.by}.dossier`, exportedBy: from.by, importedAt: T0, importedRevision: from.at } } : {}),
  };
}

describe('one analyst’s own copies (no provenance on either side)', () => {
  it('the higher revision wins when its update time agrees', () => {
    expect(decideAnnotationMerge(version('a', 3, undefined, T0), version('b', 4, undefined, T1), { incomingExporter: 'Alice', localAnalyst: 'Alice' })).toBe('incoming');
    expect(decideAnnotationMerge(version('a', 5, undefined, T2), version('b', 4, undefined, T1), { incomingExporter: 'Alice', localAnalyst: 'Alice' })).toBe('local');
  });
  it('equal revisions, or revision and time disagreeing, are a conflict', () => {
    expect(decideAnnotationMerge(version('a', 4), version('b', 4), { incomingExporter: 'Alice', localAnalyst: 'Alice' })).toBe('conflict');
    expect(decideAnnotationMerge(version('a', 3, undefined, T2), version('b', 4, undefined, T1), { incomingExporter: 'Alice', localAnalyst: 'Alice' })).toBe('conflict');
  });
});

describe('copies exchanged between analysts', () => {
  const parties = (incomingExporter: string, localAnalyst: string): { incomingExporter: string; localAnalyst: string } => ({ incomingExporter, localAnalyst });

  it('Bob edits Alice’s annotation; Alice, unchanged since, takes Bob’s version', () => {
    expect(decideAnnotationMerge(version('', 3), version('bob', 4, { by: 'Alice', at: 3 }), parties('Bob', 'Alice'))).toBe('incoming');
  });
  it('…also when Alice has not set her name: the annotation’s author stands in', () => {
    expect(decideAnnotationMerge(version('', 3), version('bob', 4, { by: 'Alice', at: 3 }), parties('Bob', ''))).toBe('incoming');
  });
  it('Alice edited too (even twice, reaching a higher revision): conflict', () => {
    expect(decideAnnotationMerge(version('alice', 4), version('bob', 4, { by: 'Alice', at: 3 }), parties('Bob', 'Alice'))).toBe('conflict');
    expect(decideAnnotationMerge(version('alice', 5), version('bob', 4, { by: 'Alice', at: 3 }), parties('Bob', 'Alice'))).toBe('conflict');
  });
  it('Bob took Alice’s copy and has not edited it; Alice’s newer edit reaches him', () => {
    expect(decideAnnotationMerge(version('', 3, { by: 'Alice', at: 3 }), version('alice', 5), parties('Alice', 'Bob'))).toBe('incoming');
  });
  it('Bob edited his copy and Alice edited hers: conflict', () => {
    expect(decideAnnotationMerge(version('bob', 4, { by: 'Alice', at: 3 }), version('alice', 5), parties('Alice', 'Bob'))).toBe('conflict');
  });
  it('Bob edited his copy; Alice sends the old one again: Bob’s stays', () => {
    expect(decideAnnotationMerge(version('bob', 4, { by: 'Alice', at: 3 }), version('', 3), parties('Alice', 'Bob'))).toBe('local');
  });
  it('back and forth: Alice edits Bob’s edit of her annotation, and Bob takes it', () => {
    expect(decideAnnotationMerge(version('bob', 4, { by: 'Alice', at: 3 }), version('alice', 5, { by: 'Bob', at: 4 }), parties('Alice', 'Bob'))).toBe('incoming');
  });
  it('Bob sends a later edit of what he sent before', () => {
    expect(decideAnnotationMerge(version('bob', 4, { by: 'Bob', at: 4 }), version('bob again', 5, { by: 'Alice', at: 3 }), parties('Bob', 'Lead'))).toBe('incoming');
  });
  it('a lead merging Bob’s and Carol’s edits of Alice’s annotation: conflict, however the revisions compare', () => {
    const bobs = version('bob', 4, { by: 'Bob', at: 4 });
    expect(decideAnnotationMerge(bobs, version('carol', 4, { by: 'Alice', at: 3 }), parties('Carol', 'Lead'))).toBe('conflict');
    expect(decideAnnotationMerge(bobs, version('carol', 5, { by: 'Alice', at: 3 }), parties('Carol', 'Lead'))).toBe('conflict');
  });
  it('identical content is identical whatever the revisions and provenance', () => {
    expect(decideAnnotationMerge(version('same', 4, { by: 'Bob', at: 4 }), version('same', 9), parties('Carol', 'Lead'))).toBe('identical');
  });
});
