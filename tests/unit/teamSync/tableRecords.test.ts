// The app's records survive the trip through the team library's registers unchanged, and
// concurrent edits read as conflicts only where analysts disagree on content.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createActor, createAnnotation, revisedActor, type Annotation, type Dossier } from '../../../shared/model';
import type { SourceVersion } from '../../../shared/versions';
import { changedFields, contentConflicts, rebuildSynced, recordFields, syncRecordId, syncRecordIdOfKey, type StoredSource, type SyncRecordTypes } from '../../../shared/sync/tableRecords';
import { teamAnnotationConflict, TEAM_CONFLICT_ORIGIN } from '../../../shared/sync/teamConflicts';
import { TeamLibrary, type SyncTable } from '../../../shared/sync/teamLibrary';

const HASH = 'a'.repeat(64);
const OLD_HASH = 'b'.repeat(64);
const AT = '2026-03-10T09:00:00.000Z';

const source: StoredSource = {
  id: 'source-1', title: 'Drone strikes denied', publisher: 'Agency', author: '', url: 'https://example.org/a', publishedDate: '2026-03-08',
  importedAt: AT, updatedAt: AT, language: 'en', textHash: HASH, reliability: 'B', tags: ['Nakhchivan'], origin: 'file',
};
const annotation: Annotation = createAnnotation({
  id: 'annotation-1', source, kind: 'claim', author: 'Leyla', at: AT,
  placement: { quote: { exact: 'denied', prefix: 'officially ', suffix: ' Tehran' }, position: { start: 10, end: 16 }, pages: { first: 2, last: 3 } },
  fields: { actor: 'Iran', tags: ['drones'], credibility: 2, eventDate: { value: '2026-03', precision: 'month' } },
});
const version: SourceVersion = { sourceId: 'source-1', textHash: OLD_HASH, text: 'The earlier text.', title: 'Drone strikes', importedAt: AT, replacedAt: '2026-03-11T09:00:00.000Z' };
const dossier: Dossier = {
  id: 'dossier-1', title: 'Nakhchivan', subtitle: '', author: 'Leyla', handling: '', summary: 'What was said.', createdAt: AT, updatedAt: AT,
  items: [{ type: 'passage', id: 'item-1', annotationId: 'annotation-1', commentary: '' }, { type: 'view', id: 'item-2', view: 'claims', title: 'Claims', filter: { status: 'denied' } }],
};
const actor = revisedActor(createActor('Iran', 'Leyla', AT, 'actor-1'), { mergedInto: 'actor-2', aliases: ['Tehran'] }, 'Leyla', AT);
const texts = new Map([[OLD_HASH, version.text]]);

function roundTrip<T extends SyncTable>(table: T, record: SyncRecordTypes[T]): unknown {
  const library = new TeamLibrary(new Y.Doc(), 'Leyla');
  const id = syncRecordId(table, record);
  library.writeRecord(table, id, recordFields(table, record));
  const rebuilt = rebuildSynced(table, library.record(table, id), (hash) => texts.get(hash));
  return rebuilt.kind === 'record' ? rebuilt.record : rebuilt;
}

/** Two replicas that exchange their whole state (as the server would pass it on). */
function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe('records through registers', () => {
  it('rebuilds every synced table record exactly', () => {
    expect(roundTrip('sources', source)).toEqual(source);
    expect(roundTrip('annotations', annotation)).toEqual(annotation);
    expect(roundTrip('sourceVersions', version)).toEqual(version);
    expect(roundTrip('dossiers', dossier)).toEqual(dossier);
    expect(roundTrip('actors', actor)).toEqual(actor);
    expect(roundTrip('links', { id: 'link-1', fromId: 'annotation-1', toId: 'annotation-2', type: 'denies', createdAt: AT })).toMatchObject({ type: 'denies' });
  });

  it('keys an earlier text by article and hash, from the record and from its table key', () => {
    expect(syncRecordId('sourceVersions', version)).toBe(`source-1:${OLD_HASH}`);
    expect(syncRecordIdOfKey('sourceVersions', ['source-1', OLD_HASH])).toBe(`source-1:${OLD_HASH}`);
    expect(syncRecordIdOfKey('annotations', 'annotation-1')).toBe('annotation-1');
  });

  it('writes a cleared optional field, so a split actor travels', () => {
    const split = revisedActor(actor, { mergedInto: undefined }, 'Rashad', AT);
    expect(changedFields('actors', actor, split)).toMatchObject({ mergedInto: null, revision: 3 });
    const library = new TeamLibrary(new Y.Doc(), 'Leyla');
    library.writeRecord('actors', actor.id, recordFields('actors', actor));
    library.writeRecord('actors', actor.id, changedFields('actors', actor, split));
    expect(roundTrip('actors', split)).toEqual(split);
    const rebuilt = rebuildSynced('actors', library.record('actors', actor.id), () => undefined);
    expect(rebuilt.kind === 'record' && 'mergedInto' in rebuilt.record).toBe(false);
  });

  it('leaves out the text of an article (it travels by hash) and waits for an earlier text not yet arrived', () => {
    expect(Object.keys(recordFields('sources', source))).not.toContain('text');
    const library = new TeamLibrary(new Y.Doc(), 'Leyla');
    library.writeRecord('sourceVersions', syncRecordId('sourceVersions', version), recordFields('sourceVersions', version));
    expect(rebuildSynced('sourceVersions', library.record('sourceVersions', syncRecordId('sourceVersions', version)), () => undefined).kind).toBe('incomplete');
  });
});

describe('concurrent edits', () => {
  function twoReplicas(): [TeamLibrary, TeamLibrary, Y.Doc, Y.Doc] {
    const [docA, docB] = [new Y.Doc(), new Y.Doc()];
    const [leyla, rashad] = [new TeamLibrary(docA, 'Leyla'), new TeamLibrary(docB, 'Rashad')];
    leyla.writeRecord('annotations', annotation.id, recordFields('annotations', annotation));
    exchange(docA, docB);
    return [leyla, rashad, docA, docB];
  }
  const edit = (changes: Partial<Annotation>, editor: string, at: string): Annotation => ({ ...annotation, ...changes, revision: 2, updatedAt: at, editedBy: editor });

  it('settles revision and update time by themselves when different fields were edited', () => {
    const [leyla, rashad, docA, docB] = twoReplicas();
    leyla.writeRecord('annotations', annotation.id, changedFields('annotations', annotation, edit({ actor: 'Tehran' }, 'Leyla', '2026-03-12T09:00:00.000Z')));
    rashad.writeRecord('annotations', annotation.id, changedFields('annotations', annotation, edit({ target: 'Baku' }, 'Rashad', '2026-03-12T10:00:00.000Z')));
    exchange(docA, docB);
    for (const library of [leyla, rashad]) {
      const synced = library.record('annotations', annotation.id);
      expect(synced && contentConflicts(synced)).toEqual([]);
      expect(synced && teamAnnotationConflict(synced, 'Leyla')).toBeUndefined();
      const rebuilt = rebuildSynced('annotations', synced, () => undefined);
      expect(rebuilt).toMatchObject({ kind: 'record', record: { actor: 'Tehran', target: 'Baku', updatedAt: '2026-03-12T10:00:00.000Z', revision: 2 } });
    }
  });

  it('shows the same note edited on both sides as a conflict, each analyst\'s own value as "Yours"', () => {
    const [leyla, rashad, docA, docB] = twoReplicas();
    leyla.writeRecord('annotations', annotation.id, changedFields('annotations', annotation, edit({ noteText: 'By telephone.', note: 'L' }, 'Leyla', '2026-03-12T09:00:00.000Z')));
    rashad.writeRecord('annotations', annotation.id, changedFields('annotations', annotation, edit({ noteText: 'In writing.', note: 'R' }, 'Rashad', '2026-03-12T10:00:00.000Z')));
    exchange(docA, docB);
    const forLeyla = teamAnnotationConflict(leyla.record('annotations', annotation.id)!, 'Leyla');
    const forRashad = teamAnnotationConflict(rashad.record('annotations', annotation.id)!, 'Rashad');
    expect(forLeyla).toMatchObject({ id: 'team:annotation-1', fileName: TEAM_CONFLICT_ORIGIN, exportedBy: 'Rashad', local: { noteText: 'By telephone.' }, incoming: { noteText: 'In writing.', editedBy: 'Rashad' } });
    expect(forRashad).toMatchObject({ exportedBy: 'Leyla', local: { noteText: 'In writing.' }, incoming: { noteText: 'By telephone.' } });
    // Resolving on one side reaches the other.
    for (const field of ['note', 'noteText']) leyla.resolve('annotations', annotation.id, field, field === 'note' ? 'R' : 'In writing.');
    exchange(docA, docB);
    expect(teamAnnotationConflict(rashad.record('annotations', annotation.id)!, 'Rashad')).toBeUndefined();
  });
});
