// The library's index in shards, one per search worker, so a query runs on two cores at once: the
// engine's time grows with the documents a common word matches (docs/search.md), and each shard
// holds about half of them. A shard holds whole groups (an article with its chunks and
// annotations, a dossier with its sections), so each group's hits and count come from one shard,
// and the shards' answers merge into the answer one index would give, up to the engine's word
// statistics (BM25's document counts), which each shard keeps for its own documents.
import { DEFAULT_LIMITS, type SearchGroupView, type SearchLimits, type SearchOutcome } from './searchResults';

/** Which of `shards` holds the group keyed `groupKey` (libraryIndex.ts `groupKeyOf`): FNV-1a of the key. */
export function shardOf(groupKey: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < groupKey.length; i += 1) {
    hash ^= groupKey.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/** Whether `a`'s first hit ranks before `b`'s: exact before near, then by score. */
function ranksBefore(a: SearchGroupView, b: SearchGroupView): boolean {
  if (a.firstHit.near !== b.firstHit.near) return !a.firstHit.near;
  return a.firstHit.score > b.firstHit.score;
}

/**
 * The answer of the whole library from its shards' answers to the same query: groups in the order
 * of their first hits (exact before near, then by score), the first `limits.groups` kept; counts
 * added; the engine's time is the slowest shard's (they run at once). Each shard's groups already
 * come in that order, so this merges sorted lists.
 */
export function mergeShardAnswers(parts: readonly SearchOutcome[], limits: SearchLimits = DEFAULT_LIMITS): SearchOutcome {
  const first = parts[0];
  if (!first) throw new Error('no answers to merge');
  if (parts.length === 1) return first;
  const groups: SearchGroupView[] = [];
  const at = parts.map(() => 0);
  while (groups.length < limits.groups) {
    let best = -1;
    parts.forEach((part, i) => {
      const candidate = part.groups[at[i] ?? 0];
      const leader = best === -1 ? undefined : parts[best]?.groups[at[best] ?? 0];
      if (candidate && (!leader || ranksBefore(candidate, leader))) best = i;
    });
    if (best === -1) break;
    groups.push(parts[best]?.groups[at[best] ?? 0] as SearchGroupView);
    at[best] = (at[best] ?? 0) + 1;
  }
  return {
    query: first.query,
    groups,
    total: parts.reduce((sum, part) => sum + part.total, 0),
    groupCount: parts.reduce((sum, part) => sum + part.groupCount, 0),
    engineMs: Math.max(...parts.map((part) => part.engineMs)),
  };
}
