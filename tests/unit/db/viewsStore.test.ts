// The views worker's store and answers on a real Dexie database (fake-indexeddb): read once,
// then kept up to date from the keys a change notice names; an actor's own annotations read
// through the indexes; the first answers read by index before the store is loaded.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { annotationsNaming } from '../../../renderer/db/actors';
import { addAnnotation, addLink, deleteAnnotation } from '../../../renderer/db/annotations';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import { firstAnswer, fullAnswer } from '../../../renderer/workers/viewAnswers';
import { changedViewKeys } from '../../../renderer/workers/viewsChanges';
import { ViewsStore } from '../../../renderer/workers/viewsStore';
import { describeSelection } from '../../../shared/anchoring/selectors';
import { NO_CLAIM_FILTER } from '../../../shared/claims/claimFilter';
import { createAnnotation, type AnnotationKind } from '../../../shared/model';
import { NO_TIMELINE_FILTER } from '../../../shared/timeline/timelineEvents';

const TEXT = 'Masoud Pezeshkian called Aliyev; Masouz Pezeshkian urged Baku; Tehran denied it.';
const SOURCE = { id: 's1', textHash: 'e'.repeat(64) };

function tagged(start: number, end: number, kind: AnnotationKind, actor: string, target = '', date = ''): ReturnType<typeof createAnnotation> {
  return createAnnotation({
    source: SOURCE,
    placement: describeSelection(TEXT, start, end),
    kind,
    author: 'Leyla',
    fields: { actor, target, ...(date ? { eventDate: { value: date, precision: 'day' as const } } : {}) },
  });
}

describe('the views store', () => {
  it('answers each view from one read and follows changed records', async () => {
    const database = new WorkbenchDatabase('views-store');
    await database.open();
    const claim = tagged(0, 17, 'claim', 'Masoud Pezeshkian', 'Aliyev', '2026-03-05');
    const other = tagged(33, 50, 'action', 'Masouz Pezeshkian', 'Masoud Pezeshkian', '2026-03');
    await addAnnotation(claim, database);
    await addAnnotation(other, database);

    const first = await firstAnswer(database, { view: 'actors' });
    expect(first.view === 'actors' && first.complete).toBe(false);
    expect(first.view === 'actors' && first.overview.rows.find((r) => r.name === 'Masoud Pezeshkian')?.articles).toBeNull();

    const store = new ViewsStore(database);
    await store.load();
    const actors = fullAnswer(store, { view: 'actors' });
    expect(actors.view === 'actors' && actors.overview.rows.find((r) => r.name === 'Masoud Pezeshkian')).toMatchObject({ claims: 1, asTarget: 1, articles: 1 });
    const timeline = fullAnswer(store, { view: 'timeline', filter: NO_TIMELINE_FILTER });
    // Column order: lane by lane (claims, then actions).
    expect(timeline.view === 'timeline' && timeline.packed.ids).toEqual([claim.id, other.id]);

    // A denial and its link arrive: the store re-reads those keys only, the claim becomes denied.
    const denial = tagged(64, 80, 'denial', 'Tehran');
    await addAnnotation(denial, database);
    const link = await addLink(denial.id, claim.id, 'denies', database);
    expect(await store.apply({ annotations: new Set([denial.id]), links: new Set([link.id]) })).toBe(true);
    const claims = fullAnswer(store, { view: 'claims', filter: NO_CLAIM_FILTER, limit: 10 });
    expect(claims.view === 'claims' && claims.page.rows.map((r) => r.status)).toEqual(['denied']);
    expect(claims.view === 'claims' && claims.titles.length).toBeGreaterThan(0);

    await deleteAnnotation(other.id, database);
    await store.apply({ annotations: new Set([other.id]) });
    const after = fullAnswer(store, { view: 'timeline', filter: NO_TIMELINE_FILTER });
    expect(after.view === 'timeline' && after.packed.ids).toEqual([claim.id]);

    // An actor's page: only its annotations, as actor or as target, through the indexes.
    const own = await annotationsNaming(['Masoud Pezeshkian'], database);
    expect(own.map((a) => a.id)).toEqual([claim.id]);
    database.close();
  });
});

describe('changedViewKeys', () => {
  it('names the keys of the views’ tables, or all of a table for a range', () => {
    const parts = {
      'idb://db/annotations/': { from: 'a1', to: 'a1', l: { from: 'a2', to: 'a2' } },
      'idb://db/links/': { from: 'l1', to: 'l9' },
      'idb://db/dossiers/': { from: 'd1', to: 'd1' },
      'idb://other/annotations/': { from: 'x', to: 'x' },
    };
    const changes = changedViewKeys(parts, 'db');
    expect([...(changes?.annotations as Set<string>)].sort()).toEqual(['a1', 'a2']);
    expect(changes?.links).toBe('all');
    expect(changedViewKeys({ 'idb://db/dossiers/': { from: 'd', to: 'd' } }, 'db')).toBeNull();
  });
});
