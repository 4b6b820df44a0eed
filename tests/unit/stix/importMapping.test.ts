// Import from STIX 2.1: the workbench's own exports come back whole; other tools' reports become
// articles with their notes and opinions as annotations where the text allows; invalid STIX is
// refused with the path of the problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExchangeText, planMerge } from '../../../shared/exchange';
import { buildStixBundle, fromStixBundle, serializeStixBundle, type StixImportResult } from '../../../shared/stix';
import { normaliseText } from '../../../shared/text/normalise';
import { STIX_CONFORMANCE_DIR, validateStixBundle } from '../../stix/stixValidator';
import { T0, T1, emptyLibrary } from '../exchange/fixtures';
import { makeStixLibrary } from './stixFixtures';

const NOW = '2026-04-01T12:00:00.000Z';
const OPTIONS = { now: NOW, fileName: 'bundle.json' };

function imported(result: StixImportResult): Extract<StixImportResult, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

async function exported(includeText = true): Promise<unknown> {
  const library = await makeStixLibrary();
  const bundle = await buildStixBundle({ ...library, exportedBy: 'Alice Analyst', exportedAt: T1, scope: { kind: 'library', label: 'L' }, includeText });
  return JSON.parse(serializeStixBundle(bundle)) as unknown;
}

describe('the workbench’s own STIX export, read back', () => {
  it('restores every record: kinds, quotes, notes, actors, links, dates, credibility, reliability and dossier order', async () => {
    const library = await makeStixLibrary();
    const { content, skipped, kept } = imported(await fromStixBundle(await exported(), OPTIONS));
    expect(content.exportedBy).toBe('Alice Analyst');
    expect(content.sources).toEqual(library.sources.map(({ origin: _origin, ...source }) => source));
    expect([...content.annotations].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...library.annotations].sort((a, b) => a.id.localeCompare(b.id)));
    expect(content.links).toEqual(library.links);
    expect(content.dossiers).toEqual(library.dossiers);
    expect(skipped).toEqual([]);
    expect(kept).toEqual([]);
  });

  it('an empty dossier and an article without passages export validly and come back', async () => {
    const library = await makeStixLibrary();
    const empty = { ...library, annotations: [], links: [], dossiers: library.dossiers.map((d) => ({ ...d, items: [] })) };
    const bundle = await buildStixBundle({ ...empty, exportedBy: 'A', exportedAt: T1, scope: { kind: 'library', label: 'L' }, includeText: true });
    expect(validateStixBundle(bundle)).toEqual([]);
    const { content } = imported(await fromStixBundle(JSON.parse(serializeStixBundle(bundle)) as unknown, OPTIONS));
    expect(content.dossiers).toEqual(empty.dossiers);
    expect(content.sources).toHaveLength(2);
  });

  it('leaves out a dossier passage whose annotation was deleted, as the PDF does', async () => {
    const library = await makeStixLibrary();
    const bundle = await buildStixBundle({ ...library, annotations: library.annotations.filter((a) => a.id !== 'ann-claim'), links: [], exportedBy: 'A', exportedAt: T1, scope: { kind: 'dossier', label: 'D' }, includeText: true });
    expect(validateStixBundle(bundle)).toEqual([]);
    const { content } = imported(await fromStixBundle(JSON.parse(serializeStixBundle(bundle)) as unknown, OPTIONS));
    expect(content.dossiers[0]?.items.map((i) => i.id)).toEqual(['n-1', 'p-1', 'n-2', 'p-3']);
  });

  it('without texts, still brings the sources by hash and the annotations on them', async () => {
    const { content } = imported(await fromStixBundle(await exported(false), OPTIONS));
    expect(content.sources.every((s) => s.text === undefined)).toBe(true);
    expect(content.annotations).toHaveLength(3);
  });

  it('round-trips the samples (docs/examples/samples.dossier)', async () => {
    const parsed = await parseExchangeText(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'examples', 'samples.dossier'), 'utf8'));
    if (!parsed.ok) throw new Error('samples invalid');
    const bundle = await buildStixBundle({ ...parsed.content, exportedAt: NOW, includeText: true });
    const { content } = imported(await fromStixBundle(JSON.parse(serializeStixBundle(bundle)) as unknown, OPTIONS));
    const byId = <T extends { id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(content.annotations)).toEqual(byId(parsed.content.annotations));
    expect(content.links).toEqual(parsed.content.links);
    expect(content.dossiers).toEqual(parsed.content.dossiers);
    expect(content.sources).toEqual(parsed.content.sources);
  });

  it('merges into an empty library as new records, and a second import changes nothing', async () => {
    const { content } = imported(await fromStixBundle(await exported(), OPTIONS));
    const first = planMerge(emptyLibrary(), content, { fileName: 'bundle.json', now: NOW, localAnalyst: 'Bob' });
    expect(first.changes.annotationsToPut).toHaveLength(3);
    const library = await makeStixLibrary();
    const again = planMerge(library, content, { fileName: 'bundle.json', now: NOW, localAnalyst: 'Bob' });
    expect(again.changes.annotationsToPut).toEqual([]);
  });
});

const REPORT_TEXT = 'The group registered new domains in May.\n\nAnalysts believe the campaign targets shipping firms.';

function foreignBundle(): { type: string; id: string; objects: Record<string, unknown>[] } {
  const base = { spec_version: '2.1', created: T0, modified: T1 };
  return {
    type: 'bundle',
    id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d',
    objects: [
      { ...base, type: 'identity', id: 'identity--1a2b3c4d-0000-4000-8000-000000000001', name: 'Acme CTI', identity_class: 'organization' },
      {
        ...base,
        type: 'report',
        id: 'report--1a2b3c4d-0000-4000-8000-000000000002',
        created_by_ref: 'identity--1a2b3c4d-0000-4000-8000-000000000001',
        name: 'Shipping campaign',
        published: '2026-02-14T08:00:00Z',
        description: REPORT_TEXT,
        object_refs: ['identity--1a2b3c4d-0000-4000-8000-000000000001'],
        external_references: [{ source_name: 'acme', url: 'https://acme.example/shipping' }],
      },
      {
        ...base,
        type: 'note',
        id: 'note--1a2b3c4d-0000-4000-8000-000000000003',
        abstract: 'registered new domains in May',
        content: 'Seen in passive DNS.',
        authors: ['Dana'],
        confidence: 75,
        labels: ['action', 'dns'],
        object_refs: ['report--1a2b3c4d-0000-4000-8000-000000000002'],
      },
      {
        ...base,
        type: 'opinion',
        id: 'opinion--1a2b3c4d-0000-4000-8000-000000000004',
        explanation: 'the campaign targets shipping firms',
        opinion: 'strongly-disagree',
        object_refs: ['report--1a2b3c4d-0000-4000-8000-000000000002'],
      },
      {
        ...base,
        type: 'note',
        id: 'note--1a2b3c4d-0000-4000-8000-000000000005',
        content: 'Words that the report does not contain.',
        object_refs: ['report--1a2b3c4d-0000-4000-8000-000000000002'],
      },
      { ...base, type: 'indicator', id: 'indicator--1a2b3c4d-0000-4000-8000-000000000006', pattern: "[domain-name:value = 'x.example']", pattern_type: 'stix', valid_from: T0 },
    ],
  };
}

describe('bundles from other tools', () => {
  it('bring reports as articles and notes and opinions as annotations where their words are in the text', async () => {
    const { content, kept, skipped } = imported(await fromStixBundle(foreignBundle(), OPTIONS));
    expect(content.sources).toHaveLength(1);
    expect(content.sources[0]).toMatchObject({ title: 'Shipping campaign', text: REPORT_TEXT, publishedDate: '2026-02-14', url: 'https://acme.example/shipping', publisher: 'Acme CTI', reliability: 'F' });
    const [note, opinion] = content.annotations;
    expect(note).toMatchObject({ kind: 'action', quote: { exact: 'registered new domains in May' }, noteText: 'Seen in passive DNS.', author: 'Dana', credibility: 2, tags: ['dns'] });
    expect(opinion).toMatchObject({ kind: 'denial', quote: { exact: 'the campaign targets shipping firms' }, noteText: 'Opinion: strongly-disagree' });
    expect(kept).toEqual(['report "Shipping campaign" → article with 2 annotation(s)']);
    expect(skipped).toContainEqual({ path: '$.objects[4]', reason: 'note: its words are not found in the text of "Shipping campaign"' });
    expect(skipped).toContainEqual({ path: '$.objects', reason: 'objects the workbench has no place for, left out: identity 1, indicator 1' });
  });

  it('bring the reports of OASIS’s apt1 example as articles', async () => {
    const apt1 = JSON.parse(readFileSync(join(STIX_CONFORMANCE_DIR, 'examples', 'threat-reports', 'apt1.json'), 'utf8')) as { objects: { type: string; name?: string; description?: string }[] };
    const report = apt1.objects.find((o) => o.type === 'report');
    const { content, kept } = imported(await fromStixBundle(apt1, { now: NOW, fileName: 'apt1.json' }));
    expect(content.sources.map((s) => s.title)).toEqual([report?.name]);
    expect(content.sources[0]).toMatchObject({ text: normaliseText(report?.description ?? ''), publishedDate: '2013-02-19' });
    expect(kept).toHaveLength(1);
  });
});

describe('invalid STIX', () => {
  const refused = async (value: unknown): Promise<string[]> => {
    const result = await fromStixBundle(value, OPTIONS);
    if (result.ok) throw new Error('accepted');
    return result.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('is refused with the path of the problem', async () => {
    const early = foreignBundle();
    if (early.objects[2]) early.objects[2].modified = '2020-01-01T00:00:00.000Z';
    expect(await refused(early)).toEqual(['$.objects[2].modified: must not be before created (2026-03-10T09:00:00.000Z)']);
    const nameless = foreignBundle();
    delete nameless.objects[1]?.name;
    expect(await refused(nameless)).toEqual([expect.stringMatching(/^\$\.objects\[1\]\.name: /)]);
    const dangling = foreignBundle();
    if (dangling.objects[2]) dangling.objects[2].object_refs = ['report--1a2b3c4d-0000-4000-8000-00000000ffff'];
    expect(await refused(dangling)).toEqual(['$.objects[2].object_refs[0]: names report--1a2b3c4d-0000-4000-8000-00000000ffff, which is not in the bundle']);
    expect(await refused({ type: 'campaign' })).toEqual([expect.stringMatching(/^\$: not a STIX bundle/)]);
  });

  it('an own export whose extension was damaged is refused at that object', async () => {
    const bundle = (await exported()) as { objects: Record<string, unknown>[] };
    const index = bundle.objects.findIndex((o) => o.type === 'note');
    const extensions = bundle.objects[index]?.extensions as Record<string, Record<string, unknown>>;
    const ours = Object.values(extensions)[0];
    if (ours) ours.kind = 'rumour';
    expect((await refused(bundle))[0]).toMatch(new RegExp(`^\\$\\.objects\\[${index}\\]\\.extensions\\['extension-definition--[0-9a-f-]+'\\]\\.kind: `));
  });
});
