// The committed example file and JSON Schema: the example stays valid and complete, and the
// schema is the one the code generates, accepting real exports and refusing broken ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildExchangeFile, parseExchangeText, serializeExchangeFile } from '../../../shared/exchange';
import { exchangeJsonSchema } from '../../../shared/exchange/jsonSchema';
import { draftFromPlainText } from '../../../shared/import/articleDraft';
import { makeBigLibrary, T0 } from './fixtures';

const REPO = join(__dirname, '..', '..', '..');
const read = (...path: string[]): string => readFileSync(join(REPO, ...path), 'utf8');

describe('docs/examples/samples.dossier', () => {
  it('is valid, with the two sample articles, ≥6 annotations of all three kinds, links across articles and a dossier', async () => {
    const parsed = await parseExchangeText(read('docs', 'examples', 'samples.dossier'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { sources, annotations, links, dossiers } = parsed.content;
    const samples = await Promise.all(['000_4f72efb9e98d7d6f.txt', '003_de8410bd84d09d86.txt'].map(async (f) => draftFromPlainText(read('shared', 'samples', f), 'sample')));
    expect(sources.map((s) => [s.textHash, s.text])).toEqual(samples.map((s) => [s.textHash, s.text]));
    expect(annotations.length).toBeGreaterThanOrEqual(6);
    expect(new Set(annotations.map((a) => a.kind))).toEqual(new Set(['claim', 'denial', 'action']));
    expect(links.map((l) => l.type)).toEqual(expect.arrayContaining(['denies', 'responds-to']));
    const sourceOf = new Map(annotations.map((a) => [a.id, a.sourceId]));
    expect(links.some((l) => sourceOf.get(l.fromId) !== sourceOf.get(l.toId))).toBe(true);
    expect(dossiers).toHaveLength(1);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('docs/exchange-format.schema.json', () => {
  const schema = JSON.parse(read('docs', 'exchange-format.schema.json')) as Record<string, unknown>;
  // strictTuples off: a target's selectors are a tuple whose third item (the page selector) is optional.
  const ajv = new Ajv2020({ strict: true, strictTuples: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('is exactly what the code generates (regenerate with npm run docs:exchange)', () => {
    expect(schema).toEqual(JSON.parse(JSON.stringify(exchangeJsonSchema())));
  });

  it('accepts the example file and a generated export', async () => {
    expect(validate(JSON.parse(read('docs', 'examples', 'samples.dossier')))).toBe(true);
    const library = await makeBigLibrary(2, 5, 2000);
    const file = buildExchangeFile({ ...library, exportedBy: 'x', exportedAt: T0, scope: { kind: 'selection', label: '5' }, includeText: false });
    expect(validate(JSON.parse(serializeExchangeFile(file)))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('refuses what the format does not allow', () => {
    const file = JSON.parse(read('docs', 'examples', 'samples.dossier')) as Record<string, unknown> & { annotations: Record<string, unknown>[] };
    expect(validate({ ...file, version: 2 })).toBe(false);
    expect(validate({ ...file, extra: 1 })).toBe(false);
    expect(validate({ ...file, annotations: [{ ...file.annotations[0], motivation: 'commenting' }] })).toBe(false);
    expect(validate({ ...file, annotations: [{ ...file.annotations[0], id: 'plain-id' }] })).toBe(false);
  });
});
