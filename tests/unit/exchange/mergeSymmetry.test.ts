// merge(A, B) and merge(B, A), as `dossier merge` runs them, over generated pairs of valid files:
// both succeed or both refuse with the same message, and the two libraries are equivalent.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildExchangeFile,
  mergeFiles,
  parseExchangeText,
  serializeExchangeFile,
  type ExchangeContent,
  type LibrarySnapshot,
} from '../../../shared/exchange';
import type { Annotation } from '../../../shared/model/annotation';
import type { Source } from '../../../shared/model/source';
import { makeAnnotation, makeSource, T0, T1, uuid } from './fixtures';

const NOW = '2026-04-01T12:00:00.000Z';
const TEXTS = [
  'Alpha said the border crossing at the northern checkpoint is closed until further notice. Beta denied it on Monday.',
  'The ministry reported two drones over the river on Sunday night. Officials in the capital called the report false.',
];
const QUOTES = [
  ['the border crossing', 'Beta denied it', 'until further notice'],
  ['two drones over the river', 'called the report false', 'The ministry reported'],
];

let pool: { sources: Source[]; annotations: Annotation[][] };

beforeAll(async () => {
  const sources = await Promise.all(TEXTS.map((text, i) => makeSource(uuid(i + 1), text, { title: `Article ${i}` })));
  pool = {
    sources,
    annotations: sources.map((source, s) => (QUOTES[s] ?? []).map((quote, q) => makeAnnotation(uuid(100 + s * 10 + q), source, quote))),
  };
});

/** One file's choices: per source whether it is there and with its text; per annotation its version. */
const sideArbitrary = fc.record({
  sources: fc.array(fc.record({ present: fc.boolean(), withText: fc.boolean(), otherId: fc.boolean() }), { minLength: 2, maxLength: 2 }),
  annotations: fc.array(fc.record({ present: fc.boolean(), revision: fc.integer({ min: 1, max: 3 }), note: fc.constantFrom('', 'seen', 'doubtful'), staleQuote: fc.boolean() }), {
    minLength: 6,
    maxLength: 6,
  }),
  exporter: fc.constantFrom('Alice', 'Bob'),
});

type Side = typeof sideArbitrary extends fc.Arbitrary<infer T> ? T : never;

async function fileFor(side: Side, name: string): Promise<ExchangeContent | null> {
  const sources: Source[] = [];
  const annotations: Annotation[] = [];
  pool.sources.forEach((source, s) => {
    const choice = side.sources[s];
    if (!choice?.present) return;
    const id = choice.otherId ? uuid(50 + s) : source.id;
    sources.push({ ...source, id, ...(choice.withText ? {} : { text: '' }) });
    (pool.annotations[s] ?? []).forEach((annotation, q) => {
      const version = side.annotations[s * 3 + q];
      if (!version?.present) return;
      // Without its text a file's quotes cannot be checked: one may be stale, as a colleague's edits leave them.
      const quote = version.staleQuote && !choice.withText ? { ...annotation.quote, exact: `${annotation.quote.exact} (as first read)` } : annotation.quote;
      annotations.push({ ...annotation, sourceId: id, quote, revision: version.revision, noteText: version.note, updatedAt: version.revision > 1 ? T1 : T0 });
    });
  });
  const file = buildExchangeFile({
    exportedBy: side.exporter,
    exportedAt: T1,
    scope: { kind: 'library', label: name },
    sources: sources.map((s) => (s.text === '' ? { ...s, text: undefined } : s)),
    annotations,
    links: [],
    dossiers: [],
    includeText: true,
  });
  const parsed = await parseExchangeText(serializeExchangeFile(file));
  return parsed.ok ? parsed.content : null;
}

/** What `dossier merge` would write: the merged library, checked as the file it becomes. */
async function mergeOutcome(first: ExchangeContent, second: ExchangeContent): Promise<{ ok: true; library: LibrarySnapshot } | { ok: false; messages: string[] }> {
  let counter = 0;
  const { library } = mergeFiles([{ fileName: 'a.dossier', content: first }, { fileName: 'b.dossier', content: second }], NOW, () => uuid(9000 + ++counter));
  const file = buildExchangeFile({ ...library, exportedBy: 'lead', exportedAt: NOW, scope: { kind: 'library', label: 'merged' }, includeText: true });
  const parsed = await parseExchangeText(serializeExchangeFile(file));
  return parsed.ok ? { ok: true, library } : { ok: false, messages: parsed.problems.map((p) => p.message) };
}

/**
 * The library with what depends only on which file came first taken out: source ids and
 * metadata (the first file's win), provenance, check times, which side of a conflict is "local",
 * and the revision and update time of a version whose content the other file has too (the merge
 * treats those as identical and keeps the library's).
 */
function canonical(library: LibrarySnapshot): unknown {
  const inConflict = new Set(library.conflicts.map((c) => c.annotationId));
  const strip = (a: Annotation): unknown => {
    const { provenance: _p, sourceId: _s, revision: _r, updatedAt: _u, anchor, ...rest } = a;
    return { ...rest, anchor: { state: anchor.state, score: anchor.score } };
  };
  return {
    texts: library.sources.map((s) => `${s.textHash}:${s.text ? 'text' : 'none'}`).sort(),
    annotations: library.annotations
      .filter((a) => !inConflict.has(a.id))
      .map((a) => JSON.stringify(strip(a)))
      .sort(),
    conflicts: library.conflicts.map((c) => [JSON.stringify(strip(c.local)), JSON.stringify(strip(c.incoming))].sort().join('|')).sort(),
  };
}

describe('merge order', () => {
  it('merge(A, B) and merge(B, A) both succeed with equivalent libraries, or both refuse alike', async () => {
    await fc.assert(
      fc.asyncProperty(sideArbitrary, sideArbitrary, async (sideA, sideB) => {
        const a = await fileFor(sideA, 'A');
        const b = await fileFor(sideB, 'B');
        fc.pre(a !== null && b !== null);
        if (!a || !b) return;
        const ab = await mergeOutcome(a, b);
        const ba = await mergeOutcome(b, a);
        expect(ab.ok).toBe(ba.ok);
        if (ab.ok && ba.ok) expect(canonical(ab.library)).toEqual(canonical(ba.library));
        else if (!ab.ok && !ba.ok) expect(ab.messages).toEqual(ba.messages);
      }),
      { numRuns: 150, seed: 13, endOnFailure: true },
    );
  });
});
