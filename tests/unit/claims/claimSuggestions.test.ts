import { describe, expect, it } from 'vitest';
import { suggestAnswers, suggestionKey } from '../../../shared/claims/claimSuggestions';
import { annotation, link } from './fixtures';

describe('suggestAnswers', () => {
  const claim = annotation('c1', 'claim', 'A drone launched from Iran struck Nakhchivan airport', { actor: 'Azerbaijan', target: 'Iran' });
  const unrelated = annotation('c2', 'claim', 'Pipeline talks resumed in Baku', { actor: 'Turkey' });
  const denial = annotation('d1', 'denial', 'Tehran rejects that any drone from Iran struck the airport', { actor: 'Iran', target: 'Azerbaijan' });

  it('pairs a denial with a claim that shares parties and words', () => {
    const [first, ...rest] = suggestAnswers([claim, unrelated, denial], [], new Set());
    expect(first?.claim.id).toBe('c1');
    expect(first?.denial.id).toBe('d1');
    expect(first?.reasons.join('; ')).toMatch(/shared words: drone, iran, struck, airport/);
    expect(rest).toEqual([]);
  });

  it('leaves out pairs already linked either way, and dismissed pairs', () => {
    expect(suggestAnswers([claim, denial], [link('d1', 'c1', 'responds-to')], new Set())).toEqual([]);
    expect(suggestAnswers([claim, denial], [link('c1', 'd1', 'supports')], new Set())).toEqual([]);
    expect(suggestAnswers([claim, denial], [], new Set([suggestionKey('c1', 'd1')]))).toEqual([]);
  });

  it('suggests on the same actor and target alone when few claims name them', () => {
    const quiet = annotation('d2', 'denial', 'Nothing of the sort', { actor: 'Azerbaijan', target: 'Iran' });
    expect(suggestAnswers([claim, quiet], [], new Set()).map((s) => s.reasons)).toEqual([['same actor', 'same target']]);
  });

  it('stays bounded on a large library: common words and parties are no evidence alone', () => {
    const many = Array.from({ length: 5000 }, (_, i) => annotation(`c${i}`, 'claim', `Officials said the border crossing ${i} closed`, { actor: 'Iran' }));
    const denials = Array.from({ length: 2000 }, (_, i) => annotation(`d${i}`, 'denial', `Officials denied the border crossing closed`, { actor: 'Iran' }));
    const started = performance.now();
    const suggestions = suggestAnswers([...many, ...denials], [], new Set());
    expect(performance.now() - started).toBeLessThan(2000);
    expect(suggestions.length).toBeLessThanOrEqual(200);
  });
});
