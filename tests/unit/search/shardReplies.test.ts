// The window's view of its two search shards: one status for the library (progress over both,
// ready only when both are, a build's time from this build only), one answer once both shards
// have answered, and the open query's answer after a change merged with the other shard's last.
import { describe, expect, it } from 'vitest';
import type { SearchGroupView, SearchOutcome } from '../../../shared/search/searchResults';
import { ShardReplies } from '../../../renderer/workers/shardReplies';

function group(key: string, score: number, count: number, near = false): SearchGroupView {
  return { key, kind: 'article', title: key, count, hits: [], firstHit: { near, score } };
}

function outcome(query: string, groups: readonly SearchGroupView[]): SearchOutcome {
  return { query, groups, total: groups.reduce((sum, g) => sum + g.count, 0), groupCount: groups.length, engineMs: 1 };
}

const answer = (o: SearchOutcome, engineMs = 1, totalMs = 2): { outcome: SearchOutcome; engineMs: number; totalMs: number } => ({ outcome: o, engineMs, totalMs });

describe('the replies of two search shards, in the window', () => {
  it('says loading until both shards are ready, building with progress over both, then ready with the later build time', () => {
    const replies = new ShardReplies(2);
    expect(replies.status(0, { state: 'loading' })).toBeNull();
    expect(replies.status(0, { state: 'building', done: 0, total: 100 })).toEqual({ state: 'building', done: 0, total: 100 });
    expect(replies.status(1, { state: 'building', done: 0, total: 50 })).toEqual({ state: 'building', done: 0, total: 150 });
    expect(replies.status(0, { state: 'building', done: 60, total: 100 })).toEqual({ state: 'building', done: 60, total: 150 });
    expect(replies.status(0, { state: 'ready', documents: 900, buildMs: 400 })).toEqual({ state: 'building', done: 100, total: 150 });
    expect(replies.status(1, { state: 'ready', documents: 500, buildMs: 700 })).toEqual({ state: 'ready', documents: 1_400, buildMs: 700 });
    // A later change taken in by one shard: ready again, with no build time left over from before.
    expect(replies.status(1, { state: 'ready', documents: 501 })).toEqual({ state: 'ready', documents: 1_401 });
    expect(replies.status(1, { state: 'failed', message: 'quota exceeded' })).toEqual({ state: 'failed', message: 'quota exceeded' });
  });

  it('answers a query once both shards have, groups merged by their first hits and counts added', () => {
    const replies = new ShardReplies(2);
    replies.asked(1, 'masoud', undefined, false);
    expect(replies.results(0, 1, answer(outcome('masoud', [group('a', 9, 3), group('c', 2, 1, true)]), 5, 7))).toBeNull();
    const merged = replies.results(1, 1, answer(outcome('masoud', [group('b', 4, 2)]), 8, 9));
    expect(merged?.outcome.groups.map((g) => g.key)).toEqual(['a', 'b', 'c']);
    expect(merged).toMatchObject({ engineMs: 8, totalMs: 9, outcome: { total: 6, groupCount: 3 } });
    // Answered once: a late duplicate is nothing.
    expect(replies.results(1, 1, answer(outcome('masoud', [])))).toBeNull();
  });

  it('forgets the queries waiting when a shard fails, or one a shard could not answer, so a late answer is nothing', () => {
    const replies = new ShardReplies(2);
    replies.asked(1, 'masoud', undefined, true);
    replies.asked(2, 'aliyev', undefined, false);
    expect(replies.results(0, 1, answer(outcome('masoud', [group('a', 9, 3)])))).toBeNull();
    expect(replies.abandonWaiting()).toEqual([1, 2]);
    expect(replies.results(1, 1, answer(outcome('masoud', [group('b', 4, 2)])))).toBeNull();
    expect(replies.abandonWaiting()).toEqual([]);
    replies.asked(3, 'masoud', undefined, false);
    expect(replies.results(0, 3, answer(outcome('masoud', [])))).toBeNull();
    expect(replies.results(1, 3, answer(outcome('masoud', [group('b', 4, 2)])))?.outcome.total).toBe(2);
    // One query a shard could not answer: that one only.
    replies.asked(4, 'aliyev', undefined, false);
    replies.asked(5, 'bayramov', undefined, false);
    replies.abandon(4);
    expect(replies.results(0, 4, answer(outcome('aliyev', [group('a', 1, 1)])))).toBeNull();
    expect(replies.results(1, 4, answer(outcome('aliyev', [group('b', 1, 1)])))).toBeNull();
    expect(replies.abandonWaiting()).toEqual([5]);
  });

  it("merges a shard's fresh answer to the open query with the other shard's last, and only for the open query", () => {
    const replies = new ShardReplies(2);
    replies.asked(2, 'baku', undefined, true);
    expect(replies.fresh(0, answer(outcome('baku', [group('a', 3, 1)])))).toBeNull();
    replies.results(0, 2, answer(outcome('baku', [group('a', 3, 1)])));
    replies.results(1, 2, answer(outcome('baku', [group('b', 5, 2)])));
    const fresh = replies.fresh(0, answer(outcome('baku', [group('a', 3, 1), group('n', 1, 1)]), 0.5, 0.6));
    expect(fresh?.outcome.groups.map((g) => g.key)).toEqual(['b', 'a', 'n']);
    expect(fresh).toMatchObject({ engineMs: 0.5, outcome: { total: 4 } });
    expect(replies.fresh(1, answer(outcome('tehran', [group('t', 1, 1)])))).toBeNull();
    replies.unfollow();
    expect(replies.fresh(1, answer(outcome('baku', [group('b', 5, 2)])))).toBeNull();
  });
});
