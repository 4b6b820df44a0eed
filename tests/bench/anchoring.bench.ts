// Figure 5 of the issue: anchor 1,000 annotations in the big article as stored, and again
// after 10% of its sentences were edited (shared/anchoring in Chromium, a fresh page per run).
import { expect, test } from '@playwright/test';
import { generateBigArticle } from './data/bigArticle';
import { editSentences } from './data/edits';
import { mulberry32 } from './data/random';
import type { AnchoringInput, AnchoringResult } from './harness/anchoringContract';
import { HARNESS_URL } from './support/ports';
import { recordFigure, recordMeta } from './support/results';
import { median, round } from './support/stats';

const RUNS = 7;
const EDIT_SEED = 7;
const EDITED_SHARE = 0.1;

test('anchor 1,000 annotations, on unchanged and on edited text', async ({ page }) => {
  const big = await generateBigArticle();
  // Every other annotation: 1,000 spread over the whole article.
  const annotations = big.annotations.filter((_, index) => index % 2 === 0).map(({ quote, position }) => ({ quote, position }));
  expect(annotations).toHaveLength(1000);
  const edited = editSentences(big.article, mulberry32(EDIT_SEED), EDITED_SHARE);
  expect(edited).not.toBe(big.source.text);

  const time = async (input: AnchoringInput): Promise<AnchoringResult[]> => {
    const results: AnchoringResult[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto(`${HARNESS_URL}/anchoring.html`);
      results.push((await page.evaluate((input) => window.anchoringBench.run(input), input)) as AnchoringResult);
    }
    return results;
  };
  const unchanged = await time({ text: big.source.text, annotations });
  const afterEdits = await time({ text: edited, annotations });
  expect(unchanged[0]?.states.exact).toBe(1000);

  const info = test.info();
  recordFigure(info, { name: 'anchor_unchanged_ms', value: round(median(unchanged.map((r) => r.ms)), 2), unit: 'ms', runs: unchanged.map((r) => round(r.ms, 2)) });
  recordFigure(info, {
    name: 'anchor_edited_ms',
    value: round(median(afterEdits.map((r) => r.ms))),
    unit: 'ms',
    runs: afterEdits.map((r) => round(r.ms)),
    note: `outcomes after editing ${EDITED_SHARE * 100}% of sentences: ${JSON.stringify(afterEdits[0]?.states)}`,
  });
  recordMeta(info, { anchoredStates: JSON.stringify(afterEdits[0]?.states) });
});
