// The built-in sample library: two Iran–Azerbaijan news reports, stored on first run only
// (an analyst who deletes them does not get them back on the next start).
import sampleNakhchivan from '../../../shared/samples/000_4f72efb9e98d7d6f.txt?raw';
import sampleAirspace from '../../../shared/samples/003_de8410bd84d09d86.txt?raw';
import { draftFromPlainText } from '../../../shared/import/articleDraft';
import { db, type WorkbenchDatabase } from '../../db/database';
import { addSourceFromDraft } from '../../db/library';

const SEEDED_KEY = 'samplesSeeded';
const SAMPLE_TEXTS: readonly string[] = [sampleNakhchivan, sampleAirspace];

/** Adds the samples once per profile; returns how many were added. */
export async function seedSampleLibrary(database: WorkbenchDatabase = db): Promise<number> {
  const drafts = await Promise.all(SAMPLE_TEXTS.map((text) => draftFromPlainText(text, 'sample')));
  return database.transaction('rw', [database.settings, database.sources, database.sourceTexts], async () => {
    if (await database.settings.get(SEEDED_KEY)) return 0;
    let added = 0;
    for (const draft of drafts) {
      const outcome = await addSourceFromDraft(draft, database);
      if (outcome.status === 'added') added += 1;
    }
    await database.settings.put({ key: SEEDED_KEY, value: true });
    return added;
  });
}
