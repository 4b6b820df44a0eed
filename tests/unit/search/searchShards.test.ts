// The library searched in two shards (one per search worker) answers as the whole index does:
// the same groups with the same counts, groups in the order of their first hits (exact before
// near, then by score), each group held whole by one shard.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLibraryIndex, groupKeyOf, putDocuments, type LibraryIndex } from '../../../shared/search/libraryIndex';
import { articleDocument, passageDocuments, type SearchDocument } from '../../../shared/search/searchDocuments';
import { searchLibrary, type SearchOutcome } from '../../../shared/search/searchResults';
import { mergeShardAnswers, shardOf } from '../../../shared/search/searchShards';

const SAMPLES = ['000_4f72efb9e98d7d6f.txt', '003_de8410bd84d09d86.txt'].map((name) => readFileSync(new URL(`../../../shared/samples/${name}`, import.meta.url), 'utf8'));
// Each paragraph of the two sample articles as an article of its own: many groups, real text.
const PARAGRAPHS = SAMPLES.flatMap((text) => text.split(/\n+/u).filter((paragraph) => paragraph.length > 60));

function libraryDocuments(): SearchDocument[] {
  return PARAGRAPHS.flatMap((text, i) => [
    articleDocument({ id: `article-${i}`, title: text.slice(0, 40), publisher: i % 2 ? 'Caspian Wire' : 'Azertac', author: '', url: '', tags: [] }),
    ...passageDocuments(`article-${i}`, text),
  ]);
}

function indexOf(documents: readonly SearchDocument[]): LibraryIndex {
  const index = createLibraryIndex();
  putDocuments(index, documents);
  return index;
}

const ALL = { groups: 1_000, hitsPerGroup: 3 };

function counts(outcome: SearchOutcome): Map<string, number> {
  return new Map(outcome.groups.map((group) => [group.key, group.count]));
}

describe('the library searched in shards', () => {
  const documents = libraryDocuments();
  const whole = indexOf(documents);
  const shards = [0, 1].map((shard) => indexOf(documents.filter((document) => shardOf(groupKeyOf(document), 2) === shard)));

  it('puts every group in one shard, and both shards hold some', () => {
    expect(shards.map((shard) => shard.numberOf.size).reduce((a, b) => a + b, 0)).toBe(whole.numberOf.size);
    for (const shard of shards) expect(shard.groupKeys.length).toBeGreaterThan(3);
    expect(shards[0]?.groupKeys.filter((key) => shards[1]?.groupKeys.includes(key))).toEqual([]);
    // Pinned: saved shards hold their groups by this hash (FNV-1a of the key, modulo the count).
    expect(['article-7', 'sample-nakhchivan', 'd:dossier-1', 'a'].map((key) => shardOf(key, 2))).toEqual([1, 1, 0, 0]);
    expect(shardOf('article-7', 1)).toBe(0);
  });

  it('answers with the groups and counts of the whole index, exact groups before near ones', () => {
    for (const query of ['Masoud', 'pezeshk', 'Aliyev', '"foreign ministry"', 'Iran -Azerbaijan', 'caspian']) {
      const merged = mergeShardAnswers(shards.map((shard) => searchLibrary(shard, query, ALL)), ALL);
      const single = searchLibrary(whole, query, ALL);
      expect(single.total, query).toBeGreaterThan(0);
      expect(merged.total, query).toBe(single.total);
      expect(merged.groupCount, query).toBe(single.groupCount);
      expect(counts(merged), query).toEqual(counts(single));
      const near = merged.groups.map((group) => group.firstHit.near);
      expect(near, query).toEqual([...near].sort((a, b) => Number(a) - Number(b)));
      for (let i = 1; i < merged.groups.length; i += 1) {
        const [before, after] = [merged.groups[i - 1]?.firstHit, merged.groups[i]?.firstHit];
        if (before?.near === after?.near) expect(before?.score ?? 0, query).toBeGreaterThanOrEqual(after?.score ?? 0);
      }
    }
  });

  it('ranks "Masouz" (a near match for "Masoud") after every exact hit', () => {
    const merged = mergeShardAnswers(shards.map((shard) => searchLibrary(shard, 'Masoud', ALL)), ALL);
    const near = merged.groups.filter((group) => group.firstHit.near);
    expect(near.length).toBeGreaterThan(0);
    expect(merged.groups.slice(-near.length)).toEqual(near);
  });

  it('keeps the first groups of the merged order when the list is limited', () => {
    const limits = { groups: 3, hitsPerGroup: 2 };
    const full = mergeShardAnswers(shards.map((shard) => searchLibrary(shard, 'Iran', ALL)), ALL);
    const limited = mergeShardAnswers(shards.map((shard) => searchLibrary(shard, 'Iran', limits)), limits);
    expect(full.groups.length).toBeGreaterThan(3);
    expect(limited.groups.map((group) => group.key)).toEqual(full.groups.slice(0, 3).map((group) => group.key));
    expect(limited.total).toBe(full.total);
  });
});
