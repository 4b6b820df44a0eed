// Planning a new version: each annotation's outcome on edited text, orphans tied to the version
// they were made on, the replaced text kept, and texts that cannot be a new version refused.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/text/sha256';
import { compareVersions, currentVersionSince, listVersions, newVersionProblem, planNewVersion } from '../../../shared/versions';
import { NEW_TEXT, OLD_TEXT, QUOTES, annotationsOn } from './versionSample';

async function plan(): Promise<ReturnType<typeof planNewVersion>> {
  const source = { id: 's1', title: 'Border strike', textHash: await sha256Hex(OLD_TEXT), text: OLD_TEXT, importedAt: '2026-03-09T09:00:00.000Z' };
  return planNewVersion({ source, earlier: [], annotations: annotationsOn(source), newText: NEW_TEXT, newTextHash: await sha256Hex(NEW_TEXT), now: '2026-03-10T08:00:00.000Z' });
}

describe('planNewVersion', () => {
  it('finds each annotation again as exact, moved, fuzzy or orphan', async () => {
    const result = await plan();
    const byId = new Map(result.outcomes.map((o) => [o.annotationId, o]));
    expect(byId.get('a-exact')?.state).toBe('exact');
    expect(byId.get('a-moved')?.state).toBe('moved');
    expect(byId.get('a-fuzzy')?.state).toBe('fuzzy');
    expect(byId.get('a-orphan')?.state).toBe('orphan');
    expect(result.counts).toEqual({ exact: 1, moved: 1, fuzzy: 1, orphan: 1 });
    expect(byId.get('a-fuzzy')?.quoteAfter).toBe('Tehran denied any role in the attacks on the border post');
    expect(byId.get('a-orphan')?.quoteAfter).toBeUndefined();
  });

  it('places found annotations on the new text and leaves orphans on the version they were made on', async () => {
    const result = await plan();
    const newHash = await sha256Hex(NEW_TEXT);
    const oldHash = await sha256Hex(OLD_TEXT);
    for (const annotation of result.annotationsAfter) {
      const before = result.annotationsBefore.find((a) => a.id === annotation.id);
      // Anchoring is not an edit: same revision, same fields.
      expect(annotation.revision).toBe(before?.revision);
      expect(annotation.actor).toBe(before?.actor);
      if (annotation.anchor.state === 'orphan') {
        expect(annotation.sourceHash).toBe(oldHash);
        expect(annotation.quote).toEqual(before?.quote);
        expect(annotation.position).toEqual(before?.position);
      } else {
        expect(annotation.sourceHash).toBe(newHash);
        expect(NEW_TEXT.slice(annotation.position.start, annotation.position.end)).toBe(annotation.quote.exact);
      }
    }
    expect(result.annotationsAfter.find((a) => a.id === 'a-moved')?.quote.exact).toBe(QUOTES.moved);
  });

  it('keeps the replaced text with its dates', async () => {
    const result = await plan();
    expect(result.replaced).toEqual({
      sourceId: 's1',
      textHash: await sha256Hex(OLD_TEXT),
      text: OLD_TEXT,
      title: 'Border strike',
      importedAt: '2026-03-09T09:00:00.000Z',
      replacedAt: '2026-03-10T08:00:00.000Z',
    });
  });

  it('reports progress on long lists', () => {
    const source = { id: 's1', title: 't', textHash: 'a'.repeat(64), text: OLD_TEXT, importedAt: '2026-03-09T09:00:00.000Z' };
    const many = Array.from({ length: 3 }, () => annotationsOn(source)).flat().concat(...Array.from({ length: 100 }, () => annotationsOn(source)));
    const fractions: number[] = [];
    planNewVersion({ source, earlier: [], annotations: many, newText: NEW_TEXT, newTextHash: 'b'.repeat(64), now: '2026-03-10T08:00:00.000Z', onProgress: (f) => fractions.push(f) });
    expect(fractions.length).toBe(2);
    expect(fractions.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > (fractions[i - 1] ?? 0)))).toBe(true);
  });
});

describe('version rules', () => {
  it('refuses the current text and an earlier version as a new version', () => {
    expect(newVersionProblem({ textHash: 'a'.repeat(64) }, [], 'a'.repeat(64))).toMatch(/current version/);
    expect(newVersionProblem({ textHash: 'a'.repeat(64) }, [{ textHash: 'b'.repeat(64) }], 'b'.repeat(64))).toMatch(/earlier versions/);
    expect(newVersionProblem({ textHash: 'a'.repeat(64) }, [{ textHash: 'b'.repeat(64) }], 'c'.repeat(64))).toBeNull();
  });

  it('numbers versions oldest first with the current text last', () => {
    const earlier = [
      { textHash: 'b'.repeat(64), importedAt: '2026-03-10T00:00:00.000Z', replacedAt: '2026-03-11T00:00:00.000Z' },
      { textHash: 'a'.repeat(64), importedAt: '2026-03-09T00:00:00.000Z', replacedAt: '2026-03-10T00:00:00.000Z' },
    ];
    const since = currentVersionSince('2026-03-09T00:00:00.000Z', earlier);
    expect(since).toBe('2026-03-11T00:00:00.000Z');
    expect(listVersions(earlier, { textHash: 'c'.repeat(64), importedAt: since })).toEqual([
      { number: 1, textHash: 'a'.repeat(64), importedAt: '2026-03-09T00:00:00.000Z', current: false },
      { number: 2, textHash: 'b'.repeat(64), importedAt: '2026-03-10T00:00:00.000Z', current: false },
      { number: 3, textHash: 'c'.repeat(64), importedAt: '2026-03-11T00:00:00.000Z', current: true },
    ]);
  });
});

describe('compareVersions', () => {
  it('marks added and removed words and rebuilds both texts', () => {
    const comparison = compareVersions(OLD_TEXT, NEW_TEXT);
    const older = comparison.segments.filter((s) => s.change !== 'added').map((s) => s.text).join('');
    const newer = comparison.segments.filter((s) => s.change !== 'removed').map((s) => s.text).join('');
    expect(older).toBe(OLD_TEXT);
    expect(newer).toBe(NEW_TEXT);
    expect(comparison.segments.some((s) => s.change === 'added' && s.text.includes('attacks'))).toBe(true);
    expect(comparison.segments.some((s) => s.change === 'removed' && s.text.includes('joint'))).toBe(true);
    expect(comparison.wordsAdded).toBeGreaterThan(0);
    expect(comparison.wordsRemoved).toBeGreaterThan(0);
  });
});
