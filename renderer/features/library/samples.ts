// The built-in sample library: two Iran–Azerbaijan news reports, stored on first run only
// (an analyst who deletes them does not get them back on the next start).
import sampleNakhchivan from '../../../shared/samples/000_4f72efb9e98d7d6f.txt?raw';
import sampleAirspace from '../../../shared/samples/003_de8410bd84d09d86.txt?raw';
import { draftFromPlainText } from '../../../shared/import/articleDraft';
import { addSourcesOnce } from '../../db/library';

const SEEDED_KEY = 'samplesSeeded';
const SAMPLE_TEXTS: readonly string[] = [sampleNakhchivan, sampleAirspace];

/** Adds the samples once per profile; returns how many were added. */
export async function seedSampleLibrary(): Promise<number> {
  const drafts = await Promise.all(SAMPLE_TEXTS.map((text) => draftFromPlainText(text, 'sample')));
  return addSourcesOnce(SEEDED_KEY, drafts);
}
