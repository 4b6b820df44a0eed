// Export then read back gives the same records; what is shared follows the analyst's choice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNOTATION_KINDS,
  DATE_PRECISIONS,
  annotationSchema,
  type Annotation,
} from '../../../shared/model/annotation';
import {
  buildExchangeFile,
  parseExchangeText,
  selectForExport,
  serializeExchangeFile,
  type ExchangeInput,
  type LibrarySnapshot,
} from '../../../shared/exchange';
import type { Dossier } from '../../../shared/model/dossier';
import { makeAnnotation, makeSource, T0, T1, uuid } from './fixtures';

const TEXT = 'Alpha said the border is closed.\n\nBeta denied it on Monday. Gamma reopened the crossing.';

async function library(): Promise<LibrarySnapshot> {
  const a = await makeSource(uuid(1), TEXT, { url: 'https://example.org/a', tags: ['x'] });
  const b = await makeSource(uuid(2), 'Another article entirely, with its own words.');
  const claim = makeAnnotation(uuid(11), a, 'the border is closed', { actor: 'Alpha', eventDate: { value: '2026-03', precision: 'month' }, credibility: 3, tags: ['border'] });
  const denial = makeAnnotation(uuid(12), a, 'Beta denied it', { kind: 'denial', note: '{"root":{"children":[],"type":"root","version":1}}', noteText: 'a note' });
  const action = makeAnnotation(uuid(13), b, 'its own words', { kind: 'action', provenance: { fileName: 'f.dossier', exportedBy: 'Bob', importedAt: T1, importedRevision: 1 } });
  const dossier: Dossier = {
    id: uuid(21),
    title: 'Crossing',
    subtitle: '',
    author: 'Alice',
    handling: '',
    summary: '',
    items: [{ type: 'passage', id: 'i1', annotationId: claim.id, commentary: 'why' }],
    createdAt: T0,
    updatedAt: T1,
  };
  return {
    sources: [a, b],
    annotations: [claim, denial, action],
    links: [
      { id: uuid(31), fromId: denial.id, toId: claim.id, type: 'denies', createdAt: T0 },
      { id: uuid(32), fromId: action.id, toId: claim.id, type: 'responds-to', createdAt: T0 },
    ],
    dossiers: [dossier],
    conflicts: [],
  };
}

function input(lib: Omit<LibrarySnapshot, 'conflicts'> & Partial<LibrarySnapshot>, includeText = true): ExchangeInput {
  return { ...lib, exportedBy: 'Alice', exportedAt: T1, scope: { kind: 'library', label: 'all' }, includeText };
}

/** What the file holds of a source: everything but `origin`, which the importing library sets. */
function shared(lib: LibrarySnapshot): LibrarySnapshot {
  return { ...lib, sources: lib.sources.map(({ origin: _origin, ...rest }) => rest) };
}

describe('round trip', () => {
  it('build → serialize → parse gives back every record unchanged', async () => {
    const lib = await library();
    const parsed = await parseExchangeText(serializeExchangeFile(buildExchangeFile(input(lib))));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { sources, annotations, links, dossiers, conflicts } = parsed.content;
    expect({ sources, annotations, links, dossiers, conflicts }).toEqual(shared(lib));
    expect(parsed.content).toMatchObject({ exportedBy: 'Alice', exportedAt: T1, scope: { kind: 'library', label: 'all' } });
  });

  it('without texts: metadata and hashes travel, the texts do not, and the file is still valid', async () => {
    const lib = await library();
    const text = serializeExchangeFile(buildExchangeFile(input(lib, false)));
    // Quotes and their 32-character contexts still travel: they are the annotations themselves.
    expect(text).not.toContain('"text":');
    const parsed = await parseExchangeText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.content.sources.map((s) => [s.textHash, s.text])).toEqual(lib.sources.map((s) => [s.textHash, undefined]));
  });

  it('any annotation the model accepts survives the trip (property)', async () => {
    const source = await makeSource(uuid(1), TEXT);
    const edits = fc.record({
      kind: fc.constantFrom(...ANNOTATION_KINDS),
      actor: fc.string({ maxLength: 40 }),
      target: fc.string({ maxLength: 40 }),
      precision: fc.constantFrom(...DATE_PRECISIONS),
      credibility: fc.constantFrom(null, 1, 2, 3, 4, 5, 6),
      tags: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 5 }),
      noteText: fc.string({ maxLength: 60 }),
      author: fc.string({ maxLength: 20 }),
      revision: fc.integer({ min: 1, max: 1000 }),
      start: fc.integer({ min: 0, max: TEXT.length - 2 }),
      length: fc.integer({ min: 1, max: 20 }),
    });
    await fc.assert(
      fc.asyncProperty(edits, async (e) => {
        const start = e.start;
        const end = Math.min(TEXT.length, start + e.length);
        const base = makeAnnotation(uuid(99), source, TEXT.slice(start, end));
        const annotation: Annotation = annotationSchema.parse({
          ...base,
          ...{ kind: e.kind, actor: e.actor, target: e.target, credibility: e.credibility, tags: e.tags, noteText: e.noteText, author: e.author, revision: e.revision },
          quote: { exact: TEXT.slice(start, end), prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(end, end + 32) },
          position: { start, end },
          eventDate: { value: '', precision: e.precision },
        });
        const parsed = await parseExchangeText(serializeExchangeFile(buildExchangeFile(input({ sources: [source], annotations: [annotation], links: [], dossiers: [] }))));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        expect(parsed.content.annotations).toEqual([annotation]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('what is shared', () => {
  it('one article: its annotations, and only links with both ends among them', async () => {
    const lib = await library();
    const chosen = selectForExport(lib, { kind: 'source', sourceId: uuid(1) });
    expect(chosen.sources.map((s) => s.id)).toEqual([uuid(1)]);
    expect(chosen.annotations.map((a) => a.id)).toEqual([uuid(11), uuid(12)]);
    expect(chosen.links.map((l) => l.id)).toEqual([uuid(31)]);
    expect(chosen.dossiers).toEqual([]);
  });

  it('a selection: the chosen annotations and the sources they sit on', async () => {
    const lib = await library();
    const chosen = selectForExport(lib, { kind: 'selection', annotationIds: [uuid(13), uuid(11)] });
    expect(chosen.annotations.map((a) => a.id)).toEqual([uuid(11), uuid(13)]);
    expect(chosen.sources.map((s) => s.id)).toEqual([uuid(1), uuid(2)]);
    expect(chosen.links.map((l) => l.id)).toEqual([uuid(32)]);
  });

  it('a dossier: the dossier, the annotations it quotes and their sources', async () => {
    const lib = await library();
    const chosen = selectForExport(lib, { kind: 'dossier', dossierId: uuid(21) });
    expect(chosen.dossiers.map((d) => d.id)).toEqual([uuid(21)]);
    expect(chosen.annotations.map((a) => a.id)).toEqual([uuid(11)]);
    expect(chosen.sources.map((s) => s.id)).toEqual([uuid(1)]);
    const parsed = await parseExchangeText(serializeExchangeFile(buildExchangeFile(input(chosen))));
    expect(parsed.ok).toBe(true);
  });

  it('the whole library, conflicts included', async () => {
    const lib = await library();
    const annotation = lib.annotations[0] as Annotation;
    const withConflict = { ...lib, conflicts: [{ id: 'c1', annotationId: annotation.id, local: annotation, incoming: { ...annotation, actor: 'X' }, fileName: 'b.dossier', exportedBy: 'Bob', detectedAt: T1 }] };
    const chosen = selectForExport(withConflict, { kind: 'library' });
    expect(chosen).toEqual(withConflict);
    const parsed = await parseExchangeText(serializeExchangeFile(buildExchangeFile(input(chosen))));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.content.conflicts).toEqual(withConflict.conflicts);
  });
});
