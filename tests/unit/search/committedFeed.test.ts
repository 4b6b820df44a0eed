// The one committed-writes feed with its two listeners: the search index (records as written, a
// colleague's changes included) and team sync (each record as it was before, its own applied
// changes never echoed). The "before" read is made only while a listener wants it.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSelection } from '../../../shared/anchoring/selectors';
import { createAnnotation, type Annotation, type Source } from '../../../shared/model';
import { WorkbenchDatabase } from '../../../renderer/db/database';
import { addAnnotation, updateAnnotation } from '../../../renderer/db/annotations';
import { onCommittedWrites, runUnobserved, type CommittedBatch } from '../../../renderer/db/committedWrites';
import { onSearchedWrites, type SearchedWrites } from '../../../renderer/db/searchedWrites';
import { seedArticles } from '../db/seedLibrary';

let serial = 0;
const opened: WorkbenchDatabase[] = [];
const unsubscribe: (() => void)[] = [];

async function library(): Promise<{ database: WorkbenchDatabase; source: Source }> {
  serial += 1;
  const database = new WorkbenchDatabase(`committed-feed-${serial}`);
  opened.push(database);
  await database.open();
  const [source] = await seedArticles(database);
  if (!source) throw new Error('no source');
  return { database, source: source as Source };
}

afterEach(async () => {
  for (const stop of unsubscribe.splice(0)) stop();
  for (const database of opened.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
});

function tagged(source: Pick<Source, 'id' | 'textHash'>, noteText: string): Annotation {
  return createAnnotation({ source, placement: describeSelection('Baku said on Monday', 0, 4), kind: 'claim', author: 'Leyla', fields: { actor: 'Baku', noteText } });
}

describe('the committed-writes feed', () => {
  it('tells both listeners of one transaction, the record before only to the one that asked', async () => {
    const { database, source } = await library();
    const annotation = tagged(source, 'wombat');
    await addAnnotation(annotation, database);
    const searched: SearchedWrites[] = [];
    const synced: CommittedBatch[] = [];
    unsubscribe.push(onSearchedWrites((writes) => searched.push(writes), database));
    unsubscribe.push(onCommittedWrites(database, ['annotations'], (batch) => synced.push(batch)));
    await updateAnnotation(annotation.id, { tags: ['quokkas'] }, 'Leyla', database);
    expect(searched).toHaveLength(1);
    expect(searched[0]?.annotations[0]?.tags).toEqual(['quokkas']);
    expect(synced).toHaveLength(1);
    expect((synced[0]?.writes[0]?.before as Annotation | undefined)?.tags).toEqual([]);
    expect((synced[0]?.writes[0]?.after as Annotation | undefined)?.tags).toEqual(['quokkas']);
  });

  it('reads no record before a write for a listener that does not ask for it', async () => {
    const { database, source } = await library();
    const annotation = tagged(source, 'one');
    await addAnnotation(annotation, database);
    const seen: CommittedBatch[] = [];
    unsubscribe.push(onCommittedWrites(database, ['annotations'], (batch) => seen.push(batch), { before: false }));
    await updateAnnotation(annotation.id, { tags: ['quokkas'] }, 'Leyla', database);
    expect(seen.map((batch) => batch.writes.map((write) => [write.key, write.before, (write.after as Annotation).tags]))).toEqual([[[annotation.id, undefined, ['quokkas']]]]);
  });

  it('keeps writes applied by sync from sync, but not from the search index', async () => {
    const { database, source } = await library();
    const searched: SearchedWrites[] = [];
    const synced: CommittedBatch[] = [];
    unsubscribe.push(onSearchedWrites((writes) => searched.push(writes), database));
    unsubscribe.push(onCommittedWrites(database, ['annotations'], (batch) => synced.push(batch)));
    const annotation = tagged(source, 'from a colleague');
    await runUnobserved(database, ['annotations'], () => database.annotations.add(annotation));
    expect(synced).toHaveLength(0);
    expect(searched.map((writes) => writes.annotations.map((a) => a.id))).toEqual([[annotation.id]]);
  });
});
