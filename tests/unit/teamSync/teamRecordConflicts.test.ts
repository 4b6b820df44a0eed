// Register conflicts of every synced table in the conflict view, through the real team server on
// loopback: a dossier's title and an actor's name edited on two sides offline, and a deletion of
// an annotation against an edit of it, show in the conflicts table of both libraries; settling in
// one closes it in the other, with the same record on both (so does editing the field again).
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type * as Y from 'yjs';
import { startTeamServer, type RunningTeamServer } from '../../../cli/teamServer';
import { parseTeamTokens } from '../../../cli/teamServerAuth';
import { createActor, createAnnotation, revisedActor } from '../../../shared/model';
import { isTeamRecordConflict, type TeamRecordConflict } from '../../../shared/sync/teamRecordConflicts';
import { TeamLibrary } from '../../../shared/sync/teamLibrary';
import { applyActorPlan } from '../../../renderer/db/actors';
import { addAnnotation, deleteAnnotation, updateAnnotation } from '../../../renderer/db/annotations';
import { WorkbenchDatabase, type SourceRecord } from '../../../renderer/db/database';
import { newDossier, putDossier, updateDossierFields } from '../../../renderer/db/dossiers';
import { listConflicts } from '../../../renderer/db/exchange';
import { settleTeamRecordConflict } from '../../../renderer/db/teamConflicts';
import { pushLocalLibrary } from '../../../renderer/sync/localCapture';
import { startTeamBridge, type TeamBridge } from '../../../renderer/sync/teamBridge';
import { closeTeamDoc, openTeamDoc } from '../../../renderer/sync/teamDocStore';
import { connectTeamSync, type TeamSyncConnection } from '../../../renderer/sync/teamSyncClient';
import { seedArticles } from '../db/seedLibrary';
import { sameState, until } from '../sync/teamReplicas';

const TOKENS = parseTeamTokens(
  JSON.stringify({
    'leyla-token-0123456789': { team: 'analysts', user: 'Leyla' },
    'rashad-token-012345678': { team: 'analysts', user: 'Rashad' },
  }),
);

interface Replica {
  readonly analyst: string;
  readonly token: string;
  readonly database: WorkbenchDatabase;
  readonly doc: Y.Doc;
  readonly library: TeamLibrary;
  readonly bridge: TeamBridge;
  connection?: TeamSyncConnection;
}

let dataDir: string;
let server: RunningTeamServer;
const replicas: Replica[] = [];
const errors: unknown[] = [];
let counter = 0;
/** A document of its own per test (one the team shares as a dossier), so no test sees another's records. */
let documentName = '';

async function replica(analyst: string, token: string): Promise<Replica> {
  const database = new WorkbenchDatabase(`team-record-conflicts-${++counter}-${Date.now()}`);
  await database.open();
  const doc = await openTeamDoc(database, documentName);
  const library = new TeamLibrary(doc, analyst);
  const bridge = startTeamBridge(library, { analyst, database, canWrite: () => true, onError: (error) => errors.push(error) });
  const made: Replica = { analyst, token, database, doc, library, bridge };
  replicas.push(made);
  return made;
}

function goOnline(r: Replica): TeamSyncConnection {
  r.connection?.disconnect();
  r.connection = connectTeamSync({ url: server.url, token: r.token, documentName, doc: r.doc, WebSocketPolyfill: WebSocket, maxReconnectDelay: 500 });
  return r.connection;
}

function goOffline(r: Replica): void {
  r.connection?.disconnect();
  r.connection = undefined;
}

/** Both online, in step with each other and the server, and every change written into both libraries. */
async function inStep(a: Replica, b: Replica): Promise<void> {
  await until('both replicas are in step', () => a.connection?.synced === true && b.connection?.synced === true && sameState(a.doc, b.doc));
  // Texts are pushed after commit and remote batches are written in turns: let both finish.
  for (let round = 0; round < 4; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await a.bridge.settled();
    await b.bridge.settled();
  }
}

async function teamConflicts(r: Replica): Promise<TeamRecordConflict[]> {
  return (await listConflicts(r.database)).filter(isTeamRecordConflict);
}

async function twoReplicasSharing(): Promise<{ leyla: Replica; rashad: Replica; source: SourceRecord }> {
  documentName = `team:analysts/dossier:case-${++counter}`;
  const leyla = await replica('Leyla', 'leyla-token-0123456789');
  const rashad = await replica('Rashad', 'rashad-token-012345678');
  const [source] = await seedArticles(leyla.database);
  await pushLocalLibrary(leyla.library, leyla.database);
  goOnline(leyla);
  goOnline(rashad);
  return { leyla, rashad, source: source as SourceRecord };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'team-record-conflicts-'));
  server = await startTeamServer({ port: 0, dataDir, tokens: TOKENS, quiet: true });
});

afterEach(async () => {
  for (const r of replicas.splice(0)) {
    goOffline(r);
    r.bridge.stop();
    await closeTeamDoc(r.database, r.doc);
    r.database.close();
    await r.database.delete();
  }
  expect(errors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

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
