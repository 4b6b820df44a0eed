// The benchmark's case as a correctness check: a new version of the 300,000-character article with
// 10 % of its sentences edited. Pins the outcome counts, so speed work on re-anchoring cannot
// quietly lose annotations, and checks every found passage against the new text.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/text/sha256';
import { packPlan, planNewVersion, unpackPlan } from '../../../shared/versions';
import { BIG_ARTICLE_SEED, generateBigArticle } from '../../bench/data/bigArticle';
import { editSentences } from '../../bench/data/edits';
import { mulberry32 } from '../../bench/data/random';

describe('a new version of the big article', () => {
  it('finds its 2,000 annotations as before: 35 exact, 1,884 moved, 80 fuzzy, 1 orphan', async () => {
    const big = await generateBigArticle();
    const edited = editSentences(big.article, mulberry32(7), 0.1);
    const plan = planNewVersion({ source: big.source, earlier: [], annotations: big.annotations, newText: edited, newTextHash: await sha256Hex(edited), now: '2026-03-10T08:00:00.000Z' });
    expect(plan.counts).toEqual({ exact: 35, moved: 1884, fuzzy: 80, orphan: 1 });
    for (const annotation of plan.annotationsAfter) {
      if (annotation.anchor.state === 'orphan') continue;
      expect(edited.slice(annotation.position.start, annotation.position.end)).toBe(annotation.quote.exact);
    }
  }, 60_000);
});

describe('the plan as it crosses from the worker', () => {
  it('comes back whole from its packed form', async () => {
    const big = await generateBigArticle(BIG_ARTICLE_SEED, 40_000, 300);
    const edited = editSentences(big.article, mulberry32(7), 0.1);
    const plan = planNewVersion({ source: big.source, earlier: [], annotations: big.annotations, newText: edited, newTextHash: await sha256Hex(edited), now: '2026-03-10T08:00:00.000Z' });
    expect(plan.counts.fuzzy + plan.counts.orphan).toBeGreaterThan(0);
    // Through structured clone, as postMessage sends it.
    expect(unpackPlan(structuredClone(packPlan(plan)))).toEqual(plan);
  });
});
