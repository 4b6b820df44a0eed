// What the app stores, it can export; what it exports, it can import. Random libraries built
// through the app's own renderer/db/ functions are exported as the app exports them, checked by
// `dossier validate` (the CLI's own command), imported into an empty database, and must come back
// the same (compared as tests/unit/db/seedLibrary.ts defines it, less what an import adds).
import 'fake-indexeddb/auto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { validateCommand } from '../../../cli/commands';
import { describeSelection } from '../../../shared/anchoring';
import { plainTextToLexicalJson } from '../../../shared/exchange';
import { ANNOTATION_KINDS, LINK_TYPES, createAnnotation } from '../../../shared/model';
import { addAnnotation, addLink, updateAnnotation } from '../../../renderer/db/annotations';
import { db } from '../../../renderer/db/database';
import { modifyDossierItems, newDossier, putDossier } from '../../../renderer/db/dossiers';
import { loadSource } from '../../../renderer/db/library';
import { addPassages } from '../../../renderer/features/dossier/model/dossierItems';
import { buildExport } from '../../../renderer/features/sharing/buildExport';
import { importSharedFile } from '../../../renderer/features/sharing/importSharedFile';
import { clearLibrary, comparableLibrary, seedArticles } from '../db/seedLibrary';
import { propertyRuns } from '../propertyRuns';

// The export module also holds the save step, which names the host bridge: in Node there is no
// window, so the global object stands in for it and the browser bridge is chosen (never called here).
vi.hoisted(() => {
  if (!('window' in globalThis)) Object.assign(globalThis, { window: globalThis });
});

const word = fc.stringMatching(/^[A-Za-zÀ-ÿəƏ0-9]{1,10}$/);
const phrase = fc.array(word, { minLength: 0, maxLength: 4 }).map((w) => w.join(' '));
const articleText = fc.array(word, { minLength: 12, maxLength: 60 }).map((w) => `${w.join(' ')}.`);

const annotationSpec = fc.record({
  source: fc.nat(),
  start: fc.nat(),
  length: fc.integer({ min: 1, max: 30 }),
  kind: fc.constantFrom(...ANNOTATION_KINDS),
  actor: phrase,
  target: phrase,
  tags: fc.uniqueArray(word, { maxLength: 3 }),
  credibility: fc.constantFrom(null, 1, 2, 3, 4, 5, 6),
  note: phrase,
  eventDate: fc.constantFrom({ value: '', precision: 'day' as const }, { value: '2025-06', precision: 'month' as const }, { value: '2026-03-08', precision: 'day' as const }),
  editedBy: fc.option(word, { nil: undefined }),
});

const librarySpec = fc.record({
  texts: fc.uniqueArray(articleText, { minLength: 1, maxLength: 3 }),
  annotations: fc.array(annotationSpec, { maxLength: 12 }),
  links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), type: fc.constantFrom(...LINK_TYPES) }), { maxLength: 6 }),
  dossiers: fc.array(fc.record({ title: word, summary: phrase, passages: fc.array(fc.nat(), { maxLength: 5 }) }), { maxLength: 2 }),
});
type LibrarySpec = typeof librarySpec extends fc.Arbitrary<infer T> ? T : never;

async function buildLibrary(spec: LibrarySpec): Promise<void> {
  const sources = await seedArticles(db, spec.texts);
  const ids: string[] = [];
  for (const a of spec.annotations) {
    const source = await loadSource(sources[a.source % sources.length]?.id ?? '');
    if (!source) continue;
    const start = a.start % (source.text.length - 1);
    const end = Math.min(source.text.length, start + a.length);
    const annotation = createAnnotation({
      source,
      placement: describeSelection(source.text, start, end),
      kind: a.kind,
      author: 'Alice',
      fields: { actor: a.actor, target: a.target, tags: a.tags, credibility: a.credibility, eventDate: a.eventDate, noteText: a.note, note: a.note ? plainTextToLexicalJson(a.note) : '' },
    });
    await addAnnotation(annotation, db);
    if (a.editedBy) await updateAnnotation(annotation.id, { actor: `${a.actor} (seen by ${a.editedBy})` }, a.editedBy, db);
    ids.push(annotation.id);
  }
  for (const l of spec.links) {
    const [from, to] = [ids[l.from % Math.max(1, ids.length)], ids[l.to % Math.max(1, ids.length)]];
    if (from && to && from !== to) await addLink(from, to, l.type, db).catch(() => undefined); // a repeated link is refused, as in the app
  }
  for (const d of spec.dossiers) {
    const dossier = newDossier({ title: d.title, summary: d.summary, author: 'Alice' });
    await putDossier(dossier, db);
    const chosen = d.passages.flatMap((p) => (ids.length ? [ids[p % ids.length] as string] : []));
    await modifyDossierItems(dossier.id, (items) => addPassages(items, [...new Set(chosen)]), db);
  }
}

/** An import adds where each record came from; the rest must be as exported. */
function withoutImportMarks(library: Record<string, unknown[]>): Record<string, unknown[]> {
  const strip = (records: unknown[], key: string): unknown[] => records.map((r) => Object.fromEntries(Object.entries(r as object).filter(([k]) => k !== key)));
  return { ...library, sources: strip(library.sources ?? [], 'origin'), annotations: strip(library.annotations ?? [], 'provenance') };
}

/** Everything comes back, revisions, update times and who edited last included; only when the app last checked an anchor and when the article arrived here differ. */
const EXACT: ReadonlySet<string> = new Set(['checkedAt', 'importedAt']);

describe('a library exported and imported again', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dw-roundtrip-'));

  it('passes dossier validate and comes back the same', async () => {
    await fc.assert(
      fc.asyncProperty(librarySpec, async (spec) => {
        await clearLibrary(db);
        await buildLibrary(spec);
        const before = withoutImportMarks(await comparableLibrary(db, EXACT));
        const file = await buildExport({ choice: { kind: 'library' }, label: 'Library', includeText: true, format: 'dossier' }, { exportedBy: 'Alice', appName: 'Dossier Workbench', appVersion: '0.1.0' });

        const path = join(folder, file.suggestedName);
        writeFileSync(path, file.content);
        const lines: string[] = [];
        expect(await validateCommand([path], { out: (l) => lines.push(l), err: (l) => lines.push(l) }), lines.join('\n')).toBe(0);

        await clearLibrary(db);
        const bytes = new TextEncoder().encode(file.content);
        const outcome = await importSharedFile({ status: 'read', name: file.suggestedName, size: bytes.byteLength, bytes }, { analystName: 'Bob' });
        expect(outcome.status).toBe('imported');
        expect(withoutImportMarks(await comparableLibrary(db, EXACT))).toEqual(before);
      }),
      propertyRuns(20),
    );
  }, 120_000);

  it('is refused before a byte is written when the exporter has no name', async () => {
    await clearLibrary(db);
    await expect(buildExport({ choice: { kind: 'library' }, label: 'Library', includeText: true, format: 'dossier' }, { exportedBy: ' ', appName: 'Dossier Workbench', appVersion: '0.1.0' })).rejects.toThrow(/enter your name first/);
  });
});
