// fast-check mutations of valid .dossier, W3C and Hypothesis files, fed to the app's import entry
// point. Each run ends "accepted and consistent" or "refused with a message naming a JSON path",
// within its time bound: never an exception, a hang, or a changed library on refusal.
// Fixed seed and 25 runs each in `npm test`; `npm run fuzz` runs 2,000 each (or FUZZ_RUNS, FUZZ_SEED).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExchangeText, toW3CCollection, type ExchangeContent } from '../../shared/exchange';
import type { WorkbenchDatabase } from '../../renderer/db/database';
import { closeLibrary, importThroughApp, JSON_PATH, openLibrary } from './harness';
import { REPO } from './hostileCases';
import { applyMutation, encode, encodingArbitrary, mutationArbitrary, serialise, type Json } from './mutations';

/** `npm run fuzz` runs long; `npm test` a few seconds. */
const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.npm_lifecycle_event === 'fuzz' ? 2000 : 25));
const SEED = Number(process.env.FUZZ_SEED ?? 13);
const TIME_BOUND_MS = 10_000;
const SAMPLES = readFileSync(join(REPO, 'docs', 'examples', 'samples.dossier'), 'utf8');

let database: WorkbenchDatabase;
let content: ExchangeContent;

beforeAll(async () => {
  database = await openLibrary(new TextEncoder().encode(SAMPLES));
  const parsed = await parseExchangeText(SAMPLES);
  if (!parsed.ok) throw new Error('the samples no longer pass the checker');
  content = parsed.content;
});

afterAll(async () => {
  await closeLibrary(database);
});

/** A Hypothesis export of the sample annotations, as the Hypothesis client writes one. */
function hypothesisExport(from: ExchangeContent): Json {
  return {
    export_date: '2026-03-10T09:00:00.000Z',
    export_userid: 'acct:alice@hypothes.is',
    client_version: '1.1410.0',
    annotations: from.annotations.map((a) => ({
      id: a.id.replace(/-/g, '').slice(0, 22),
      uri: `urn:sha256:${a.sourceHash}`,
      user: 'acct:alice@hypothes.is',
      text: a.noteText,
      tags: [a.kind, ...a.tags],
      created: a.createdAt,
      updated: a.updatedAt,
      target: [{ source: `urn:sha256:${a.sourceHash}`, selector: [{ type: 'TextQuoteSelector', ...a.quote }, { type: 'TextPositionSelector', ...a.position }] }],
    })),
  };
}

const BASES: Readonly<Record<string, () => Json>> = {
  'mutated.dossier': () => JSON.parse(SAMPLES) as Json,
  'mutated.jsonld': () => JSON.parse(JSON.stringify(toW3CCollection(content, { id: 'urn:uuid:fuzz', label: 'fuzz' }))) as Json,
  'mutated-hypothesis.json': () => hypothesisExport(content),
};

describe('mutated shared files through the app import', () => {
  for (const [name, base] of Object.entries(BASES)) {
    it(`${name}: accepted and consistent, or refused with a JSON path; never a throw or a hang`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), encodingArbitrary, fc.nat(), async (mutations, encoding, cut) => {
          let value = base();
          for (const mutation of mutations) value = applyMutation(value, mutation);
          const bytes = encode(serialise(value), encoding, cut);
          const started = performance.now();
          const result = await importThroughApp(database, name, bytes);
          expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
          if (result.outcome === 'refused') {
            expect(result.libraryChanged).toBe(false);
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) {
              expect(problem.path).toMatch(JSON_PATH);
              expect(problem.message).not.toBe('');
            }
          } else {
            expect(result.libraryProblems).toEqual([]);
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }, Math.max(20_000, RUNS * 500));
  }
});
