// The bridges to other tools: plain W3C export, and W3C and Hypothesis imports for articles the
// library already holds, re-anchored by the ordinary merge.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  detectSharedFileKind,
  fromHypothesis,
  fromW3C,
  parseExchangeText,
  planMerge,
  toW3CCollection,
  type ExchangeContent,
  type LibrarySnapshot,
} from '../../../shared/exchange';
import { emptyLibrary } from './fixtures';

const NOW = '2026-04-02T08:00:00.000Z';
let samples: ExchangeContent;
let library: LibrarySnapshot;

beforeAll(async () => {
  const parsed = await parseExchangeText(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'examples', 'samples.dossier'), 'utf8'));
  if (!parsed.ok) throw new Error('samples.dossier is invalid');
  samples = parsed.content;
  // The second article gets a URL here, as if the analyst had imported it from the web.
  const sources = samples.sources.map((s, i) => (i === 1 ? { ...s, url: 'https://news.example/az-iran' } : s));
  library = { ...emptyLibrary(), sources };
});

describe('plain W3C export', () => {
  it('is one AnnotationCollection page with every annotation and link, and no fields of ours', () => {
    const collection = toW3CCollection({ ...samples, sources: library.sources }, { id: 'urn:uuid:11111111-2222-4333-8444-555555555555', label: 'Samples' });
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', label: 'Samples', total: 15 });
    expect(JSON.stringify(collection)).not.toMatch(/"dw:/);
    const targets = collection.first.items.filter((i) => i.motivation === 'classifying').map((i) => (typeof i.target === 'string' ? i.target : i.target.source));
    expect(new Set(targets)).toEqual(new Set([`urn:sha256:${samples.sources[0]?.textHash}`, 'https://news.example/az-iran']));
    const link = collection.first.items.find((i) => i.motivation === 'linking');
    expect(link?.body).toEqual([expect.stringMatching(/^urn:uuid:/), { type: 'TextualBody', purpose: 'describing', value: expect.any(String) }]);
    expect(detectSharedFileKind(collection)).toBe('w3c');
  });

  it('reads back into the same annotations: same ids, kinds, passages, notes and tags', async () => {
    const collection = toW3CCollection({ ...samples, sources: library.sources }, { id: 'urn:uuid:11111111-2222-4333-8444-555555555555', label: 'Samples' });
    const imported = await fromW3C(JSON.parse(JSON.stringify(collection)) as unknown, library.sources, { now: NOW });
    expect(imported.skipped.map((s) => s.reason)).toEqual(Array(5).fill('a linking annotation, not a passage'));
    expect(imported.kindDefaulted).toBe(0);
    const plan = planMerge(library, imported.content, { fileName: 'samples.jsonld', now: NOW });
    expect(plan.report.added).toHaveLength(10);
    expect(plan.report.reanchored).toEqual([]);
    const pick = (a: { id: string; kind: string; position: object; quote: object; tags: readonly string[]; noteText: string; author: string }): object => ({ id: a.id, kind: a.kind, position: a.position, quote: a.quote, tags: a.tags, noteText: a.noteText, author: a.author });
    expect(plan.changes.annotationsToPut.map(pick)).toEqual(samples.annotations.map(pick));
  });
});

describe('W3C import from other tools', () => {
  it('matches by URL, takes the kind from a classifying or tagging body, defaults it otherwise, and skips what it cannot use', async () => {
    const document = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://annotations.example/a/1',
          type: 'Annotation',
          creator: { type: 'Person', nickname: 'carol' },
          created: '2025-07-01T10:00:00+02:00',
          body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Denial' }, { type: 'TextualBody', value: 'Worth a <b>second</b> look' }],
          target: { source: 'https://news.example/az-iran#top', selector: { type: 'TextQuoteSelector', exact: 'Aliyev denied these claims' } },
        },
        { id: 'https://annotations.example/a/2', type: 'Annotation', bodyValue: 'no kind here', target: { source: 'https://news.example/az-iran', selector: [{ type: 'TextQuoteSelector', exact: 'Ilham Aliyev' }] } },
        { id: 'https://annotations.example/a/3', type: 'Annotation', target: 'https://news.example/az-iran' },
        { id: 'https://annotations.example/a/4', type: 'Annotation', target: { source: 'https://elsewhere.example/', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
      ],
    };
    const imported = await fromW3C(document, library.sources, { now: NOW });
    expect(imported.content.annotations.map((a) => [a.kind, a.quote.exact, a.author, a.noteText, a.createdAt])).toEqual([
      ['denial', 'Aliyev denied these claims', 'carol', 'Worth a <b>second</b> look', '2025-07-01T08:00:00.000Z'],
      ['claim', 'Ilham Aliyev', '', 'no kind here', NOW],
    ]);
    expect(imported.content.annotations[0]?.id).toMatch(/^w3c-[0-9a-f]{32}$/);
    expect(imported.kindDefaulted).toBe(1);
    expect(imported.skipped).toEqual([
      { path: '$.items[2]', reason: 'has no TextQuoteSelector: it does not mark a passage of text' },
      { path: '$.items[3]', reason: 'no article in the library matches "https://elsewhere.example/"' },
    ]);
    // Importing the same file twice matches the same records.
    const again = await fromW3C(document, library.sources, { now: NOW });
    expect(again.content.annotations.map((a) => a.id)).toEqual(imported.content.annotations.map((a) => a.id));
  });
});

describe('Hypothesis import', () => {
  const row = (id: string, extra: object): object => ({
    id,
    created: '2025-06-30T09:15:00.000000+00:00',
    updated: '2025-06-30T09:20:00.000000+00:00',
    user: 'acct:dmitri@hypothes.is',
    uri: 'https://news.example/az-iran',
    text: '',
    tags: [],
    target: [{ source: 'https://news.example/az-iran', selector: [{ type: 'RangeSelector', startContainer: '/p[1]' }, { type: 'TextPositionSelector', start: 5, end: 30 }, { type: 'TextQuoteSelector', exact: 'Aliyev denied these claims', prefix: 'According to the report, ', suffix: ' and stressed' }] }],
    document: { title: ['Az-Iran'] },
    ...extra,
  });

  it('reads the client export: users, tags as kinds, notes; skips replies and page notes; the merge re-anchors page offsets', async () => {
    const exported = {
      export_date: '2025-07-01T00:00:00.000Z',
      export_userid: 'acct:dmitri@hypothes.is',
      client_version: '1.1500.0',
      annotations: [
        row('AbC-123_x', { tags: ['denial', 'airspace'], text: 'Compare the March call.', user_info: { display_name: 'Dmitri K.' } }),
        row('reply1', { references: ['AbC-123_x'], text: 'agreed' }),
        row('pagenote', { target: [{ source: 'https://news.example/az-iran' }] }),
      ],
    };
    expect(detectSharedFileKind(exported)).toBe('hypothesis');
    const imported = await fromHypothesis(exported, library.sources, { now: NOW });
    expect(imported.content.exportedBy).toBe('dmitri@hypothes.is');
    expect(imported.content.annotations).toEqual([
      expect.objectContaining({
        id: 'hypothesis-AbC-123_x',
        kind: 'denial',
        tags: ['airspace'],
        author: 'Dmitri K.',
        noteText: 'Compare the March call.',
        createdAt: '2025-06-30T09:15:00.000Z',
        updatedAt: '2025-06-30T09:20:00.000Z',
      }),
    ]);
    expect(JSON.parse(imported.content.annotations[0]?.note ?? '')).toHaveProperty('root.children.0.children.0.text', 'Compare the March call.');
    expect(imported.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['$.annotations[1]', 'a reply, not a passage'],
      ['$.annotations[2]', 'a page note: it marks no passage of text'],
    ]);
    const plan = planMerge(library, imported.content, { fileName: 'hypothesis.json', now: NOW });
    expect(plan.report.reanchored).toEqual([expect.objectContaining({ annotationId: 'hypothesis-AbC-123_x', state: 'moved' })]);
    const placed = plan.changes.annotationsToPut[0];
    expect(library.sources[1]?.text?.slice(placed?.position.start, placed?.position.end)).toBe('Aliyev denied these claims');
    expect(placed?.provenance).toMatchObject({ fileName: 'hypothesis.json', exportedBy: 'dmitri@hypothes.is' });
  });
});
