// Export to STIX 2.1: the mapping of docs/stix.md, stable ids, and bundles that pass OASIS's
// schemas and the MUST rules, from a small library, the samples and a 2,000-annotation library.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExchangeText } from '../../../shared/exchange';
import { EXTENSION_ID, buildStixBundle, serializeStixBundle, uuidV5, type StixBundle, type StixObject } from '../../../shared/stix';
import { validateStixBundle } from '../../stix/stixValidator';
import { T2, makeBigLibrary } from '../exchange/fixtures';
import { makeStixLibrary } from './stixFixtures';

const EXPORTED_AT = '2026-03-20T10:00:00.000Z';

async function exportLibrary(exportedAt = EXPORTED_AT): Promise<StixBundle> {
  const library = await makeStixLibrary();
  return buildStixBundle({ ...library, exportedBy: 'Alice Analyst', exportedAt, scope: { kind: 'library', label: 'Test library' }, includeText: true });
}

const ofType = (bundle: StixBundle, type: string): StixObject[] => bundle.objects.filter((o) => o.type === type);
const ext = (object: StixObject | undefined): Record<string, unknown> => (object?.extensions as Record<string, Record<string, unknown>>)[EXTENSION_ID] ?? {};
const byRole = (bundle: StixBundle, role: string): StixObject[] => bundle.objects.filter((o) => o.extensions !== undefined && ext(o).role === role);

describe('UUIDv5', () => {
  it('matches RFC 4122’s own example (DNS namespace, www.example.com)', async () => {
    expect(await uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('STIX export', () => {
  it('validates against the OASIS schemas and the MUST rules', async () => {
    expect(validateStixBundle(JSON.parse(serializeStixBundle(await exportLibrary())) as unknown)).toEqual([]);
  });

  it('gives the same ids when the same library is exported twice', async () => {
    const ids = (b: StixBundle): string[] => b.objects.map((o) => o.id);
    expect(ids(await exportLibrary('2026-04-01T00:00:00.000Z'))).toEqual(ids(await exportLibrary()));
    expect((await exportLibrary()).objects.every((o) => /--[0-9a-f]{8}-[0-9a-f]{4}-[45]/.test(o.id))).toBe(true);
  });

  it('makes each article a report with its name, date, text, URL, publisher and SHA-256, and its reliability in the extension', async () => {
    const bundle = await exportLibrary();
    const [report] = byRole(bundle, 'source');
    const library = await makeStixLibrary();
    expect(report).toMatchObject({
      type: 'report',
      name: 'Convoy report',
      published: '2026-03-01T00:00:00.000Z',
      description: library.sources[0]?.text,
      external_references: [{ source_name: 'Daily Wire', url: 'https://example.org/convoy', hashes: { 'SHA-256': library.sources[0]?.textHash } }],
      labels: ['border'],
    });
    expect(ext(report)).toMatchObject({ reliability: 'B', source_id: 'src-a' });
  });

  it('makes each passage a note with the quote as its abstract, the note as content, and credibility as STIX confidence (6: none)', async () => {
    const bundle = await exportLibrary();
    const notes = byRole(bundle, 'annotation');
    const claim = notes.find((n) => ext(n).annotation_id === 'ann-claim');
    expect(claim).toMatchObject({ abstract: 'the convoy crossed at dawn', content: 'Matches the satellite pass.', authors: ['Alice'], confidence: 70, labels: ['claim', 'convoy'] });
    expect(ext(claim)).toMatchObject({ kind: 'claim', actor: 'Ministry of Defence', event_date: { value: '2026-03', precision: 'month' } });
    const denial = notes.find((n) => ext(n).annotation_id === 'ann-denial');
    expect(denial?.confidence).toBeUndefined();
    expect(ext(denial).credibility).toBe(6);
    expect(notes.find((n) => ext(n).annotation_id === 'ann-action')?.confidence).toBe(10);
  });

  it('makes actors and targets identities (one per name, whatever its case) that the notes refer to', async () => {
    const bundle = await exportLibrary();
    const parties = byRole(bundle, 'party');
    expect(parties.map((p) => p.name).sort()).toEqual(['Border post 7', 'Ministry of Defence']);
    const claim = byRole(bundle, 'annotation').find((n) => ext(n).annotation_id === 'ann-claim');
    expect(claim?.object_refs).toEqual(expect.arrayContaining(parties.map((p) => p.id)));
  });

  it('makes typed links relationships between the notes', async () => {
    const bundle = await exportLibrary();
    const noteOf = new Map(byRole(bundle, 'annotation').map((n) => [ext(n).annotation_id, n.id]));
    expect(ofType(bundle, 'relationship').map((r) => [r.relationship_type, r.source_ref, r.target_ref])).toEqual([
      ['denies', noteOf.get('ann-denial'), noteOf.get('ann-claim')],
      ['supports', noteOf.get('ann-action'), noteOf.get('ann-claim')],
    ]);
  });

  it('makes the dossier a report whose object_refs list its passages and narrative sections in order', async () => {
    const bundle = await exportLibrary();
    const [dossier] = byRole(bundle, 'dossier');
    const noteOf = new Map(byRole(bundle, 'annotation').map((n) => [ext(n).annotation_id, n.id]));
    const narratives = byRole(bundle, 'narrative');
    expect(narratives.map((n) => n.content)).toEqual(['Opening.', 'Closing.']);
    expect(dossier?.object_refs).toEqual([narratives[0]?.id, noteOf.get('ann-action'), noteOf.get('ann-claim'), narratives[1]?.id, noteOf.get('ann-denial')]);
    expect(dossier).toMatchObject({ name: 'Border incident', description: 'What happened at post 7.', modified: T2 });
  });

  it('leaves report descriptions out without texts, and still validates', async () => {
    const library = await makeStixLibrary();
    const bundle = await buildStixBundle({ ...library, exportedBy: '', exportedAt: EXPORTED_AT, scope: { kind: 'library', label: 'x' }, includeText: false });
    expect(byRole(bundle, 'source').every((r) => r.description === undefined)).toBe(true);
    expect(validateStixBundle(bundle)).toEqual([]);
  });

  it('validates for the samples (docs/examples/samples.dossier)', async () => {
    const parsed = await parseExchangeText(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'examples', 'samples.dossier'), 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const bundle = await buildStixBundle({ ...parsed.content, exportedBy: parsed.content.exportedBy, exportedAt: EXPORTED_AT, scope: parsed.content.scope, includeText: true });
    expect(byRole(bundle, 'annotation')).toHaveLength(parsed.content.annotations.length);
    expect(validateStixBundle(JSON.parse(serializeStixBundle(bundle)) as unknown)).toEqual([]);
  });

  it('validates for a generated library of 2,000 annotations', async () => {
    const library = await makeBigLibrary(20, 100, 6_000);
    const bundle = await buildStixBundle({ ...library, exportedBy: 'Bulk', exportedAt: EXPORTED_AT, scope: { kind: 'library', label: 'big' }, includeText: true });
    expect(byRole(bundle, 'annotation')).toHaveLength(2_000);
    expect(validateStixBundle(JSON.parse(serializeStixBundle(bundle)) as unknown)).toEqual([]);
  });
});

describe('the validator refuses what the specification forbids', () => {
  const tamper = async (change: (objects: Record<string, unknown>[]) => void): Promise<string[]> => {
    const bundle = JSON.parse(serializeStixBundle(await exportLibrary())) as { objects: Record<string, unknown>[] };
    change(bundle.objects);
    return validateStixBundle(bundle).map((p) => `${p.path}: ${p.message}`);
  };
  const noteIndex = async (): Promise<number> => (await exportLibrary()).objects.findIndex((o) => o.type === 'note');

  it('modified before created', async () => {
    const i = await noteIndex();
    expect(await tamper((o) => void (o[i] && (o[i].modified = '2000-01-01T00:00:00.000Z')))).toContainEqual(expect.stringMatching(new RegExp(`^\\$\\.objects\\[${i}\\]\\.modified: must not be before created`)));
  });

  it('a reference to an object not in the bundle, or of the wrong type', async () => {
    const i = await noteIndex();
    const problems = await tamper((o) => {
      if (!o[i]) return;
      o[i].object_refs = ['report--00000000-0000-4000-8000-000000000000'];
      o[i].created_by_ref = (o.find((x) => x.type === 'report')?.id as string | undefined) ?? '';
    });
    expect(problems).toContainEqual(expect.stringMatching(/object_refs\[0\]: names report--0.* not in the bundle/));
    expect(problems).toContainEqual(expect.stringMatching(/created_by_ref: must name identity, not report/));
  });

  it('an id that is not type--UUIDv4/v5', async () => {
    const i = await noteIndex();
    expect(await tamper((o) => void (o[i] && (o[i].id = 'note--00000000-0000-1000-8000-000000000000')))).toContainEqual(expect.stringMatching(/id: must be the object type/));
  });

  it('a note without content, though bundle.json leaves notes to their own schema', async () => {
    const i = await noteIndex();
    expect(await tamper((o) => void delete o[i]?.content)).toContainEqual(expect.stringMatching(new RegExp(`^\\$\\.objects\\[${i}\\]: must have required property 'content'`)));
  });

  it('a schema violation: a report without object_refs', async () => {
    const problems = await tamper((o) => void delete o.find((x) => x.type === 'report')?.object_refs);
    expect(problems).toContainEqual(expect.stringMatching(/must have required property 'object_refs'/));
  });
});
