// Register conflicts of every synced table in the conflict view, through the real team server on
// loopback: a dossier's title and an actor's name edited on two sides offline, and a deletion of
// an annotation against an edit of it, show in the conflicts table of both libraries; settling in
// one closes it in the other, with the same record on both (so does editing the field again).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createActor, createAnnotation, revisedActor } from '../../../shared/model';
import { isTeamRecordConflict, type TeamRecordConflict } from '../../../shared/sync/teamRecordConflicts';
import { applyActorPlan } from '../../../renderer/db/actors';
import { addAnnotation, deleteAnnotation, updateAnnotation } from '../../../renderer/db/annotations';
import type { SourceRecord } from '../../../renderer/db/database';
import { newDossier, putDossier, updateDossierFields } from '../../../renderer/db/dossiers';
import { listConflicts } from '../../../renderer/db/exchange';
import { settleTeamRecordConflict } from '../../../renderer/db/teamConflicts';
import { pushLocalLibrary } from '../../../renderer/sync/localCapture';
import type { TeamSyncConnection } from '../../../renderer/sync/teamSyncClient';
import { seedArticles } from '../db/seedLibrary';
import { LEYLA_TOKEN, RASHAD_TOKEN, useBridgedTeam, type BridgedReplica } from './bridgedReplicas';

const team = useBridgedTeam('team-record-conflicts');
let counter = 0;
/** A document of its own per test (one the team shares as a dossier), so no test sees another's records. */
let documentName = '';

interface Replica extends BridgedReplica {
  readonly token: string;
}

async function replica(analyst: string, token: string): Promise<Replica> {
  // The harness closes the replica it made: keep that object, with the token on it.
  return Object.assign(await team.replica(analyst, documentName), { token });
}

function goOnline(r: Replica): TeamSyncConnection {
  return team.goOnline(r, r.token, documentName);
}

const { goOffline, inStep } = team;

async function teamConflicts(r: Replica): Promise<TeamRecordConflict[]> {
  return (await listConflicts(r.database)).filter(isTeamRecordConflict);
}

async function twoReplicasSharing(): Promise<{ leyla: Replica; rashad: Replica; source: SourceRecord }> {
  documentName = `team:analysts/dossier:case-${++counter}`;
  const leyla = await replica('Leyla', LEYLA_TOKEN);
  const rashad = await replica('Rashad', RASHAD_TOKEN);
  const [source] = await seedArticles(leyla.database);
  await pushLocalLibrary(leyla.library, leyla.database);
  goOnline(leyla);
  goOnline(rashad);
  return { leyla, rashad, source: source as SourceRecord };
}

describe('team record conflicts in the conflict view', () => {
  it('shows a dossier title and an actor name changed on both sides in both libraries, and a choice closes it in both', async () => {
    const { leyla, rashad } = await twoReplicasSharing();
    const dossier = newDossier({ title: 'Border incident' });
    await putDossier(dossier, leyla.database);
    const actor = createActor('Iran', 'Leyla');
    await applyActorPlan({ put: [actor], before: [], created: [actor.id] }, leyla.database);
    await inStep(leyla, rashad);
    expect((await rashad.database.dossiers.get(dossier.id))?.title).toBe('Border incident');

    goOffline(leyla);
    goOffline(rashad);
    await updateDossierFields(dossier.id, { title: 'Border incident, day 1', summary: 'Leyla’s summary' }, leyla.database);
    await updateDossierFields(dossier.id, { title: 'Nakhchivan drones' }, rashad.database);
    await applyActorPlan({ put: [revisedActor(actor, { name: 'Islamic Republic of Iran' }, 'Leyla')], before: [], created: [] }, leyla.database);
    await applyActorPlan({ put: [revisedActor(actor, { name: 'Tehran' }, 'Rashad')], before: [], created: [] }, rashad.database);
    goOnline(leyla);
    goOnline(rashad);
    await inStep(leyla, rashad);

    for (const [side, mine, theirs] of [[leyla, 'Border incident, day 1', 'Nakhchivan drones'], [rashad, 'Nakhchivan drones', 'Border incident, day 1']] as const) {
      const conflicts = await teamConflicts(side);
      expect(conflicts.map((c) => c.label).sort()).toEqual([`Actor “${side === leyla ? 'Islamic Republic of Iran' : 'Tehran'}”`, `Dossier “${mine}”`]);
      const titled = conflicts.find((c) => c.table === 'dossiers');
      // Only the field both changed: the summary Leyla alone wrote merged.
      expect(titled?.fields.map((f) => [f.field, f.yours.value, f.theirs.value])).toEqual([['title', mine, theirs]]);
      // Each library keeps its own value until the analyst chooses.
      expect((await side.database.dossiers.get(dossier.id))?.title).toBe(mine);
      expect((await side.database.dossiers.get(dossier.id))?.summary).toBe('Leyla’s summary');
    }

    const titleConflict = (await teamConflicts(rashad)).find((c) => c.table === 'dossiers') as TeamRecordConflict;
    await settleTeamRecordConflict(titleConflict.id, { keep: 'record', fields: { title: 'incoming' } }, rashad.database);
    await inStep(leyla, rashad);
    for (const side of [leyla, rashad]) {
      expect((await teamConflicts(side)).map((c) => c.table)).toEqual(['actors']);
      expect((await side.database.dossiers.get(dossier.id))?.title).toBe('Border incident, day 1');
    }
    expect(leyla.library.record('dossiers', dossier.id)?.conflicts).toEqual([]);

    const nameConflict = (await teamConflicts(leyla))[0] as TeamRecordConflict;
    await settleTeamRecordConflict(nameConflict.id, { keep: 'record', fields: {} }, leyla.database);
    await inStep(leyla, rashad);
    for (const side of [leyla, rashad]) {
      expect(await teamConflicts(side)).toEqual([]);
      expect((await side.database.actors.get(actor.id))?.name).toBe('Islamic Republic of Iran');
    }
  }, 60_000);

  it('shows a deletion against an edit of an annotation in both, and “keep edited” brings it back on both', async () => {
    const { leyla, rashad, source } = await twoReplicasSharing();
    const claim = createAnnotation({
      id: 'claim-1', source, kind: 'claim', author: 'Leyla', at: '2026-03-10T09:00:00.000Z',
      placement: { quote: { exact: 'drones crossed', prefix: 'Monday that ', suffix: ' into' }, position: { start: 28, end: 42 } },
    });
    await addAnnotation(claim, leyla.database);
    await inStep(leyla, rashad);
    expect(await rashad.database.annotations.get('claim-1')).toBeDefined();

    goOffline(leyla);
    goOffline(rashad);
    await deleteAnnotation('claim-1', leyla.database);
    await updateAnnotation('claim-1', { noteText: 'Confirmed by a second source.', note: '' }, 'Rashad', rashad.database);
    goOnline(leyla);
    goOnline(rashad);
    await inStep(leyla, rashad);

    for (const side of [leyla, rashad]) {
      const [conflict, ...others] = await teamConflicts(side);
      expect(others).toEqual([]);
      expect(conflict).toMatchObject({ table: 'annotations', recordId: 'claim-1', label: 'Annotation “drones crossed”', deletion: { deletedBy: 'Leyla', editedBy: 'Rashad' } });
      expect(conflict?.deletion?.editedFields).toEqual(['noteText']);
      // Deleted on both until someone chooses; the edit is kept in the conflict.
      expect(await side.database.annotations.get('claim-1')).toBeUndefined();
    }

    await settleTeamRecordConflict((await teamConflicts(leyla))[0]!.id, { keep: 'record', fields: {} }, leyla.database);
    await inStep(leyla, rashad);
    for (const side of [leyla, rashad]) {
      expect(await teamConflicts(side)).toEqual([]);
      expect((await side.database.annotations.get('claim-1'))?.noteText).toBe('Confirmed by a second source.');
    }
    expect(rashad.library.record('annotations', 'claim-1')?.conflicts).toEqual([]);
  }, 60_000);

  it('keeps a deletion chosen against an edit deleted on both', async () => {
    const { leyla, rashad } = await twoReplicasSharing();
    const dossier = newDossier({ title: 'To be dropped' });
    await putDossier(dossier, leyla.database);
    await inStep(leyla, rashad);
    goOffline(leyla);
    goOffline(rashad);
    await leyla.database.dossiers.delete(dossier.id);
    await updateDossierFields(dossier.id, { subtitle: 'Still needed?' }, rashad.database);
    goOnline(leyla);
    goOnline(rashad);
    await inStep(leyla, rashad);
    const [conflict] = await teamConflicts(rashad);
    expect(conflict).toMatchObject({ table: 'dossiers', label: 'Dossier “To be dropped”', deletion: { deletedBy: 'Leyla', editedBy: 'Rashad', editedFields: ['subtitle'] } });
    expect((await teamConflicts(leyla)).map((c) => c.id)).toEqual([conflict!.id]);

    await settleTeamRecordConflict(conflict!.id, { keep: 'deleted', fields: {} }, rashad.database);
    await inStep(leyla, rashad);
    for (const side of [leyla, rashad]) {
      expect(await teamConflicts(side)).toEqual([]);
      expect(await side.database.dossiers.get(dossier.id)).toBeUndefined();
    }
    expect(leyla.library.record('dossiers', dossier.id)).toMatchObject({ deleted: true, conflicts: [] });
  }, 60_000);

  it('closes the conflict on both sides when one analyst edits the field again instead of choosing', async () => {
    const { leyla, rashad } = await twoReplicasSharing();
    const dossier = newDossier({ title: 'Border incident' });
    await putDossier(dossier, leyla.database);
    await inStep(leyla, rashad);
    goOffline(leyla);
    goOffline(rashad);
    await updateDossierFields(dossier.id, { title: 'Day 1' }, leyla.database);
    await updateDossierFields(dossier.id, { title: 'Drones' }, rashad.database);
    goOnline(leyla);
    goOnline(rashad);
    await inStep(leyla, rashad);
    expect((await teamConflicts(rashad)).map((c) => c.table)).toEqual(['dossiers']);

    await updateDossierFields(dossier.id, { title: 'Drones over Nakhchivan, day 1' }, rashad.database);
    await inStep(leyla, rashad);
    for (const side of [leyla, rashad]) {
      expect(await teamConflicts(side)).toEqual([]);
      expect((await side.database.dossiers.get(dossier.id))?.title).toBe('Drones over Nakhchivan, day 1');
    }
  }, 60_000);
});
