// Article versions in shared files: an article's earlier texts travel by hash with the
// annotations tied to them, read back the same, merge by the usual rules, and files without
// them still read.
import { describe, expect, it } from 'vitest';
import { buildExchangeFile, parseExchangeText, planMerge, selectForExport, serializeExchangeFile, type ExchangeContent, type LibrarySnapshot } from '../../../shared/exchange';
import { mergeFiles } from '../../../shared/exchange/mergeFiles';
import { sha256Hex } from '../../../shared/text/sha256';
import { planNewVersion } from '../../../shared/versions';
import { NEW_TEXT, OLD_TEXT, annotationsOn } from '../versions/versionSample';
import { T1, T2, makeSource } from './fixtures';

/** A library whose one article received a new version: one annotation is left on the first text. */
async function versionedLibrary(): Promise<LibrarySnapshot> {
  const first = await makeSource('s1', OLD_TEXT);
  const plan = planNewVersion({ source: first, earlier: [], annotations: annotationsOn(first), newText: NEW_TEXT, newTextHash: await sha256Hex(NEW_TEXT), now: T1 });
  const current = { ...first, text: NEW_TEXT, textHash: plan.toHash, updatedAt: T1 };
  return { sources: [current], annotations: plan.annotationsAfter, links: [], dossiers: [], conflicts: [], sourceVersions: [plan.replaced] };
}

async function exported(library: LibrarySnapshot, includeText = true): Promise<ExchangeContent> {
  const chosen = selectForExport(library, { kind: 'source', sourceId: 's1' });
  const file = buildExchangeFile({ ...chosen, exportedBy: 'Alice', exportedAt: T2, scope: { kind: 'source', label: 'Article s1' }, includeText });
  const parsed = await parseExchangeText(serializeExchangeFile(file));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path} ${p.message}`).join('\n'));
  return parsed.content;
}

describe('versions in the shared file', () => {
  it('carry earlier texts by hash and read back the same, with annotations tied to their version', async () => {
    const library = await versionedLibrary();
    const content = await exported(library);
    expect(content.sourceVersions).toEqual(library.sourceVersions);
    expect(content.annotations).toEqual(library.annotations);
    const orphan = content.annotations.find((a) => a.anchor.state === 'orphan');
    expect(orphan?.sourceHash).toBe(await sha256Hex(OLD_TEXT));
  });

  it('leave the earlier texts out with the article texts, keeping their hashes', async () => {
    const content = await exported(await versionedLibrary(), false);
    expect(content.sourceVersions?.map((v) => [v.textHash, v.text])).toEqual([[await sha256Hex(OLD_TEXT), undefined]]);
  });

  it('are refused when a text does not match its hash or names no source', async () => {
    const library = await versionedLibrary();
    const file = buildExchangeFile({ ...library, exportedBy: 'Alice', exportedAt: T2, scope: { kind: 'library', label: 'all' }, includeText: true });
    const broken = { ...file, sourceVersions: [{ ...file.sourceVersions![0]!, text: 'Another text.' }, { ...file.sourceVersions![0]!, sourceId: 'nowhere' }] };
    const parsed = await parseExchangeText(JSON.stringify(broken));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.sourceVersions[0].textHash', '$.sourceVersions[1].sourceId']));
  });

  it('are optional: a file without them reads as before', async () => {
    const source = await makeSource('s2', OLD_TEXT);
    const file = buildExchangeFile({ sources: [source], annotations: annotationsOn(source), links: [], dossiers: [], exportedBy: 'Bob', exportedAt: T2, scope: { kind: 'library', label: 'all' }, includeText: true });
    expect('sourceVersions' in file).toBe(false);
    const parsed = await parseExchangeText(serializeExchangeFile(file));
    expect(parsed.ok && parsed.content.sourceVersions).toBeUndefined();
  });
});

describe('merging versions', () => {
  it('adds the earlier text to the article and keeps its orphan tied to it', async () => {
    const content = await exported(await versionedLibrary());
    const plan = planMerge({ sources: [], annotations: [], links: [], dossiers: [], conflicts: [] }, content, { fileName: 'alice.dossier', now: T2 });
    expect(plan.changes.versionsToAdd).toEqual(content.sourceVersions);
    expect(plan.undo.versionKeysAdded).toEqual([['s1', await sha256Hex(OLD_TEXT)]]);
    expect(plan.report.missingSource).toEqual([]);
    expect(plan.report.orphans).toEqual([]);
    const orphan = plan.changes.annotationsToPut.find((a) => a.anchor.state === 'orphan');
    expect(orphan?.sourceHash).toBe(await sha256Hex(OLD_TEXT));
    expect(orphan?.sourceId).toBe('s1');
  });

  it('adds nothing the library already keeps, under its own id for the article', async () => {
    const library = await versionedLibrary();
    const mine: LibrarySnapshot = { ...library, sources: library.sources.map((s) => ({ ...s, id: 'mine' })), annotations: [], sourceVersions: library.sourceVersions?.map((v) => ({ ...v, sourceId: 'mine' })) };
    const plan = planMerge(mine, await exported(library), { fileName: 'alice.dossier', now: T2 });
    expect(plan.changes.versionsToAdd).toBeUndefined();
    expect(plan.changes.annotationsToPut.map((a) => a.sourceId)).toEqual(['mine', 'mine', 'mine', 'mine']);
    expect(plan.changes.annotationsToPut.find((a) => a.anchor.state === 'orphan')?.sourceHash).toBe(await sha256Hex(OLD_TEXT));
  });

  it('travel through dossier merge', async () => {
    const content = await exported(await versionedLibrary());
    const { library } = mergeFiles([{ fileName: 'empty.dossier', content: { ...content, sources: [], annotations: [], sourceVersions: [] } }, { fileName: 'alice.dossier', content }], T2);
    expect(library.sourceVersions).toEqual(content.sourceVersions);
    const file = buildExchangeFile({ ...library, exportedBy: 'Lead', exportedAt: T2, scope: { kind: 'library', label: 'merged' }, includeText: true });
    expect((await parseExchangeText(serializeExchangeFile(file))).ok).toBe(true);
  });
});
