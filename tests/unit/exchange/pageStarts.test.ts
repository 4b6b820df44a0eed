// Pages of PDF sources in shared files: a source's page starts travel with it, arrive with it in
// the other library (or fill in an article it already had from text), and a page list that does
// not fit its text is refused with its place.
import { describe, expect, it } from 'vitest';
import { buildExchangeFile, parseExchangeText, planMerge, serializeExchangeFile, type ExchangeContent, type LibrarySource } from '../../../shared/exchange';
import { T1, T2, makeSource } from './fixtures';

const TEXT = 'First page of the readout.\n\nSecond page, where the minister speaks.\n\nThird page.';
const PAGES = [0, TEXT.indexOf('Second'), TEXT.indexOf('Third')];

async function fileWith(source: LibrarySource): Promise<string> {
  return serializeExchangeFile(
    buildExchangeFile({ sources: [source], annotations: [], links: [], dossiers: [], exportedBy: 'Alice', exportedAt: T2, scope: { kind: 'library', label: 'all' }, includeText: true }),
  );
}

async function read(text: string): Promise<ExchangeContent> {
  const parsed = await parseExchangeText(text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path} ${p.message}`).join('\n'));
  return parsed.content;
}

const EMPTY = { sources: [], annotations: [], links: [], dossiers: [], conflicts: [] };

describe('page starts in the shared file', () => {
  it('travel with their source and are put with it on import', async () => {
    const source = { ...(await makeSource('s1', TEXT)), pageStarts: PAGES };
    const content = await read(await fileWith(source));
    expect(content.sources[0]?.pageStarts).toEqual(PAGES);
    const plan = planMerge(EMPTY, content, { fileName: 'alice.dossier', now: T2 });
    expect(plan.changes.sourcesToPut.map((s) => s.pageStarts)).toEqual([PAGES]);
  });

  it('fill in the pages of the same text the library got without them, and undo knows it had none', async () => {
    const mine = await makeSource('mine', TEXT);
    const content = await read(await fileWith({ ...(await makeSource('s1', TEXT)), pageStarts: PAGES }));
    const plan = planMerge({ ...EMPTY, sources: [mine] }, content, { fileName: 'alice.dossier', now: T2 });
    expect(plan.changes.sourcesToPut).toEqual([{ ...mine, pageStarts: PAGES }]);
    expect(plan.undo.sourcesReplaced).toEqual([mine]);
  });

  it('are left out for a source without pages, and a file without them reads as before', async () => {
    const text = await fileWith(await makeSource('s1', TEXT));
    expect(text).not.toContain('pageStarts');
    expect((await read(text)).sources[0]?.pageStarts).toBeUndefined();
  });

  it('are refused when they do not start at 0, fall, or lie past the text', async () => {
    for (const [pageStarts, path] of [
      [[5, 10], '$.sources[0].pageStarts[0]'],
      [[0, 30, 20], '$.sources[0].pageStarts[2]'],
      [[0, TEXT.length + 1], '$.sources[0].pageStarts[1]'],
    ] as const) {
      const parsed = await parseExchangeText(await fileWith({ ...(await makeSource('s1', TEXT)), updatedAt: T1, pageStarts }));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain(path);
    }
  });
});
