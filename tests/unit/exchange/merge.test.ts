// The merge rules one at a time: sources by hash, annotations by id (added, identical, newer,
// conflict), re-anchoring on another version of a text, links, dossiers, provenance and undo.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import type { Dossier } from '../../../shared/model/dossier';
import type { Source } from '../../../shared/model/source';
import {
  applyMergeChanges,
  planMerge,
  resolveConflict,
  type ExchangeContent,
  type LibrarySnapshot,
} from '../../../shared/exchange';
import { makeAnnotation, makeSource, T0, T1, T2, uuid } from './fixtures';

const TEXT = 'Alpha said the border crossing at the northern checkpoint is closed until further notice. Beta denied it on Monday.';
const NOW = '2026-04-01T12:00:00.000Z';
const OPTIONS = { fileName: 'bob.dossier', now: NOW, localAnalyst: 'Alice' };

function content(partial: Partial<ExchangeContent>): ExchangeContent {
  return { exportedAt: T1, exportedBy: 'Bob', scope: { kind: 'library', label: '' }, sources: [], annotations: [], links: [], dossiers: [], conflicts: [], ...partial };
}

async function base(): Promise<{ library: LibrarySnapshot; source: Source; claim: Annotation; denial: Annotation }> {
  const source = await makeSource(uuid(1), TEXT, { url: 'https://news.example/item' });
  const claim = makeAnnotation(uuid(11), source, 'the border crossing at the northern checkpoint is closed until further notice');
  const denial = makeAnnotation(uuid(12), source, 'Beta denied it', { kind: 'denial' });
  return { library: { sources: [source], annotations: [claim, denial], links: [], dossiers: [], conflicts: [] }, source, claim, denial };
}

describe('annotations, matched by id', () => {
  it('absent → added, with its provenance', async () => {
    const { library, source } = await base();
    const fresh = makeAnnotation(uuid(13), source, 'on Monday', { kind: 'action', author: 'Bob', revision: 2 });
    const plan = planMerge(library, content({ annotations: [fresh] }), OPTIONS);
    expect(plan.changes.annotationsToPut).toEqual([{ ...fresh, provenance: { fileName: 'bob.dossier', exportedBy: 'Bob', importedAt: NOW, importedRevision: 2 } }]);
    expect(plan.report.added.map((e) => e.annotationId)).toEqual([uuid(13)]);
    expect(plan.report.added[0]).toMatchObject({ kind: 'action', quote: 'on Monday', sourceTitle: source.title, author: 'Bob' });
  });

  it('identical → skipped, even at another revision', async () => {
    const { library, claim } = await base();
    const plan = planMerge(library, content({ annotations: [{ ...claim, revision: 5, updatedAt: T2 }] }), OPTIONS);
    expect(plan.changes.annotationsToPut).toEqual([]);
    expect(plan.report.skipped).toEqual([expect.objectContaining({ annotationId: claim.id, reason: 'identical' })]);
  });

  it('changed on one side (the file) → the newer wins by revision and update time', async () => {
    const { library, claim } = await base();
    const newer = { ...claim, actor: 'Alpha ministry', revision: 2, updatedAt: T1 };
    const plan = planMerge(library, content({ annotations: [newer], exportedBy: 'Alice' }), OPTIONS);
    expect(plan.changes.annotationsToPut).toEqual([expect.objectContaining({ id: claim.id, actor: 'Alpha ministry', revision: 2 })]);
    expect(plan.report.updated.map((e) => e.annotationId)).toEqual([claim.id]);
    expect(plan.undo.annotationsReplaced).toEqual([claim]);
  });

  it('changed on one side (the library) → the library keeps its newer version', async () => {
    const { library, claim } = await base();
    const local = { ...claim, actor: 'edited here', revision: 3, updatedAt: T2 };
    const plan = planMerge({ ...library, annotations: [local] }, content({ annotations: [claim], exportedBy: 'Alice' }), OPTIONS);
    expect(plan.changes.annotationsToPut).toEqual([]);
    expect(plan.report.skipped).toEqual([expect.objectContaining({ reason: 'local-newer' })]);
  });

  it('changed on both sides → a conflict: both versions kept and listed', async () => {
    const { library, claim } = await base();
    const local = { ...claim, actor: 'Alice says', revision: 2, updatedAt: T1 };
    const incoming = { ...claim, actor: 'Bob says', revision: 2, updatedAt: T2 };
    const plan = planMerge({ ...library, annotations: [local] }, content({ annotations: [incoming] }), { ...OPTIONS, newId: () => 'conflict-1' });
    expect(plan.changes.annotationsToPut).toEqual([]);
    expect(plan.changes.conflictsToAdd).toEqual([
      {
        id: 'conflict-1',
        annotationId: claim.id,
        local,
        incoming: { ...incoming, provenance: { fileName: 'bob.dossier', exportedBy: 'Bob', importedAt: NOW, importedRevision: 2 } },
        fileName: 'bob.dossier',
        exportedBy: 'Bob',
        detectedAt: NOW,
      },
    ]);
    expect(plan.report.conflicts).toEqual([expect.objectContaining({ annotationId: claim.id, conflictId: 'conflict-1' })]);
    // Importing the same file again lists nothing new.
    const again = planMerge(applyMergeChanges({ ...library, annotations: [local] }, plan.changes), content({ annotations: [incoming] }), OPTIONS);
    expect(again.changes.conflictsToAdd).toEqual([]);
    expect(again.report.skipped).toEqual([expect.objectContaining({ reason: 'conflict-already-listed' })]);
  });

  it('a higher revision with an earlier update time cannot be ordered → conflict', async () => {
    const { library, claim } = await base();
    const local = { ...claim, actor: 'A', revision: 2, updatedAt: T2 };
    const incoming = { ...claim, actor: 'B', revision: 3, updatedAt: T1 };
    const plan = planMerge({ ...library, annotations: [local] }, content({ annotations: [incoming], exportedBy: 'Alice' }), OPTIONS);
    expect(plan.report.conflicts).toHaveLength(1);
  });

  it('a colleague edits the analyst’s annotation: their copy wins; both edit it: conflict', async () => {
    const { library, claim } = await base();
    const bobs = { ...claim, actor: 'Bob’s reading', revision: 2, updatedAt: T2, provenance: { fileName: 'alice.dossier', exportedBy: 'Alice', importedAt: T1, importedRevision: 1 } };
    expect(planMerge(library, content({ annotations: [bobs] }), OPTIONS).report.updated).toHaveLength(1);
    const alicesEdit = { ...claim, actor: 'Alice’s reading', revision: 3, updatedAt: T2 };
    const plan = planMerge({ ...library, annotations: [alicesEdit] }, content({ annotations: [bobs] }), OPTIONS);
    expect(plan.report.conflicts).toHaveLength(1);
  });

  it('provenance is kept on what the file brought and shown in the report', async () => {
    const { library, source } = await base();
    const fresh = makeAnnotation(uuid(14), source, 'Alpha said', { author: 'Bob' });
    const plan = planMerge(library, content({ annotations: [fresh] }), OPTIONS);
    expect(plan.changes.annotationsToPut[0]?.provenance).toEqual({ fileName: 'bob.dossier', exportedBy: 'Bob', importedAt: NOW, importedRevision: 1 });
    expect(plan.report).toMatchObject({ fileName: 'bob.dossier', exportedBy: 'Bob', exportedAt: T1, importedAt: NOW });
  });
});

describe('sources, matched by hash', () => {
  it('the same text under another id is the same source: annotations move onto the library’s id', async () => {
    const { library } = await base();
    const theirs = await makeSource(uuid(501), TEXT, { title: 'Their title' });
    const fresh = makeAnnotation(uuid(15), theirs, 'Beta denied it on Monday');
    const plan = planMerge(library, content({ sources: [theirs], annotations: [fresh] }), OPTIONS);
    expect(plan.changes.sourcesToPut).toEqual([]);
    expect(plan.changes.annotationsToPut[0]).toMatchObject({ sourceId: uuid(1), anchor: { state: 'exact' } });
    expect(plan.report.reanchored).toEqual([]);
  });

  it('same URL, different text, text included → kept as another version and reported', async () => {
    const { library } = await base();
    const edited = await makeSource(uuid(502), `Updated: ${TEXT}`, { url: 'https://news.example/item/' });
    const fresh = makeAnnotation(uuid(16), edited, 'Updated');
    const plan = planMerge(library, content({ sources: [edited], annotations: [fresh] }), OPTIONS);
    expect(plan.changes.sourcesToPut).toEqual([{ ...edited, origin: 'shared', importedAt: NOW }]);
    expect(plan.report.sourceVersions).toEqual([{ sourceId: uuid(502), title: edited.title, otherSourceId: uuid(1), otherTitle: `Article ${uuid(1)}`, matchedBy: 'url' }]);
    expect(plan.changes.annotationsToPut[0]).toMatchObject({ sourceId: uuid(502), sourceHash: edited.textHash });
  });

  it('a source id already used by another text gets a fresh id, and its annotations follow', async () => {
    const { library } = await base();
    const clash = await makeSource(uuid(1), 'A different article that happens to reuse the id.', { title: 'Clash' });
    const fresh = makeAnnotation(uuid(17), clash, 'different article');
    const plan = planMerge(library, content({ sources: [clash], annotations: [fresh] }), { ...OPTIONS, newId: () => 'fresh-source-id' });
    expect(plan.changes.sourcesToPut.map((s) => s.id)).toEqual(['fresh-source-id']);
    expect(plan.changes.annotationsToPut[0]?.sourceId).toBe('fresh-source-id');
  });
});

describe('re-anchoring when the file’s text differs from the library’s copy', () => {
  async function withoutText(text: string, quote: string): Promise<{ plan: ReturnType<typeof planMerge>; incoming: Annotation }> {
    const { library } = await base();
    const theirs = await makeSource(uuid(503), text, { url: 'https://news.example/item' });
    const incoming = makeAnnotation(uuid(18), theirs, quote, { kind: 'denial' });
    const { text: _dropped, origin: _origin, ...metadataOnly } = theirs;
    return { plan: planMerge(library, content({ sources: [metadataOnly], annotations: [incoming] }), OPTIONS), incoming };
  }

  it('moved: found verbatim elsewhere, offsets and context refreshed', async () => {
    const { plan } = await withoutText(`Breaking news. ${TEXT}`, 'Beta denied it on Monday');
    const placed = plan.changes.annotationsToPut[0];
    expect(placed).toMatchObject({ sourceId: uuid(1), anchor: { state: 'moved', score: 1, checkedAt: NOW } });
    expect(TEXT.slice(placed?.position.start, placed?.position.end)).toBe('Beta denied it on Monday');
    expect(plan.report.reanchored).toEqual([expect.objectContaining({ annotationId: uuid(18), state: 'moved', score: 1 })]);
    expect(plan.report.orphans).toEqual([]);
  });

  it('fuzzy: an edited passage is found with a score below 1', async () => {
    const { plan } = await withoutText(TEXT.replace('is closed until', 'was closed until'), 'the border crossing at the northern checkpoint was closed until further notice');
    const placed = plan.changes.annotationsToPut[0];
    expect(placed?.anchor.state).toBe('fuzzy');
    expect(placed?.quote.exact).toBe('the border crossing at the northern checkpoint is closed until further notice');
    expect(plan.report.reanchored[0]?.score).toBeLessThan(1);
  });

  it('orphan: not found; imported as an orphan and listed', async () => {
    const { plan, incoming } = await withoutText('Something else entirely about the weather and the harvest.', 'the weather and the harvest');
    expect(plan.changes.annotationsToPut[0]).toMatchObject({ sourceId: uuid(1), quote: incoming.quote, anchor: { state: 'orphan', score: 0 } });
    expect(plan.report.orphans.map((e) => e.annotationId)).toEqual([uuid(18)]);
  });

  it('no text anywhere: the app leaves the annotation out and says so; the CLI keeps it as it is', async () => {
    const other = await makeSource(uuid(504), 'An article nobody here has.', { title: 'Unknown' });
    const incoming = makeAnnotation(uuid(19), other, 'nobody here');
    const { text: _t, origin: _o, ...metadataOnly } = other;
    const { library } = await base();
    const app = planMerge(library, content({ sources: [metadataOnly], annotations: [incoming] }), OPTIONS);
    expect(app.changes.annotationsToPut).toEqual([]);
    expect(app.report.missingSource).toEqual([expect.objectContaining({ annotationId: uuid(19), sourceTitle: 'Unknown' })]);
    const cli = planMerge(library, content({ sources: [metadataOnly], annotations: [incoming] }), { ...OPTIONS, keepSourcesWithoutText: true });
    expect(cli.changes.sourcesToPut.map((s) => [s.id, s.text])).toEqual([[uuid(504), undefined]]);
    expect(cli.changes.annotationsToPut[0]).toMatchObject({ id: uuid(19), quote: incoming.quote, position: incoming.position });
  });
});

describe('links and dossiers', () => {
  it('links: new ones added, known ones skipped, ones to annotations left out dropped', async () => {
    const { library, claim, denial } = await base();
    const known = { id: 'l1', fromId: denial.id, toId: claim.id, type: 'denies' as const, createdAt: T0 };
    const lib = { ...library, links: [known] };
    const sameEnds = { ...known, id: 'l2' };
    const fresh = { id: 'l3', fromId: claim.id, toId: denial.id, type: 'responds-to' as const, createdAt: T0 };
    const dangling = { id: 'l4', fromId: claim.id, toId: uuid(999), type: 'supports' as const, createdAt: T0 };
    const plan = planMerge(lib, content({ links: [known, sameEnds, fresh, dangling] }), OPTIONS);
    expect(plan.changes.linksToAdd).toEqual([fresh]);
    expect(plan.report.links).toEqual({ added: 1, skipped: 2, dropped: [{ linkId: 'l4', reason: 'one of its annotations was not imported' }] });
  });

  it('dossiers: new added, identical skipped, a different version added as a copy beside the analyst’s', async () => {
    const { library, claim } = await base();
    const dossier: Dossier = { id: 'd1', title: 'Border', subtitle: '', author: 'Alice', handling: '', summary: '', items: [{ type: 'passage', id: 'i1', annotationId: claim.id, commentary: '' }], createdAt: T0, updatedAt: T0 };
    const lib = { ...library, dossiers: [dossier] };
    const reordered = Object.fromEntries(Object.entries(dossier).reverse()) as Dossier;
    const changed = { ...dossier, summary: 'Bob’s summary', updatedAt: T1 };
    const fresh = { ...dossier, id: 'd2', title: 'New' };
    expect(planMerge(lib, content({ dossiers: [reordered] }), OPTIONS).report.dossiers.skipped).toEqual(['d1']);
    const plan = planMerge(lib, content({ dossiers: [changed, fresh] }), { ...OPTIONS, newId: () => 'd1-copy' });
    expect(plan.changes.dossiersToPut).toEqual([{ ...changed, id: 'd1-copy', title: 'Border (from bob.dossier)' }, fresh]);
    expect(plan.report.dossiers).toEqual({ added: ['d2'], skipped: [], copied: [{ dossierId: 'd1-copy', fromId: 'd1', title: 'Border (from bob.dossier)' }] });
  });
});

describe('conflicts carried, undo and resolution', () => {
  it('unresolved conflicts in a merged file stay unresolved in the library', async () => {
    const { library, claim } = await base();
    const carried = { id: 'c9', annotationId: claim.id, local: claim, incoming: { ...claim, actor: 'X' }, fileName: 'x.dossier', exportedBy: 'X', detectedAt: T1 };
    const plan = planMerge(library, content({ conflicts: [carried] }), OPTIONS);
    expect(plan.changes.conflictsToAdd).toEqual([carried]);
    expect(plan.report.conflictsCarried).toBe(1);
    expect(planMerge({ ...library, conflicts: [carried] }, content({ conflicts: [carried] }), OPTIONS).changes.conflictsToAdd).toEqual([]);
  });

  it('resolving a conflict stores the chosen version at a revision past both', async () => {
    const { claim } = await base();
    const conflict = { id: 'c1', annotationId: claim.id, local: { ...claim, revision: 4 }, incoming: { ...claim, actor: 'B', revision: 5 }, fileName: 'f', exportedBy: 'B', detectedAt: T1 };
    expect(resolveConflict(conflict, 'incoming', NOW)).toEqual({ ...claim, actor: 'B', revision: 6, updatedAt: NOW });
    expect(resolveConflict(conflict, 'local', NOW)).toEqual({ ...claim, revision: 6, updatedAt: NOW });
  });
});
